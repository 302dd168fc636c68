// The main window: the Projects screen (search, list, status bar) and the menus. It asks core for data
// and re-reads it on activation so changes made by the CLI show up.
#pragma once

#include <wx/frame.h>

#include <vector>

#include "ledger/database.h"
#include "ledger/project_store.h"

class wxSearchCtrl;
class wxStaticText;
class wxActivateEvent;
class wxCommandEvent;

namespace sk::gui {

class ProjectList;

class MainFrame : public wxFrame {
 public:
  // `db` must outlive the frame.
  explicit MainFrame(ledger::Database& db);

  // Re-reads the projects and applies the search. When `interactive`, errors are shown in a dialog;
  // otherwise (automatic refreshes) in the status bar, so a busy database never pops up a box.
  void reload(bool interactive);

 private:
  void build_menus();
  void build_body();
  void apply_search();

  void on_new_project(wxCommandEvent& event);
  void on_refresh(wxCommandEvent& event);
  void on_quit(wxCommandEvent& event);
  void on_about(wxCommandEvent& event);
  void on_activate(wxActivateEvent& event);
  void on_search(wxCommandEvent& event);

  ledger::Database& db_;
  std::vector<ledger::ProjectSummary> all_projects_;
  wxSearchCtrl* search_ = nullptr;
  ProjectList* list_ = nullptr;
  wxStaticText* empty_hint_ = nullptr;
};

}  // namespace sk::gui
