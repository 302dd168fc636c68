// The small form shown before revisions are logged: the day they arrived (today by default), a note, and
// "does not count" with its reason (e.g. the client resent a file by mistake). For pasted text it also has
// the text box. It only collects values; the Revisions tab logs them through core.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "workflow/revision_workflow.h"

class wxCheckBox;
class wxStaticText;
class wxTextCtrl;

namespace sk::gui {

class DateField;

class RevisionDialog : public wxDialog {
 public:
  // Logging files: `file_names` are shown (UTF-8, without folders). Pasting: pass an empty list.
  RevisionDialog(wxWindow* parent, const std::vector<std::string>& file_names);

  workflow::NewRevision revision() const;
  std::string pasted_text() const;  // UTF-8; only for the pasting form

 private:
  bool paste_ = false;
  void on_ok(wxCommandEvent& event);

  DateField* date_ = nullptr;
  wxTextCtrl* note_ = nullptr;
  wxCheckBox* not_counted_ = nullptr;
  wxTextCtrl* reason_ = nullptr;
  wxTextCtrl* text_ = nullptr;
  wxStaticText* problem_ = nullptr;
};

}  // namespace sk::gui
