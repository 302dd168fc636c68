// The "New project" dialog; see new_project_dialog.h.
#include "new_project_dialog.h"

#include <algorithm>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/datectrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.h"
#include "error_text.h"
#include "form.h"
#include "notice/labels.h"
#include "settings.h"
#include "wx_text.h"

namespace sk::gui {

NewProjectDialog::NewProjectDialog(wxWindow* parent, ledger::Database& db, const Settings& settings)
    : wxDialog(parent, wxID_ANY, _("New project"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      db_(db) {
  const DefaultTerms defaults = settings.default_terms();
  std::vector<wxStaticText*> labels;

  // Project
  auto* project_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Project"));
  wxWindow* box = project_box->GetStaticBox();
  auto* project_grid = form_grid();
  title_ = new wxTextCtrl(box, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(320, -1)));
  title_->SetHint(_("e.g. Spring brochure copy"));
  labels.push_back(add_row(project_grid, box, _("&Title:"), title_));
  currency_ = new wxComboBox(box, wxID_ANY, to_wx(defaults.currency));
  for (const char* code : kCurrencies) currency_->Append(code);
  labels.push_back(add_row(project_grid, box, _("C&urrency:"), currency_));
  project_box->Add(project_grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));

  // Client
  auto* client_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Client"));
  box = client_box->GetStaticBox();
  auto* client_grid = form_grid();
  client_ = new wxComboBox(box, wxID_ANY);
  try {
    for (const std::string& name : ledger::list_client_names(db_)) client_->Append(to_wx(name));
  } catch (const Error&) {
    // Offering known names is a convenience; typing a name still works.
  }
  labels.push_back(add_row(client_grid, box, _("&Name:"), client_));
  email_ = new wxTextCtrl(box, wxID_ANY);
  email_->SetHint(_("optional"));
  labels.push_back(add_row(client_grid, box, _("&Email:"), email_));
  language_ = new wxChoice(box, wxID_ANY);
  for (const Language& language : languages()) language_->Append(to_wx(std::string(language.native_name)));
  language_->SetSelection(language_index(settings.notice_language()));
  labels.push_back(add_row(client_grid, box, _("Notice &language:"), language_));
  contact_ = new wxTextCtrl(box, wxID_ANY);
  contact_->SetHint(_("optional: the person your letters go to"));
  labels.push_back(add_row(client_grid, box, _("C&ontact person:"), contact_));
  // The greeting: offered the language's usual forms for this contact (or client), free to type another.
  salutation_ = new wxComboBox(box, wxID_ANY);
  salutation_->SetHint(_("the language's usual greeting"));
  salutation_->SetToolTip(_("How your letters greet them, e.g. \"Dear Sarah,\""));
  labels.push_back(add_row(client_grid, box, _("&Greeting:"), salutation_));
  client_box->Add(client_grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  const auto offer = [this](wxCommandEvent& event) {
    event.Skip();
    offer_greetings();
  };
  contact_->Bind(wxEVT_TEXT, offer);
  client_->Bind(wxEVT_TEXT, offer);
  language_->Bind(wxEVT_CHOICE, offer);

  // Agreed terms
  auto* terms_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Agreed terms"));
  box = terms_box->GetStaticBox();
  auto* terms_grid = form_grid();
  rounds_ = new wxSpinCtrl(box, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0,
                           99, defaults.terms.included_rounds);
  labels.push_back(add_row(terms_grid, box, _("Included &rounds:"), rounds_));
  max_share_ = new wxSpinCtrlDouble(box, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                    wxSP_ARROW_KEYS, 1, 100, defaults.terms.max_share_percent, 1);
  max_share_->SetDigits(0);
  labels.push_back(add_row(terms_grid, box, _("Max changed &share per round (%):"), max_share_));
  extra_price_ = new wxTextCtrl(box, wxID_ANY, format_price(defaults.terms.extra_round_price));
  extra_price_->SetHint(_("optional, e.g. 150"));
  labels.push_back(add_row(terms_grid, box, _("E&xtra-round price:"), extra_price_));
  // Work agreed earlier and recorded now: the terms apply from the day they were agreed.
  agreed_on_ = new wxDatePickerCtrl(box, wxID_ANY, wxDateTime::Today(), wxDefaultPosition, wxDefaultSize,
                                    wxDP_DROPDOWN | wxDP_SHOWCENTURY);
  agreed_on_->SetRange(wxDefaultDateTime, wxDateTime::Today());
  agreed_on_->SetToolTip(
      _("The day the terms were agreed; an earlier day when the work started before today"));
  labels.push_back(add_row(terms_grid, box, _("&Agreed on:"), agreed_on_));
  terms_box->Add(terms_grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));

  align_labels(labels);

  problem_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  problem_->SetForegroundColour(wxColour(0xB0, 0x1E, 0x1E));

  wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
  if (auto* ok = wxDynamicCast(FindWindow(wxID_OK), wxButton)) ok->SetLabel(_("&Create project"));

  auto* column = new wxBoxSizer(wxVERTICAL);
  const wxSizerFlags section = wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  column->Add(project_box, section);
  column->Add(client_box, section);
  column->Add(terms_box, section);
  column->Add(problem_, section);
  column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  SetSizerAndFit(column);
  CentreOnParent();

  Bind(wxEVT_BUTTON, &NewProjectDialog::on_create, this, wxID_OK);
  title_->SetFocus();
}

std::optional<ledger::NewProject> NewProjectDialog::read_form() {
  ledger::NewProject project;
  project.title = to_utf8(title_->GetValue().Strip(wxString::both));
  project.client_name = to_utf8(client_->GetValue().Strip(wxString::both));
  project.client_email = to_utf8(email_->GetValue().Strip(wxString::both));
  project.language = language_code_at(language_->GetSelection());
  project.currency = to_utf8(currency_->GetValue().Strip(wxString::both).Upper());
  project.contact = to_utf8(contact_->GetValue().Strip(wxString::both));
  project.terms_from = to_utf8(agreed_on_->GetValue().FormatISODate());
  project.salutation = to_utf8(salutation_->GetValue().Strip(wxString::both));
  project.terms.included_rounds = rounds_->GetValue();
  project.terms.max_share_percent = max_share_->GetValue();

  bool price_ok = true;
  project.terms.extra_round_price = parse_price(extra_price_->GetValue(), price_ok);
  if (!price_ok) {
    show_problem(_("The extra-round price must be a number, e.g. 150 or 99.50."), extra_price_);
    return std::nullopt;
  }

  if (project.title.empty()) {
    show_problem(_("Please give the project a title."), title_);
    return std::nullopt;
  }
  if (project.client_name.empty()) {
    show_problem(_("Please name the client."), client_);
    return std::nullopt;
  }
  // Everything else is checked by the same rules the CLI uses.
  if (const std::string problem = ledger::validation_problem(project); !problem.empty()) {
    show_problem(to_wx(problem), nullptr);
    return std::nullopt;
  }
  return project;
}

void NewProjectDialog::fill(const ledger::NewProject& project) {
  title_->SetValue(to_wx(project.title));
  client_->SetValue(to_wx(project.client_name));
  email_->SetValue(to_wx(project.client_email));
  language_->SetSelection(language_index(project.language));
  currency_->SetValue(to_wx(project.currency));
  rounds_->SetValue(project.terms.included_rounds);
  max_share_->SetValue(project.terms.max_share_percent);
  extra_price_->SetValue(format_price(project.terms.extra_round_price));
  contact_->SetValue(to_wx(project.contact));
  wxDateTime agreed;
  if (!project.terms_from.empty() && agreed.ParseISODate(to_wx(project.terms_from)))
    agreed_on_->SetValue(agreed);
  salutation_->SetValue(to_wx(project.salutation));
}

void NewProjectDialog::offer_greetings() {
  const std::string contact = to_utf8(contact_->GetValue().Strip(wxString::both));
  const std::string client = to_utf8(client_->GetValue().Strip(wxString::both));
  const notice::Labels& labels = notice::labels_for(language_code_at(language_->GetSelection()));
  wxArrayString offered;
  for (const std::string& pattern : labels.salutation_choices) {
    const bool names_contact = pattern.find("{name}") != std::string::npos ||
                               pattern.find("{first}") != std::string::npos ||
                               pattern.find("{last}") != std::string::npos;
    if (names_contact && contact.empty()) continue;
    if (pattern.find("{client}") != std::string::npos && client.empty()) continue;
    const wxString greeting = to_wx(notice::salutation_from(pattern, contact, client));
    if (offered.Index(greeting) == wxNOT_FOUND) offered.Add(greeting);
  }
  const wxString typed = salutation_->GetValue();
  salutation_->Set(offered);
  salutation_->ChangeValue(typed);
}

void NewProjectDialog::show_problem(const wxString& problem, wxWindow* culprit) {
  problem_->SetLabel(problem);
  problem_->Wrap(GetClientSize().GetWidth() - FromDIP(24));
  Layout();
  GetSizer()->Fit(this);
  if (culprit != nullptr) culprit->SetFocus();
}

void NewProjectDialog::on_create(wxCommandEvent&) {
  const std::optional<ledger::NewProject> project = read_form();
  if (!project) return;
  try {
    created_id_ = ledger::add_project(db_, *project);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot create the project"), error);
    return;
  }
  EndModal(wxID_OK);
}

}  // namespace sk::gui
