// Placeholder; being written. The Notices tab of the project window.
#pragma once

#include "project_page.h"

namespace sk::gui {

class NoticesPage : public ProjectPage {
 public:
  NoticesPage(wxWindow* parent, ProjectContext& context);
  void show(const ledger::ProjectHistory& history) override;
  std::string describe() const override;
  // Prepares a new notice for the latest revision (kind and language as the policy calls for) and lets
  // the freelancer review and edit it (menu Project > Generate notice, Ctrl+G).
  void generate();
  // The draft being edited (after generate()) saved as a PDF at `pdf_path` and recorded in the ledger as
  // sent — what "Save PDF…" does once the file dialog has answered. False (after showing why) when there
  // is no draft or it cannot be written.
  bool issue_to(const std::string& pdf_path);
};

}  // namespace sk::gui
