// The "Edit project" dialog: the project's title and currency, its client's name, email, notice language,
// contact person and greeting, and — for a closed project — reopening it. It saves through
// ledger::edit_project, which checks the values by the rules of a new project and logs each change.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <wx/dialog.h>

#include "ledger/database.h"
#include "ledger/project_store.h"

class wxCheckBox;
class wxStaticText;

namespace sk::gui {

class ProjectDetailsForm;

class EditProjectDialog : public wxDialog {
 public:
  // `db` must outlive the dialog; the form starts with `project`'s values.
  EditProjectDialog(wxWindow* parent, ledger::Database& db, const ledger::ProjectDetails& project);
  ~EditProjectDialog() override;

  // The changes saved when ShowModal() returned wxID_OK, in words (empty when nothing differed).
  const std::vector<std::string>& changes() const { return changes_; }

  // Puts values into the form as a person would type them (for the GUI tests' script); `reopen` ticks the
  // box when the project is closed.
  void fill(const ledger::NewProject& values, bool reopen);

 private:
  void on_save(wxCommandEvent& event);
  void show_problem(const wxString& problem);

  ledger::Database& db_;
  ledger::ProjectDetails project_;
  std::unique_ptr<ProjectDetailsForm> details_;
  wxCheckBox* reopen_ = nullptr;
  wxStaticText* problem_ = nullptr;
  std::vector<std::string> changes_;
};

}  // namespace sk::gui
