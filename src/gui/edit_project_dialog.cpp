// The "Edit project" dialog; see edit_project_dialog.h.
#include "edit_project_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/combobox.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.h"
#include "error_text.h"
#include "form.h"
#include "ledger/project_edit.h"
#include "project_details_form.h"
#include "wx_text.h"

namespace sk::gui {

EditProjectDialog::EditProjectDialog(wxWindow* parent, ledger::Database& db,
                                     const ledger::ProjectDetails& project)
    : wxDialog(parent, wxID_ANY, _("Edit project"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      db_(db),
      project_(project) {
  std::vector<wxStaticText*> labels;
  details_ = std::make_unique<ProjectDetailsForm>(this, db_, project.language, project.currency,
                                                  /*known_clients=*/false, labels);
  ledger::NewProject values;
  values.title = project.title;
  values.client_name = project.client_name;
  values.client_email = project.client_email;
  values.language = project.language;
  values.currency = project.currency;
  values.contact = project.contact;
  values.salutation = project.salutation;
  details_->fill(values);
  align_labels(labels);

  auto* shared =
      new wxStaticText(this, wxID_ANY,
                       _("The client's details are the same in all of this client's projects, so a "
                         "change here shows in each of them. The terms are changed in the Terms tab."));
  shared->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  shared->Wrap(FromDIP(460));  // as wide as the form, not the other way round

  if (project.status == "closed") {
    // TRANSLATORS: check box in the Edit project dialog of a closed project
    reopen_ = new wxCheckBox(this, wxID_ANY, _("&Reopen the project (revisions can be logged again)"));
  }

  problem_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  problem_->SetForegroundColour(wxColour(0xB0, 0x1E, 0x1E));

  wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
  if (auto* ok = wxDynamicCast(FindWindow(wxID_OK), wxButton)) ok->SetLabel(_("&Save changes"));

  auto* column = new wxBoxSizer(wxVERTICAL);
  const wxSizerFlags section = wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  column->Add(details_->project_box(), section);
  column->Add(details_->client_box(), section);
  column->Add(shared, section);
  if (reopen_ != nullptr) column->Add(reopen_, section);
  column->Add(problem_, section);
  column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  finish_form_dialog(this, column);

  Bind(wxEVT_BUTTON, &EditProjectDialog::on_save, this, wxID_OK);
  details_->title()->SetFocus();
}

EditProjectDialog::~EditProjectDialog() = default;

void EditProjectDialog::fill(const ledger::NewProject& values, bool reopen) {
  details_->fill(values);
  if (reopen_ != nullptr) reopen_->SetValue(reopen);
}

void EditProjectDialog::show_problem(const wxString& problem) {
  problem_->SetLabel(problem);
  problem_->Wrap(GetClientSize().GetWidth() - FromDIP(24));
  Layout();
  GetSizer()->Fit(this);
}

void EditProjectDialog::on_save(wxCommandEvent&) {
  ledger::NewProject values;
  details_->read(values);
  wxWindow* culprit = nullptr;
  if (const wxString problem = details_->problem(&culprit); !problem.empty()) {
    show_problem(problem);
    if (culprit != nullptr) culprit->SetFocus();
    return;
  }
  ledger::ProjectEdit edit;
  edit.title = values.title;
  edit.currency = values.currency;
  edit.client_name = values.client_name;
  edit.client_email = values.client_email;
  edit.language = values.language;
  edit.contact = values.contact;
  edit.salutation = values.salutation;
  edit.reopen = reopen_ != nullptr && reopen_->GetValue();
  try {
    changes_ = ledger::edit_project(db_, project_.id, edit);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot save the changes"), error);
    return;
  }
  EndModal(wxID_OK);
}

}  // namespace sk::gui
