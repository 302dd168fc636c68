// The "New project" dialog: title, client and the agreed terms, starting from the defaults in Settings. It
// validates with core's rules and creates the project through ledger::add_project; it keeps no logic of its
// own.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include <wx/dialog.h>

#include "ledger/database.h"
#include "ledger/project_store.h"

class wxSpinCtrl;
class wxSpinCtrlDouble;
class wxStaticText;
class wxTextCtrl;

namespace sk::gui {

class DateField;

class ProjectDetailsForm;
class Settings;

class NewProjectDialog : public wxDialog {
 public:
  // `db` must outlive the dialog. The form starts with the default terms and notice language of `settings`.
  NewProjectDialog(wxWindow* parent, ledger::Database& db, const Settings& settings);
  ~NewProjectDialog() override;

  // The id of the project created when ShowModal() returned wxID_OK.
  std::int64_t created_project_id() const { return created_id_; }

  // Puts `project`'s values into the form as a person would type them (for the GUI tests' script).
  void fill(const ledger::NewProject& project);

 private:
  // The form's values, or nullopt after showing what is wrong.
  std::optional<ledger::NewProject> read_form();
  void show_problem(const wxString& problem, wxWindow* culprit);
  void on_create(wxCommandEvent& event);

  ledger::Database& db_;
  std::int64_t created_id_ = 0;

  std::unique_ptr<ProjectDetailsForm> details_;
  wxSpinCtrl* rounds_ = nullptr;
  wxSpinCtrlDouble* max_share_ = nullptr;
  wxTextCtrl* extra_price_ = nullptr;
  DateField* agreed_on_ = nullptr;
  wxStaticText* problem_ = nullptr;
};

}  // namespace sk::gui
