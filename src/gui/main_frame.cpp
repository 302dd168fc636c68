// The main window; see main_frame.h.
#include "main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include "background_task.h"
#include "backup_ui.h"
#include "common/error.h"
#include "compare_frame.h"
#include "date_field.h"
#include "error_text.h"
#include "form.h"
#include "ledger/dates.h"
#include "ledger/project_filter.h"
#include "ledger/project_lifecycle.h"
#include "ledger/project_store.h"
#include "ledger_watch.h"
#include "menu_icon.h"
#include "new_project_dialog.h"
#include "project_frame.h"
#include "project_list.h"
#include "settings.h"
#include "settings_dialog.h"
#include "window_place.h"
#include "workflow/delivery_workflow.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

enum StatusField { kPathField, kCountField };

enum MenuId { kCompareId = wxID_HIGHEST + 1, kFindId, kCloseProjectId, kBackupId, kRestoreId };

// Asks for one file to compare; empty when cancelled.
std::string pick_text_file(wxWindow* parent, const wxString& title) {
  wxFileDialog dialog(parent, title, wxEmptyString, wxEmptyString,
                      // TRANSLATORS: file dialog filters
                      _("Text files (*.txt;*.md)|*.txt;*.md;*.markdown|All files|*"),
                      wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return {};
  return to_utf8(dialog.GetPath());
}

}  // namespace

MainFrame::MainFrame(ledger::Database& db, Settings& settings)
    : wxFrame(nullptr, wxID_ANY, "Scopekeeper", wxDefaultPosition, wxDefaultSize),
      db_(db),
      settings_(settings) {
  build_menus();
  build_body();

  CreateStatusBar(2);
  const int widths[] = {-1, FromDIP(160)};
  GetStatusBar()->SetStatusWidths(2, widths);
  // TRANSLATORS: status bar; %s is the database file's path
  SetStatusText(wxString::Format(_("Database: %s"), to_wx(db_.path())), kPathField);

  SetMinSize(FromDIP(wxSize(640, 400)));
  restore_window_place(this, settings_, "main", FromDIP(wxSize(1040, 660)));
  restore_column_widths(list_, settings_, "projects");

  Bind(wxEVT_ACTIVATE, &MainFrame::on_activate, this);
  Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
  reload(false);
  // What another program (the CLI, a second window) writes shows up within a second, in every window.
  watch_ = std::make_unique<LedgerWatch>(db_, [this] {
    reload(false);
    for (wxWindow* window : wxTopLevelWindows) {
      if (auto* project = dynamic_cast<ProjectFrame*>(window)) project->reload_after_change_elsewhere();
    }
  });
}

void MainFrame::build_menus() {
  auto* file = new wxMenu;
  append_with_icon(file, wxID_NEW, _("&New project...\tCtrl+N"), _("Create a project with its agreed terms"),
                   wxArtProvider::GetBitmapBundle(wxART_NEW, wxART_MENU));
  file->Append(wxID_OPEN, _("&Open project\tCtrl+O"), _("Open the selected project's window"));
  file->Append(kCloseProjectId, _("&Close project..."),
               _("Mark the selected project finished: no more revisions can be logged"));
  file->AppendSeparator();
  file->Append(wxID_REFRESH, _("&Refresh\tF5"), _("Read the projects again from the database"));
  file->AppendSeparator();
  // TRANSLATORS: File menu item; copies the whole ledger (every project) to a new file
  file->Append(kBackupId, _("&Back up ledger..."), _("Copy every project's record to a new file"));
  // TRANSLATORS: File menu item; replaces the ledger with a backup (the current contents are kept aside)
  file->Append(kRestoreId, _("R&estore from backup..."),
               _("Replace the ledger with a backup; what it holds now is copied aside first"));
  file->AppendSeparator();
  file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"), _("Close Scopekeeper"));

  auto* edit = new wxMenu;
  // TRANSLATORS: menu item that puts the cursor in the projects search box
  edit->Append(kFindId, _("&Find...\tCtrl+F"), _("Search the projects by title or client"));
  edit->AppendSeparator();
  append_with_icon(edit, wxID_PREFERENCES, _("&Settings...\tCtrl+,"),
                   _("Your letterhead, default terms and languages"),
                   wxArtProvider::GetBitmapBundle(wxART_EXECUTABLE_FILE, wxART_MENU));

  auto* tools = new wxMenu;
  // TRANSLATORS: menu item; measures how much a second text file changed a first one
  tools->Append(kCompareId, _("&Compare files...\tCtrl+D"),
                _("Measure how much one text file changed another"));

  auto* help = new wxMenu;
  help->Append(wxID_ABOUT, _("&About Scopekeeper"), _("Version and purpose of Scopekeeper"));

  auto* bar = new wxMenuBar;
  bar->Append(file, _("&File"));
  bar->Append(edit, _("&Edit"));
  bar->Append(tools, _("&Tools"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);

  Bind(wxEVT_MENU, &MainFrame::on_new_project, this, wxID_NEW);
  Bind(wxEVT_MENU, &MainFrame::on_refresh, this, wxID_REFRESH);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { open_selected(); }, wxID_OPEN);
  Bind(wxEVT_MENU, &MainFrame::on_close_project, this, kCloseProjectId);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { back_up_with_dialog(this, db_); }, kBackupId);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { restore(); }, kRestoreId);
  Bind(wxEVT_MENU, &MainFrame::on_quit, this, wxID_EXIT);
  Bind(wxEVT_MENU, &MainFrame::on_about, this, wxID_ABOUT);
  Bind(wxEVT_MENU, &MainFrame::on_compare, this, kCompareId);
  Bind(wxEVT_MENU, &MainFrame::on_find, this, kFindId);
  Bind(wxEVT_MENU, &MainFrame::on_settings, this, wxID_PREFERENCES);
}

MainFrame::~MainFrame() = default;

void MainFrame::build_body() {
  auto* panel = new wxPanel(this);

  auto* heading = bold_label(panel, _("Projects"), 1.5f);

  search_ = new wxSearchCtrl(panel, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(260, -1)));
  search_->SetDescriptiveText(_("Search title or client"));
  search_->ShowCancelButton(true);
  search_->Bind(wxEVT_TEXT, &MainFrame::on_search, this);
  search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->Clear(); });

  auto* add = new wxButton(panel, wxID_NEW, _("New project..."));
  add->SetBitmap(wxArtProvider::GetBitmapBundle(wxART_NEW, wxART_BUTTON));
  add->SetBitmapMargins(FromDIP(4), 0);
  add->Bind(wxEVT_BUTTON, &MainFrame::on_new_project, this);

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(heading, wxSizerFlags().CentreVertical());
  top->AddStretchSpacer();
  top->Add(search_, wxSizerFlags().CentreVertical().Border(wxRIGHT));
  top->Add(add, wxSizerFlags().CentreVertical());

  list_ = new ProjectList(panel);
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { open_selected(); });
  empty_hint_ = new wxStaticText(panel, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                 wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
  empty_hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
  column->Add(empty_hint_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12)));
  panel->SetSizer(column);
  list_->SetFocus();  // so the search box shows its hint
}

void MainFrame::reload(bool interactive) {
  try {
    all_projects_ = ledger::list_projects(db_);
  } catch (const Error& error) {
    if (interactive) {
      show_error_dialog(this, _("Cannot read the projects"), error);
    } else {
      // TRANSLATORS: status bar after a failed automatic refresh; %s is the reason
      SetStatusText(wxString::Format(_("Not refreshed: %s"), error_message(error)), kPathField);
    }
    return;
  }
  SetStatusText(wxString::Format(_("Database: %s"), to_wx(db_.path())), kPathField);
  // What each project waits for from the client: the delivery whose feedback window closes soonest.
  std::map<std::int64_t, wxString> waiting;
  try {
    for (const workflow::DueDelivery& due : workflow::due_deliveries(db_, ledger::today())) {
      if (waiting.count(due.project_id) != 0) continue;  // sorted: the first is the soonest
      const policy::DeliveryStatus& s = due.delivery.status;
      waiting[due.project_id] =
          s.last_comment_day.empty()
              // TRANSLATORS: Projects list, Waiting for column: a delivery without a feedback window
              ? _("An answer to a delivery")
              // TRANSLATORS: Projects list, Waiting for column; %s the last day comments count
              : wxString::Format(_("Comments by %s"), date_shown(s.last_comment_day));
    }
  } catch (const Error&) {
    // The column is a convenience; the projects themselves were read.
  }
  list_->set_waiting(std::move(waiting));
  apply_search();
}

void MainFrame::apply_search() {
  const std::string query = to_utf8(search_->GetValue());
  list_->set_projects(ledger::filter_projects(all_projects_, query));

  const auto shown = list_->projects().size();
  const auto total = all_projects_.size();
  if (shown == total) {
    // TRANSLATORS: status bar; %d is the number of projects
    SetStatusText(wxString::Format(wxPLURAL("%d project", "%d projects", static_cast<int>(total)),
                                   static_cast<int>(total)),
                  kCountField);
  } else {
    // TRANSLATORS: status bar while searching; the numbers of projects shown and in total
    SetStatusText(wxString::Format(_("%d of %d projects"), static_cast<int>(shown), static_cast<int>(total)),
                  kCountField);
  }

  wxString hint;
  if (total == 0) {
    hint = _("No projects yet. Choose File > New project... to record the first one and its agreed terms.");
  } else if (shown == 0) {
    // TRANSLATORS: %s is what the person searched for
    hint = wxString::Format(_("No project matches \"%s\"."), search_->GetValue());
  }
  empty_hint_->SetLabel(hint);
  empty_hint_->Show(!hint.empty());
  empty_hint_->GetParent()->Layout();
}

void MainFrame::on_new_project(wxCommandEvent&) {
  NewProjectDialog dialog(this, db_, settings_);
  if (dialog.ShowModal() != wxID_OK) return;
  project_created(dialog.created_project_id());
}

bool MainFrame::restore(const std::string& path) {
  const bool restored = path.empty() ? restore_with_dialog(this, db_) : restore_from(this, db_, path, false);
  if (restored) {
    // The project windows showed the ledger that was replaced (a project in them may not exist any more):
    // they close once the restore has worked, never before (a cancelled or refused restore keeps them).
    for (wxWindow* window : wxTopLevelWindows) {
      if (auto* project = dynamic_cast<ProjectFrame*>(window)) project->Destroy();
    }
  }
  watch_->seen();
  reload(true);
  return restored;
}

void MainFrame::project_created(std::int64_t project_id) {
  search_->ChangeValue(wxEmptyString);
  reload(true);
  for (std::size_t i = 0; i < list_->projects().size(); ++i) {
    if (list_->projects()[i].id == project_id) {
      list_->Select(static_cast<long>(i));
      list_->EnsureVisible(static_cast<long>(i));
    }
  }
  ProjectFrame::open(this, db_, settings_, project_id);
}

std::int64_t MainFrame::selected_project() const {
  const long item = list_->GetFirstSelected();
  if (item < 0 || static_cast<std::size_t>(item) >= list_->projects().size()) return 0;
  return list_->projects()[static_cast<std::size_t>(item)].id;
}

ProjectFrame* MainFrame::open_selected() {
  const std::int64_t id = selected_project();
  return id == 0 ? nullptr : ProjectFrame::open(this, db_, settings_, id);
}

bool MainFrame::select_project(const std::string& title) {
  search_->ChangeValue(wxEmptyString);
  apply_search();
  for (std::size_t i = 0; i < list_->projects().size(); ++i) {
    if (list_->projects()[i].title == title) {
      list_->Select(static_cast<long>(i));
      list_->EnsureVisible(static_cast<long>(i));
      return true;
    }
  }
  return false;
}

std::string MainFrame::describe() const {
  std::string text = "Projects: " + std::to_string(list_->projects().size()) + "\n";
  for (const ledger::ProjectSummary& p : list_->projects()) {
    text += "  " + p.title + " | " + p.client_name + " | " + to_utf8(status_label(p.scope)) + " | " +
            std::to_string(p.revision_count) + " revisions";
    if (const wxString waiting = list_->waiting_text(p.id); !waiting.empty())
      text += " | " + to_utf8(waiting);
    text += "\n";
  }
  if (empty_hint_->IsShown()) text += "Hint: " + to_utf8(empty_hint_->GetLabel()) + "\n";
  return text;
}

void MainFrame::on_close_project(wxCommandEvent&) {
  const long item = list_->GetFirstSelected();
  if (item < 0) return;
  const ledger::ProjectSummary project = list_->projects()[static_cast<std::size_t>(item)];
  if (project.status == "closed") {
    message_box(wxString::Format(_("\"%s\" is already closed."), to_wx(project.title)), _("Close project"),
                wxOK | wxICON_INFORMATION, this);
    return;
  }
  wxMessageDialog ask(
      this,
      wxString::Format(_("Close \"%s\"? Its record stays as it is, but no more revisions can be "
                         "logged. Notices can still be written."),
                       to_wx(project.title)),
      _("Close project"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
  label_message_buttons(ask);
  ask.SetYesNoLabels(_("Close project"), _("Keep open"));
  if (ask.ShowModal() != wxID_YES) return;
  try {
    ledger::close_project(db_, project.id);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot close the project"), error);
    return;
  }
  reload(true);
}

void MainFrame::on_refresh(wxCommandEvent&) {
  reload(true);
}

void MainFrame::on_quit(wxCommandEvent&) {
  Close();
}

void MainFrame::on_about(wxCommandEvent&) {
  wxAboutDialogInfo info;
  info.SetName("Scopekeeper");
  info.SetVersion(SCOPEKEEPER_VERSION);
  // TRANSLATORS: the About box's one-line description of the app
  info.SetDescription(
      _("Counts a client's edits fairly and writes the polite notice when the agreed limit "
        "is reached."));
  wxAboutBox(info, this);
}

void MainFrame::on_compare(wxCommandEvent&) {
  // TRANSLATORS: file dialog title, first of two: the version before the client's edits
  const std::string old_path = pick_text_file(this, _("Compare: choose the earlier version"));
  if (old_path.empty()) return;
  // TRANSLATORS: file dialog title, second of two: the version with the client's edits
  const std::string new_path = pick_text_file(this, _("Compare: choose the revised version"));
  if (new_path.empty()) return;
  compare(old_path, new_path);
}

void MainFrame::compare(const std::string& old_path, const std::string& new_path) {
  compare_task_ = compare_files(this, settings_, old_path, new_path);  // replaces (cancels) an earlier one
}

void MainFrame::on_find(wxCommandEvent&) {
  search_->SetFocus();
  search_->SelectAll();
}

void MainFrame::on_settings(wxCommandEvent&) {
  SettingsDialog dialog(this, settings_);
  dialog.ShowModal();
}

void MainFrame::on_close(wxCloseEvent& event) {
  save_window_place(this, settings_, "main");
  save_column_widths(list_, settings_, "projects");
  settings_.flush();
  event.Skip();
}

void MainFrame::on_activate(wxActivateEvent& event) {
  if (event.GetActive()) reload(false);
  event.Skip();
}

void MainFrame::on_search(wxCommandEvent&) {
  apply_search();
}

}  // namespace sk::gui
