// Placeholder; being written. The History tab of the project window.
#pragma once

#include "project_page.h"

namespace sk::gui {

class HistoryPage : public ProjectPage {
 public:
  HistoryPage(wxWindow* parent, ProjectContext& context);
  void show(const ledger::ProjectHistory& history) override;
  std::string describe() const override;
  // Asks where to save and writes the project's history as CSV (menu Project > Export history).
  void export_csv();
  // Writes the CSV to `path` — what export_csv() does once the file dialog has answered. False (after
  // showing why) when it cannot be written.
  bool write_csv(const std::string& path);
};

}  // namespace sk::gui
