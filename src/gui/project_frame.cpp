// The project window; see project_frame.h.
#include "project_frame.h"

#include <wx/artprov.h>
#include <wx/dnd.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include "common/error.h"
#include "compare_page.h"
#include "date_field.h"
#include "deliveries_page.h"
#include "edit_project_dialog.h"
#include "error_text.h"
#include "form.h"
#include "history_page.h"
#include "ledger/project_lifecycle.h"
#include "ledger/project_store.h"
#include "menu_icon.h"
#include "model/compare_view.h"
#include "model/history_chart.h"
#include "model/revision_timeline.h"
#include "notices_page.h"
#include "revisions_page.h"
#include "settings.h"
#include "terms_page.h"
#include "window_place.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

enum MenuId {
  kAddFileId = wxID_HIGHEST + 100,
  kPasteId,
  kNoticeId,
  kExportId,
  kCloseProjectId,
  kEditProjectId,
  kFirstTabId,  // kFirstTabId + Tab
};

wxString window_name(std::int64_t project_id) {
  return wxString::Format("project-%lld", static_cast<long long>(project_id));
}

// Files dropped on the window become revisions.
class FileDrop : public wxFileDropTarget {
 public:
  explicit FileDrop(ProjectFrame* frame) : frame_(frame) {}
  bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& names) override {
    std::vector<std::string> paths;
    for (const wxString& name : names) paths.push_back(to_utf8(name));
    frame_->select_tab(ProjectFrame::Tab::kRevisions);
    frame_->revisions_page()->add_files(paths);
    return true;
  }

 private:
  ProjectFrame* frame_;
};

}  // namespace

wxString status_label(policy::Status status) {
  switch (status) {
    case policy::Status::kWithin:
      // TRANSLATORS: status badge: the latest round is within the agreed limits
      return _("Within scope");
    case policy::Status::kHeadsUp:
      // TRANSLATORS: status badge: close to a limit (last included round, or most of the share used)
      return _("Heads-up");
    case policy::Status::kOverScope:
      // TRANSLATORS: status badge: the latest round changed more than the agreed share
      return _("Over scope");
    case policy::Status::kRoundsExhausted:
      // TRANSLATORS: status badge: all included revision rounds are used
      return _("Rounds used up");
  }
  return {};
}

wxColour status_colour(policy::Status status) {
  switch (status) {
    case policy::Status::kWithin:
      return wxColour(0xDD, 0xF4, 0xE4);
    case policy::Status::kHeadsUp:
      return wxColour(0xFF, 0xF1, 0xC2);
    case policy::Status::kOverScope:
      return wxColour(0xFD, 0xE2, 0xE1);
    case policy::Status::kRoundsExhausted:
      return wxColour(0xF3, 0xD9, 0xF7);
  }
  return *wxWHITE;
}

wxColour status_text_colour(policy::Status status) {
  switch (status) {
    case policy::Status::kWithin:
      return wxColour(0x1B, 0x5E, 0x20);
    case policy::Status::kHeadsUp:
      return wxColour(0x6D, 0x4C, 0x00);
    case policy::Status::kOverScope:
      return wxColour(0x9B, 0x1C, 0x1C);
    case policy::Status::kRoundsExhausted:
      return wxColour(0x5B, 0x21, 0x82);
  }
  return *wxBLACK;
}

ProjectFrame* ProjectFrame::open(wxWindow* parent, ledger::Database& db, Settings& settings,
                                 std::int64_t project_id) {
  if (auto* existing = dynamic_cast<ProjectFrame*>(wxWindow::FindWindowByName(window_name(project_id)))) {
    existing->Raise();
    existing->reload(true);
    return existing;
  }
  try {
    (void)ledger::get_project(db, project_id);  // an unknown or unreadable project: no empty window
  } catch (const Error& error) {
    show_error_dialog(parent, _("Cannot open the project"), error);
    return nullptr;
  }
  auto* frame = new ProjectFrame(parent, db, settings, project_id);
  frame->Show();
  return frame;
}

ProjectFrame::ProjectFrame(wxWindow* parent, ledger::Database& db, Settings& settings,
                           std::int64_t project_id)
    : wxFrame(parent, wxID_ANY, "Scopekeeper", wxDefaultPosition, wxDefaultSize, wxDEFAULT_FRAME_STYLE,
              window_name(project_id)),
      context_{db, settings, project_id, {}, {}},
      settings_(settings) {
  // A page's change may come from inside a handler of that page: reload once the handler is done.
  context_.changed = [this] {
    if (reload_pending_) return;
    reload_pending_ = true;
    CallAfter([this] {
      reload_pending_ = false;
      reload(true);
    });
  };
  context_.compare_revision = [this](int number) {
    select_tab(Tab::kCompare);
    compare_->compare(number);
  };
  build_menus();
  build_body();
  CreateStatusBar(1);
  SetDropTarget(new FileDrop(this));
  SetMinSize(FromDIP(wxSize(760, 520)));
  restore_window_place(this, settings_, "project", FromDIP(wxSize(1080, 720)));
  Bind(wxEVT_ACTIVATE, &ProjectFrame::on_activate, this);
  Bind(wxEVT_CLOSE_WINDOW, &ProjectFrame::on_close, this);
  reload(false);
  select_tab(Tab::kRevisions);
}

void ProjectFrame::build_menus() {
  auto* project = new wxMenu;
  append_with_icon(project, kAddFileId, _("&Add revision from file...\tCtrl+R"),
                   _("Log the file the client sent as the next revision"),
                   wxArtProvider::GetBitmapBundle(wxART_FILE_OPEN, wxART_MENU));
  project->Append(kPasteId, _("&Paste text as revision...\tCtrl+Shift+V"),
                  _("Log text copied from an email or a chat as the next revision"));
  project->AppendSeparator();
  project->Append(kNoticeId, _("&Generate notice...\tCtrl+G"),
                  _("Prepare the polite notice the latest revision calls for"));
  project->Append(kExportId, _("&Export history as CSV...\tCtrl+E"),
                  _("Save the project's revisions, notices and events for a spreadsheet"));
  project->AppendSeparator();
  // TRANSLATORS: Project menu item; opens the Edit project dialog (title, client, greeting, reopening)
  project->Append(kEditProjectId, _("E&dit project details...\tCtrl+Shift+E"),
                  _("Correct the title, the currency or the client's details, or reopen a closed project"));
  project->Append(kCloseProjectId, _("Close project..."),
                  _("Mark the work finished: no more revisions can be logged"));
  project->Append(wxID_CLOSE, _("Close &window\tCtrl+W"), _("Close this project's window"));

  auto* view = new wxMenu;
  // TRANSLATORS: View menu items switching the project window's tabs
  const wxString tabs[] = {_("&Terms\tCtrl+1"),   _("&Revisions\tCtrl+2"), _("&Compare\tCtrl+3"),
                           _("&Notices\tCtrl+4"), _("&History\tCtrl+5"),   _("&Deliveries\tCtrl+6")};
  for (int i = 0; i < 6; ++i) view->Append(kFirstTabId + i, tabs[i]);
  view->AppendSeparator();
  view->Append(wxID_REFRESH, _("&Refresh\tF5"), _("Read the project again from the database"));

  auto* bar = new wxMenuBar;
  // TRANSLATORS: menu of the project window
  bar->Append(project, _("&Project"));
  bar->Append(view, _("&View"));
  SetMenuBar(bar);

  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent&) {
        select_tab(Tab::kRevisions);
        revisions_->add_from_file_dialog();
      },
      kAddFileId);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent&) {
        select_tab(Tab::kRevisions);
        revisions_->paste_revision();
      },
      kPasteId);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent&) {
        select_tab(Tab::kNotices);
        notices_->generate();
      },
      kNoticeId);
  Bind(
      wxEVT_MENU,
      [this](wxCommandEvent&) {
        select_tab(Tab::kHistory);
        history_->export_csv();
      },
      kExportId);
  Bind(wxEVT_MENU, &ProjectFrame::on_close_project, this, kCloseProjectId);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { (void)edit_project(); }, kEditProjectId);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
  Bind(
      wxEVT_MENU, [this](wxCommandEvent&) { reload(true); }, wxID_REFRESH);
  for (int i = 0; i < 6; ++i) {
    Bind(
        wxEVT_MENU, [this, i](wxCommandEvent&) { select_tab(static_cast<Tab>(i)); }, kFirstTabId + i);
  }
}

void ProjectFrame::build_body() {
  auto* panel = new wxPanel(this);
  title_ = new wxStaticText(panel, wxID_ANY, wxEmptyString);
  title_->SetFont(title_->GetFont().Scaled(1.5f).Bold());
  subtitle_ = new wxStaticText(panel, wxID_ANY, wxEmptyString);
  badge_ = new wxStaticText(panel, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                            wxALIGN_CENTRE_HORIZONTAL);
  badge_->SetFont(badge_->GetFont().Bold());

  auto* heading = new wxBoxSizer(wxVERTICAL);
  heading->Add(title_);
  heading->Add(subtitle_, wxSizerFlags().Border(wxTOP, FromDIP(2)));
  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(heading, wxSizerFlags(1).CentreVertical());
  top->Add(badge_, wxSizerFlags().CentreVertical());

  notebook_ = new wxNotebook(panel, wxID_ANY);
  terms_ = new TermsPage(notebook_, context_);
  revisions_ = new RevisionsPage(notebook_, context_);
  compare_ = new ComparePage(notebook_, context_);
  notices_ = new NoticesPage(notebook_, context_);
  history_ = new HistoryPage(notebook_, context_);
  // TRANSLATORS: tabs of the project window
  notebook_->AddPage(terms_, _("Terms"));
  notebook_->AddPage(revisions_, _("Revisions"));
  notebook_->AddPage(compare_, _("Compare"));
  notebook_->AddPage(notices_, _("Notices"));
  notebook_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
    event.Skip();
    if (event.GetSelection() == static_cast<int>(Tab::kCompare)) compare_->in_view();
  });
  notebook_->AddPage(history_, _("History"));
  deliveries_ = new DeliveriesPage(notebook_, context_);
  // TRANSLATORS: tab of the project window: the versions the freelancer sent and their approval
  notebook_->AddPage(deliveries_, _("Deliveries"));

  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  column->Add(notebook_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
  panel->SetSizer(column);
}

void ProjectFrame::reload(bool interactive) {
  ledger::ProjectHistory history;
  try {
    history = ledger::load_history(context_.db, context_.project_id);
  } catch (const Error& error) {
    if (interactive) {
      show_error_dialog(this, _("Cannot read the project"), error);
    } else {
      SetStatusText(wxString::Format(_("Not refreshed: %s"), error_message(error)));
    }
    return;
  }
  SetStatusText(wxEmptyString);
  show_header(history);
  for (ProjectPage* page :
       std::initializer_list<ProjectPage*>{terms_, revisions_, compare_, notices_, history_, deliveries_}) {
    page->show(history);
  }
  GetMenuBar()->Enable(kCloseProjectId, !project_closed_);
  GetMenuBar()->Enable(kAddFileId, !project_closed_);
  GetMenuBar()->Enable(kPasteId, !project_closed_);
}

void ProjectFrame::show_header(const ledger::ProjectHistory& history) {
  const ledger::ProjectDetails& p = history.project;
  project_closed_ = p.status == "closed";
  SetTitle(to_wx(p.title + " \u2014 Scopekeeper"));
  title_->SetLabel(to_wx(p.title));
  const ledger::Terms& terms = history.terms.back().terms;
  // msgids stay ASCII (wx reads them in the C locale); the separator is added as UTF-8.
  const wxString dot = wxString::FromUTF8(" \u00b7 ");
  // TRANSLATORS: project window header, after the client's name; %d rounds, %s the share limit
  wxString subtitle =
      to_wx(p.client_name) + dot +
      wxString::Format(wxPLURAL("%d revision round included, each changing at most %s of the work",
                                "%d revision rounds included, each changing at most %s of the work",
                                terms.included_rounds),
                       terms.included_rounds, to_wx(model::percent_label(terms.max_share_percent)));
  if (project_closed_) {
    // TRANSLATORS: project window header; %s is the date the project was closed
    subtitle += dot + wxString::Format(_("closed on %s"), date_shown(p.closed_at));
  }
  subtitle_->SetLabel(subtitle);

  const policy::Status status = ledger::project_scope(history);
  badge_->SetLabel("  " + status_label(status) + "  ");
  badge_->SetBackgroundColour(status_colour(status));
  badge_->SetForegroundColour(status_text_colour(status));
  badge_->Refresh();
  title_->GetParent()->Layout();
}

bool ProjectFrame::edit_project(const std::function<void(EditProjectDialog&)>& fill_and_confirm) {
  ledger::ProjectDetails project;
  try {
    project = ledger::get_project(context_.db, context_.project_id);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot read the project"), error);
    return false;
  }
  EditProjectDialog dialog(this, context_.db, project);
  if (fill_and_confirm) dialog.CallAfter([&dialog, &fill_and_confirm] { fill_and_confirm(dialog); });
  if (dialog.ShowModal() != wxID_OK) return false;
  reload(true);  // clears the status bar: the sentence comes after
  if (auto* main = wxDynamicCast(GetParent(), wxFrame)) {
    // The Projects list shows the title and client too.
    wxCommandEvent refresh(wxEVT_MENU, wxID_REFRESH);
    main->GetEventHandler()->ProcessEvent(refresh);
  }
  if (!dialog.changes().empty()) {
    // TRANSLATORS: status bar after the Edit project dialog; %zu is how many details changed
    SetStatusText(
        wxString::Format(wxPLURAL("%zu change saved and logged in the history",
                                  "%zu changes saved and logged in the history", dialog.changes().size()),
                         dialog.changes().size()));
  }
  return true;
}

void ProjectFrame::reload_after_change_elsewhere() {
  for (ProjectPage* page :
       std::initializer_list<ProjectPage*>{terms_, revisions_, compare_, notices_, history_, deliveries_}) {
    page->forget_message();
  }
  reload(false);
}

void ProjectFrame::select_tab(Tab tab) {
  notebook_->SetSelection(static_cast<size_t>(tab));
}

ProjectFrame::Tab ProjectFrame::current_tab() const {
  return static_cast<Tab>(notebook_->GetSelection());
}

std::string ProjectFrame::describe() const {
  std::string text = "Window: " + to_utf8(GetTitle()) + "\n";
  if (GetStatusBar() != nullptr && !GetStatusBar()->GetStatusText().empty()) {
    text += "Status: " + to_utf8(GetStatusBar()->GetStatusText()) + "\n";
  }
  text += "Header: " + to_utf8(title_->GetLabel()) + " | " + to_utf8(subtitle_->GetLabel()) + " | " +
          to_utf8(badge_->GetLabel().Strip(wxString::both)) + "\n";
  text += "Tab: " + to_utf8(notebook_->GetPageText(notebook_->GetSelection())) + "\n";
  const auto* page = dynamic_cast<const ProjectPage*>(notebook_->GetCurrentPage());
  if (page != nullptr) text += page->describe();
  return text;
}

void ProjectFrame::on_activate(wxActivateEvent& event) {
  if (event.GetActive()) reload(false);
  event.Skip();
}

void ProjectFrame::on_close(wxCloseEvent& event) {
  save_window_place(this, settings_, "project");
  event.Skip();
}

void ProjectFrame::on_close_project(wxCommandEvent&) {
  wxMessageDialog ask(this,
                      _("Close this project? Its record stays as it is, but no more revisions can be logged. "
                        "Notices can still be written."),
                      _("Close project"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
  label_message_buttons(ask);
  ask.SetYesNoLabels(_("Close project"), _("Keep open"));
  if (ask.ShowModal() != wxID_YES) return;
  try {
    ledger::close_project(context_.db, context_.project_id);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot close the project"), error);
    return;
  }
  reload(true);
}

}  // namespace sk::gui
