// The project window: a header (title, client, where the project stands) over six tabs — Terms,
// Revisions, Compare, Notices, History, Deliveries — each a ProjectPage (project_page.h). The window reads
// the project's whole record (ledger::load_history) when it opens, whenever it is activated (so what the CLI
// did shows up) and after each change a page makes, and hands it to every page. Files dropped anywhere on
// the window are logged as revisions.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include <wx/colour.h>
#include <wx/frame.h>

#include "ledger/database.h"
#include "policy/status.h"
#include "project_page.h"

class wxActivateEvent;
class wxCloseEvent;
class wxCommandEvent;
class wxNotebook;
class wxStaticText;

namespace sk::gui {

class ComparePage;
class DeliveriesPage;
class EditProjectDialog;
class HistoryPage;
class NoticesPage;
class RevisionsPage;
class Settings;
class TermsPage;

class ProjectFrame : public wxFrame {
 public:
  enum class Tab { kTerms, kRevisions, kCompare, kNotices, kHistory, kDeliveries };

  // Shows the project's window, raising the one already open for it. `db` and `settings` must outlive it.
  // Returns null (after saying why in a dialog) when the project cannot be read.
  static ProjectFrame* open(wxWindow* parent, ledger::Database& db, Settings& settings,
                            std::int64_t project_id);

  // Reads the record again and shows it. `interactive`: errors in a dialog, else in the status bar.
  void reload(bool interactive);
  // As reload(false), after another program changed the ledger: also clears the pages' sentences about
  // this window's own last action and the status bar, which may no longer be true.
  void reload_after_change_elsewhere();
  void select_tab(Tab tab);
  // Opens the Edit project dialog; saved changes are logged, and the window and the Projects list reread.
  // `fill_and_confirm` (GUI tests) runs inside the dialog's modal loop. True when the dialog saved.
  bool edit_project(const std::function<void(EditProjectDialog&)>& fill_and_confirm = {});
  // True between a page's change and the reload it asked for.
  bool reload_pending() const { return reload_pending_; }
  Tab current_tab() const;

  RevisionsPage* revisions_page() { return revisions_; }
  ComparePage* compare_page() { return compare_; }
  NoticesPage* notices_page() { return notices_; }
  HistoryPage* history_page() { return history_; }
  TermsPage* terms_page() { return terms_; }
  DeliveriesPage* deliveries_page() { return deliveries_; }

  // The header and the current tab's describe(), for the GUI tests.
  std::string describe() const;

 private:
  ProjectFrame(wxWindow* parent, ledger::Database& db, Settings& settings, std::int64_t project_id);
  void build_menus();
  void build_body();
  void show_header(const ledger::ProjectHistory& history);
  void on_activate(wxActivateEvent& event);
  void on_close(wxCloseEvent& event);
  void on_close_project(wxCommandEvent& event);

  ProjectContext context_;
  Settings& settings_;
  bool reload_pending_ = false;
  bool project_closed_ = false;
  wxStaticText* title_ = nullptr;
  wxStaticText* subtitle_ = nullptr;
  wxStaticText* badge_ = nullptr;
  wxNotebook* notebook_ = nullptr;
  TermsPage* terms_ = nullptr;
  RevisionsPage* revisions_ = nullptr;
  ComparePage* compare_ = nullptr;
  NoticesPage* notices_ = nullptr;
  HistoryPage* history_ = nullptr;
  DeliveriesPage* deliveries_ = nullptr;
};

// The badge text and colours of a project's scope status (within / heads-up / over scope / rounds used up),
// shared by the Projects list and the project window.
wxString status_label(policy::Status status);
wxColour status_colour(policy::Status status);       // the badge's background
wxColour status_text_colour(policy::Status status);  // readable on that background

}  // namespace sk::gui
