// The project's and the client's fields; see project_details_form.h.
#include "project_details_form.h"

#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.h"
#include "common/one_line_text.h"
#include "form.h"
#include "notice/labels.h"
#include "wx_text.h"

namespace sk::gui {

ProjectDetailsForm::ProjectDetailsForm(wxWindow* parent, ledger::Database& db, const std::string& language,
                                       const std::string& currency, bool known_clients,
                                       std::vector<wxStaticText*>& labels) {
  // Project
  project_box_ = new wxStaticBoxSizer(wxVERTICAL, parent, _("Project"));
  wxWindow* box = project_box_->GetStaticBox();
  auto* project_grid = form_grid();
  title_ = new wxTextCtrl(box, wxID_ANY, wxEmptyString, wxDefaultPosition, parent->FromDIP(wxSize(320, -1)));
  title_->SetHint(_("e.g. Spring brochure copy"));
  labels.push_back(add_row(project_grid, box, _("&Title:"), title_));
  currency_ = new wxComboBox(box, wxID_ANY, to_wx(currency));
  for (const char* code : kCurrencies) currency_->Append(code);
  labels.push_back(add_row(project_grid, box, _("C&urrency:"), currency_));
  project_box_->Add(project_grid, wxSizerFlags().Expand().Border(wxALL, parent->FromDIP(8)));

  // Client
  client_box_ = new wxStaticBoxSizer(wxVERTICAL, parent, _("Client"));
  box = client_box_->GetStaticBox();
  auto* client_grid = form_grid();
  client_ = new wxComboBox(box, wxID_ANY);
  if (known_clients) {
    try {
      for (const std::string& name : ledger::list_client_names(db)) client_->Append(to_wx(name));
    } catch (const Error&) {
      // Offering known names is a convenience; typing a name still works.
    }
  }
  labels.push_back(add_row(client_grid, box, _("&Name:"), client_));
  email_ = new wxTextCtrl(box, wxID_ANY);
  email_->SetHint(_("optional"));
  labels.push_back(add_row(client_grid, box, _("&Email:"), email_));
  language_ = new wxChoice(box, wxID_ANY);
  for (const Language& each : languages()) language_->Append(to_wx(std::string(each.native_name)));
  language_->SetSelection(language_index(language));
  labels.push_back(add_row(client_grid, box, _("Notice &language:"), language_));
  contact_ = new wxTextCtrl(box, wxID_ANY);
  contact_->SetHint(_("optional: the person your letters go to"));
  labels.push_back(add_row(client_grid, box, _("C&ontact person:"), contact_));
  // The greeting: offered the language's usual forms for this contact (or client), free to type another.
  salutation_ = new wxComboBox(box, wxID_ANY);
  salutation_->SetHint(_("the language's usual greeting"));
  salutation_->SetToolTip(_("How your letters greet them, e.g. \"Dear Sarah,\""));
  labels.push_back(add_row(client_grid, box, _("&Greeting:"), salutation_));
  client_box_->Add(client_grid, wxSizerFlags().Expand().Border(wxALL, parent->FromDIP(8)));
  const auto offer = [this](wxCommandEvent& event) {
    event.Skip();
    offer_greetings();
  };
  contact_->Bind(wxEVT_TEXT, offer);
  client_->Bind(wxEVT_TEXT, offer);
  language_->Bind(wxEVT_CHOICE, offer);
}

void ProjectDetailsForm::read(ledger::NewProject& project) const {
  project.title = to_utf8(title_->GetValue().Strip(wxString::both));
  project.client_name = to_utf8(client_->GetValue().Strip(wxString::both));
  project.client_email = to_utf8(email_->GetValue().Strip(wxString::both));
  project.language = language_code_at(language_->GetSelection());
  project.currency = to_utf8(currency_->GetValue().Strip(wxString::both).Upper());
  project.contact = to_utf8(contact_->GetValue().Strip(wxString::both));
  project.salutation = to_utf8(salutation_->GetValue().Strip(wxString::both));
}

void ProjectDetailsForm::fill(const ledger::NewProject& project) {
  title_->SetValue(to_wx(project.title));
  client_->SetValue(to_wx(project.client_name));
  email_->SetValue(to_wx(project.client_email));
  language_->SetSelection(language_index(project.language));
  currency_->SetValue(to_wx(project.currency));
  contact_->SetValue(to_wx(project.contact));
  offer_greetings();
  salutation_->SetValue(to_wx(project.salutation));
}

wxString ProjectDetailsForm::problem(wxWindow** culprit) const {
  ledger::NewProject values;
  read(values);
  if (values.title.empty()) {
    *culprit = title_;
    return _("Please give the project a title.");
  }
  if (values.client_name.empty()) {
    *culprit = client_;
    return _("Please name the client.");
  }
  if (!values.client_email.empty() && !looks_like_email(values.client_email)) {
    *culprit = email_;
    return _("The client's email does not look like an email address (name@example.com).");
  }
  *culprit = nullptr;
  return {};
}

void ProjectDetailsForm::offer_greetings() {
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

}  // namespace sk::gui
