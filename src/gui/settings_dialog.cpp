// The Settings dialog; see settings_dialog.h.
#include "settings_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/filepicker.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/one_line_text.h"
#include "date_field.h"
#include "form.h"
#include "settings.h"
#include "wx_text.h"

namespace sk::gui {

SettingsDialog::SettingsDialog(wxWindow* parent, Settings& settings)
    : wxDialog(parent, wxID_ANY, _("Settings"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      settings_(settings) {
  const Profile profile = settings_.profile();
  const DefaultTerms terms = settings_.default_terms();
  std::vector<wxStaticText*> labels;

  // TRANSLATORS: Settings, the freelancer's own details printed at the top of every notice
  auto* profile_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Your letterhead"));
  wxWindow* box = profile_box->GetStaticBox();
  auto* grid = form_grid();
  name_ = new wxTextCtrl(box, wxID_ANY, to_wx(profile.name), wxDefaultPosition, FromDIP(wxSize(320, -1)));
  labels.push_back(add_row(grid, box, _("&Your name:"), name_));
  business_ = new wxTextCtrl(box, wxID_ANY, to_wx(profile.business));
  business_->SetHint(_("optional"));
  labels.push_back(add_row(grid, box, _("&Business:"), business_));
  email_ = new wxTextCtrl(box, wxID_ANY, to_wx(profile.email));
  labels.push_back(add_row(grid, box, _("&Email:"), email_));
  phone_ = new wxTextCtrl(box, wxID_ANY, to_wx(profile.phone));
  phone_->SetHint(_("optional"));
  labels.push_back(add_row(grid, box, _("&Phone:"), phone_));
  logo_ = new wxFilePickerCtrl(box, wxID_ANY, to_wx(profile.logo_path), _("Choose a logo"),
                               _("Images (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg"), wxDefaultPosition,
                               wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
  labels.push_back(add_row(grid, box, _("&Logo:"), logo_));
  // How English letters write dates: British (the templates' spelling) or American.
  english_ = new wxChoice(box, wxID_ANY);
  english_->Append(_("British: 14 March 2025"));
  english_->Append(_("American: March 14, 2025"));
  english_->SetSelection(profile.english == "en-US" ? 1 : 0);
  labels.push_back(add_row(grid, box, _("English &dates:"), english_));
  profile_box->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));

  // TRANSLATORS: Settings, the terms a new project starts with
  auto* terms_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Default terms for new projects"));
  box = terms_box->GetStaticBox();
  grid = form_grid();
  rounds_ = new wxSpinCtrl(box, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0,
                           99, terms.terms.included_rounds);
  labels.push_back(add_row(grid, box, _("Included &rounds:"), rounds_));
  max_share_ = new wxSpinCtrlDouble(box, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                    wxSP_ARROW_KEYS, 1, 100, terms.terms.max_share_percent, 1);
  max_share_->SetDigits(0);
  labels.push_back(add_row(grid, box, _("Max changed &share per round (%):"), max_share_));
  extra_price_ = new wxTextCtrl(box, wxID_ANY, format_price(terms.terms.extra_round_price));
  extra_price_->SetHint(_("optional, e.g. 150"));
  labels.push_back(add_row(grid, box, _("E&xtra-round price:"), extra_price_));
  currency_ = new wxComboBox(box, wxID_ANY, to_wx(terms.currency));
  for (const char* code : kCurrencies) currency_->Append(code);
  labels.push_back(add_row(grid, box, _("C&urrency:"), currency_));
  terms_box->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));

  auto* language_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Languages"));
  box = language_box->GetStaticBox();
  grid = form_grid();
  notice_language_ = new wxChoice(box, wxID_ANY);
  for (const Language& language : languages())
    notice_language_->Append(to_wx(std::string(language.native_name)));
  notice_language_->SetSelection(language_index(settings_.notice_language()));
  labels.push_back(add_row(grid, box, _("&Notices for new clients in:"), notice_language_));
  ui_language_ = new wxChoice(box, wxID_ANY);
  // TRANSLATORS: interface language choice: follow the computer's language
  ui_language_->Append(_("As the system"));
  for (const Language& language : languages()) ui_language_->Append(to_wx(std::string(language.native_name)));
  const std::string ui = settings_.ui_language();
  ui_language_->SetSelection(ui == "system" ? 0 : 1 + language_index(ui));
  labels.push_back(add_row(grid, box, _("&Interface language:"), ui_language_));
  language_box->Add(grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
  auto* restart = new wxStaticText(box, wxID_ANY, _("A new interface language is used from the next start."));
  restart->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  language_box->Add(restart, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));

  align_labels(labels);

  problem_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  problem_->SetForegroundColour(wxColour(0xB0, 0x1E, 0x1E));

  wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
  auto* column = new wxBoxSizer(wxVERTICAL);
  const wxSizerFlags section = wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  column->Add(profile_box, section);
  column->Add(terms_box, section);
  column->Add(language_box, section);
  column->Add(problem_, section);
  column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  SetSizerAndFit(column);
  label_standard_buttons(this);
  CentreOnParent();
  Bind(wxEVT_BUTTON, &SettingsDialog::on_ok, this, wxID_OK);
  name_->SetFocus();
}

void SettingsDialog::on_ok(wxCommandEvent&) {
  DefaultTerms terms;
  terms.terms.included_rounds = rounds_->GetValue();
  terms.terms.max_share_percent = max_share_->GetValue();
  bool ok = true;
  terms.terms.extra_round_price = parse_price(extra_price_->GetValue(), ok);
  if (!ok) {
    problem_->SetLabel(_("The extra-round price must be a number, e.g. 150 or 99.50."));
    Layout();
    GetSizer()->Fit(this);
    extra_price_->SetFocus();
    return;
  }
  wxString currency = currency_->GetValue();
  currency.Trim(true).Trim(false);
  terms.currency = to_utf8(currency.Upper());
  if (terms.currency.size() != 3 || !currency.IsAscii()) {
    problem_->SetLabel(_("The currency must be a three-letter code such as EUR."));
    Layout();
    GetSizer()->Fit(this);
    currency_->SetFocus();
    return;
  }

  const std::string email = to_utf8(email_->GetValue().Strip(wxString::both));
  if (!email.empty() && !looks_like_email(email)) {
    problem_->SetLabel(_("Your email does not look like an email address (name@example.com)."));
    Layout();
    GetSizer()->Fit(this);
    email_->SetFocus();
    return;
  }

  Profile profile;
  profile.name = to_utf8(name_->GetValue().Strip(wxString::both));
  profile.business = to_utf8(business_->GetValue().Strip(wxString::both));
  profile.email = to_utf8(email_->GetValue().Strip(wxString::both));
  profile.phone = to_utf8(phone_->GetValue().Strip(wxString::both));
  profile.logo_path = to_utf8(logo_->GetPath());
  profile.english = english_->GetSelection() == 1 ? "en-US" : "en-GB";
  settings_.set_profile(profile);
  set_date_field_english(profile.english);
  settings_.set_default_terms(terms);
  settings_.set_notice_language(language_code_at(notice_language_->GetSelection()));
  const int ui = ui_language_->GetSelection();
  settings_.set_ui_language(ui <= 0 ? "system" : language_code_at(ui - 1));
  settings_.flush();
  EndModal(wxID_OK);
}

}  // namespace sk::gui
