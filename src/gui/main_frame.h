// The main window: the Projects screen (search, list, status bar) and the menus. It asks core for data
// and re-reads it on activation so changes made by the CLI show up. It remembers its size and the list's
// column widths in Settings, and starts "Compare files" (compare_frame.h).
#pragma once

#include <wx/frame.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ledger/database.h"
#include "ledger/project_store.h"

class wxSearchCtrl;
class wxStaticText;
class wxActivateEvent;
class wxCommandEvent;
class wxCloseEvent;

namespace sk::gui {

class BackgroundTask;
class LedgerWatch;
class ProjectFrame;
class ProjectList;
class Settings;

class MainFrame : public wxFrame {
 public:
  // `db` and `settings` must outlive the frame.
  MainFrame(ledger::Database& db, Settings& settings);
  ~MainFrame() override;

  // Reads and measures two text files off the UI thread, then opens the Compare window (or says why not).
  void compare(const std::string& old_path, const std::string& new_path);

  // Re-reads the projects and applies the search. When `interactive`, errors are shown in a dialog;
  // otherwise (automatic refreshes) in the status bar, so a busy database never pops up a box.
  void reload(bool interactive);

  // Selects the new project in the list and opens its window (after New project...).
  void project_created(std::int64_t project_id);
  // Opens the window of the project selected in the list; null when none is selected.
  ProjectFrame* open_selected();
  std::int64_t selected_project() const;  // 0 when none
  // Selects the listed project titled `title` (clearing the search); false when there is none.
  bool select_project(const std::string& title);

  // File > Restore from backup…: restores `path` (empty: asks which file, and to confirm), then closes the
  // project windows and shows the restored projects. True when the ledger was replaced; otherwise every
  // window stays as it was.
  bool restore(const std::string& path = {});

  ledger::Database& database() { return db_; }
  Settings& settings() { return settings_; }
  // The list's rows and the hint under it as plain lines, for the GUI tests.
  std::string describe() const;

 private:
  void build_menus();
  void build_body();
  void apply_search();

  void on_new_project(wxCommandEvent& event);
  void on_refresh(wxCommandEvent& event);
  void on_quit(wxCommandEvent& event);
  void on_about(wxCommandEvent& event);
  void on_compare(wxCommandEvent& event);
  void on_find(wxCommandEvent& event);
  void on_settings(wxCommandEvent& event);
  void on_close(wxCloseEvent& event);
  void on_activate(wxActivateEvent& event);
  void on_search(wxCommandEvent& event);
  void on_close_project(wxCommandEvent& event);

  ledger::Database& db_;
  Settings& settings_;
  std::unique_ptr<BackgroundTask> compare_task_;
  std::unique_ptr<LedgerWatch> watch_;  // rereads every window when another program wrote
  std::vector<ledger::ProjectSummary> all_projects_;
  wxSearchCtrl* search_ = nullptr;
  ProjectList* list_ = nullptr;
  wxStaticText* empty_hint_ = nullptr;
};

}  // namespace sk::gui
