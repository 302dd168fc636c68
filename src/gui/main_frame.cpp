// The main window; see main_frame.h.
#include "main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>

#include "common/error.h"
#include "ledger/project_filter.h"
#include "ledger/project_store.h"
#include "new_project_dialog.h"
#include "project_list.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

enum StatusField { kPathField, kCountField };

}  // namespace

MainFrame::MainFrame(ledger::Database& db)
    : wxFrame(nullptr, wxID_ANY, "Scopekeeper", wxDefaultPosition, wxDefaultSize), db_(db) {
  build_menus();
  build_body();

  CreateStatusBar(2);
  const int widths[] = {-1, FromDIP(160)};
  GetStatusBar()->SetStatusWidths(2, widths);
  // TRANSLATORS: status bar; %s is the database file's path
  SetStatusText(wxString::Format(_("Database: %s"), to_wx(db_.path())), kPathField);

  SetMinSize(FromDIP(wxSize(640, 400)));
  SetSize(FromDIP(wxSize(1040, 660)));
  Centre();

  Bind(wxEVT_ACTIVATE, &MainFrame::on_activate, this);
  reload(false);
}

void MainFrame::build_menus() {
  auto* file = new wxMenu;
  wxMenuItem* add =
      file->Append(wxID_NEW, _("&New project...\tCtrl+N"), _("Create a project with its agreed terms"));
  add->SetBitmap(wxArtProvider::GetBitmapBundle(wxART_NEW, wxART_MENU));
  file->Append(wxID_REFRESH, _("&Refresh\tF5"), _("Read the projects again from the database"));
  file->AppendSeparator();
  file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"), _("Close Scopekeeper"));

  auto* help = new wxMenu;
  help->Append(wxID_ABOUT, _("&About Scopekeeper"), _("Version and purpose of Scopekeeper"));

  auto* bar = new wxMenuBar;
  bar->Append(file, _("&File"));
  bar->Append(help, _("&Help"));
  SetMenuBar(bar);

  Bind(wxEVT_MENU, &MainFrame::on_new_project, this, wxID_NEW);
  Bind(wxEVT_MENU, &MainFrame::on_refresh, this, wxID_REFRESH);
  Bind(wxEVT_MENU, &MainFrame::on_quit, this, wxID_EXIT);
  Bind(wxEVT_MENU, &MainFrame::on_about, this, wxID_ABOUT);
}

void MainFrame::build_body() {
  auto* panel = new wxPanel(this);

  auto* heading = new wxStaticText(panel, wxID_ANY, _("Projects"));
  heading->SetFont(heading->GetFont().Scaled(1.5f).Bold());

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
      wxMessageBox(to_wx(describe(error)), _("Cannot read the projects"), wxOK | wxICON_ERROR, this);
    } else {
      // TRANSLATORS: status bar after a failed automatic refresh; %s is the reason
      SetStatusText(wxString::Format(_("Not refreshed: %s"), to_wx(describe(error))), kPathField);
    }
    return;
  }
  SetStatusText(wxString::Format(_("Database: %s"), to_wx(db_.path())), kPathField);
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
  NewProjectDialog dialog(this, db_);
  if (dialog.ShowModal() != wxID_OK) return;
  search_->ChangeValue(wxEmptyString);
  reload(true);
  for (std::size_t i = 0; i < list_->projects().size(); ++i) {
    if (list_->projects()[i].id == dialog.created_project_id()) {
      list_->Select(static_cast<long>(i));
      list_->EnsureVisible(static_cast<long>(i));
    }
  }
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
  info.SetDescription(
      _("Records each project's agreed revision terms, logs every client revision, measures how much "
        "changed, and writes the polite notice when the agreed limit is reached."));
  wxAboutBox(info, this);
}

void MainFrame::on_activate(wxActivateEvent& event) {
  if (event.GetActive()) reload(false);
  event.Skip();
}

void MainFrame::on_search(wxCommandEvent&) {
  apply_search();
}

}  // namespace sk::gui
