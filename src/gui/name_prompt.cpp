// Asking for the freelancer's name once; see name_prompt.h.
#include "name_prompt.h"

#include <wx/button.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/one_line_text.h"
#include "form.h"
#include "settings.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t") == std::string::npos;
}

std::string trimmed(const wxString& text) {
  return to_utf8(wxString(text).Strip(wxString::both));
}

}  // namespace

NamePromptDialog::NamePromptDialog(wxWindow* parent, const std::string& email, const std::string& logo_path)
    : wxDialog(parent, wxID_ANY, _("Your name")) {
  auto* intro =
      new wxStaticText(this, wxID_ANY,
                       _("Every notice is signed with your name. How should your letters be signed?\n"
                         "It is kept in your profile (Settings), for every notice."));
  std::vector<wxStaticText*> labels;
  auto* grid = form_grid();
  name_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(320, -1)));
  labels.push_back(add_row(grid, this, _("&Your name:"), name_));
  email_ = new wxTextCtrl(this, wxID_ANY, to_wx(email));
  email_->SetHint(_("optional"));
  labels.push_back(add_row(grid, this, _("&Email:"), email_));
  logo_ = new wxFilePickerCtrl(this, wxID_ANY, to_wx(logo_path), _("Choose a logo"),
                               _("Images (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg"), wxDefaultPosition,
                               wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
  labels.push_back(add_row(grid, this, _("&Logo:"), logo_));
  align_labels(labels);

  auto* column = new wxBoxSizer(wxVERTICAL);
  const int gap = FromDIP(12);
  column->Add(intro, wxSizerFlags().Border(wxALL, gap));
  column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
  column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, gap));
  SetSizerAndFit(column);
  CentreOnParent();
  label_standard_buttons(this);
  Bind(wxEVT_BUTTON, &NamePromptDialog::on_ok, this, wxID_OK);
  name_->SetFocus();
}

std::string NamePromptDialog::name() const {
  return trimmed(name_->GetValue());
}

std::string NamePromptDialog::email() const {
  return trimmed(email_->GetValue());
}

std::string NamePromptDialog::logo_path() const {
  return to_utf8(logo_->GetPath());
}

void NamePromptDialog::fill(const std::string& name, const std::string& email) {
  name_->SetValue(to_wx(name));
  email_->SetValue(to_wx(email));
}

void NamePromptDialog::on_ok(wxCommandEvent& event) {
  if (blank(name())) {  // a letter needs a name: the dialog stays
    name_->SetFocus();
    return;
  }
  if (!email().empty() && !looks_like_email(email())) {
    message_box(_("Your email does not look like an email address (name@example.com)."), _("Your name"),
                wxOK | wxICON_INFORMATION, this);
    email_->SetFocus();
    return;
  }
  event.Skip();
}

bool ensure_profile_name(wxWindow* parent, Settings& settings) {
  Profile profile = settings.profile();
  if (!blank(profile.name)) return true;
  NamePromptDialog dialog(parent, profile.email, profile.logo_path);
  if (dialog.ShowModal() != wxID_OK) return false;
  profile.name = dialog.name();
  profile.email = dialog.email();
  profile.logo_path = dialog.logo_path();
  settings.set_profile(profile);
  settings.flush();
  return true;
}

}  // namespace sk::gui
