// A notice is never written unsigned: when the profile has no name yet, the window asks for it once —
// with the email and logo for the letterhead, both optional — keeps them in the profile (the same one
// Settings ▸ Profile edits, shared with the CLI) and goes on.
#pragma once

#include <string>

#include <wx/dialog.h>

class wxFilePickerCtrl;
class wxTextCtrl;
class wxWindow;

namespace sk::gui {

class Settings;

// True when the profile has a name, or the freelancer has just given one (saved at once). False when they
// cancelled: the caller writes no notice.
bool ensure_profile_name(wxWindow* parent, Settings& settings);

// The dialog ensure_profile_name shows.
class NamePromptDialog : public wxDialog {
 public:
  NamePromptDialog(wxWindow* parent, const std::string& email, const std::string& logo_path);

  std::string name() const;  // trimmed
  std::string email() const;
  std::string logo_path() const;
  // As a person would type them (GUI tests).
  void fill(const std::string& name, const std::string& email);

 private:
  void on_ok(wxCommandEvent& event);

  wxTextCtrl* name_ = nullptr;
  wxTextCtrl* email_ = nullptr;
  wxFilePickerCtrl* logo_ = nullptr;
};

}  // namespace sk::gui
