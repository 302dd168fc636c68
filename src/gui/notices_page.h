// Placeholder; being written. The Notices tab of the project window.
#pragma once

#include "project_page.h"

namespace sk::gui {

class NoticesPage : public ProjectPage {
 public:
  NoticesPage(wxWindow* parent, ProjectContext& context);
  void show(const ledger::ProjectHistory& history) override;
  // Prepares a new notice for the latest revision (kind and language as the policy calls for) and lets
  // the freelancer review and edit it (menu Project > Generate notice, Ctrl+G).
  void generate();
};

}  // namespace sk::gui
