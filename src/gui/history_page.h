// Placeholder; being written. The History tab of the project window.
#pragma once

#include "project_page.h"

namespace sk::gui {

class HistoryPage : public ProjectPage {
 public:
  HistoryPage(wxWindow* parent, ProjectContext& context);
  void show(const ledger::ProjectHistory& history) override;
  // Asks where to save and writes the project's history as CSV (menu Project > Export history).
  void export_csv();
};

}  // namespace sk::gui
