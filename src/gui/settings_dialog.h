// The Settings dialog: the freelancer's profile for the letterhead, the default terms of new projects, the
// default notice language and the interface language. Reads from and writes to Settings; no logic of its own.
#pragma once

#include <wx/dialog.h>

class wxChoice;
class wxComboBox;
class wxFilePickerCtrl;
class wxSpinCtrl;
class wxSpinCtrlDouble;
class wxStaticText;
class wxTextCtrl;

namespace sk::gui {

class Settings;

class SettingsDialog : public wxDialog {
 public:
  // `settings` must outlive the dialog; it is written when OK is pressed and the form is valid.
  SettingsDialog(wxWindow* parent, Settings& settings);

 private:
  void on_ok(wxCommandEvent& event);

  Settings& settings_;
  wxTextCtrl* name_ = nullptr;
  wxTextCtrl* business_ = nullptr;
  wxTextCtrl* email_ = nullptr;
  wxTextCtrl* phone_ = nullptr;
  wxFilePickerCtrl* logo_ = nullptr;
  wxChoice* english_ = nullptr;
  wxSpinCtrl* rounds_ = nullptr;
  wxSpinCtrlDouble* max_share_ = nullptr;
  wxTextCtrl* extra_price_ = nullptr;
  wxComboBox* currency_ = nullptr;
  wxChoice* notice_language_ = nullptr;
  wxChoice* ui_language_ = nullptr;
  wxStaticText* problem_ = nullptr;
};

}  // namespace sk::gui
