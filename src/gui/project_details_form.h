// The project's and the client's fields, shared by the New project and Edit project dialogs: title and
// currency; the client's name, email, notice language, contact person and greeting (offered the notice
// language's usual forms for that person). A form, not a window: the dialogs place its two boxes.
#pragma once

#include <string>
#include <vector>

#include <wx/sizer.h>

#include "ledger/database.h"
#include "ledger/project_store.h"

class wxChoice;
class wxComboBox;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace sk::gui {

class ProjectDetailsForm {
 public:
  // Builds the "Project" and "Client" boxes on `parent`, adding their labels to `labels` (for
  // align_labels). `known_clients`: the client field offers the ledger's client names (a new project
  // joins an existing client; an edit only corrects the name, so it offers none).
  ProjectDetailsForm(wxWindow* parent, ledger::Database& db, const std::string& language,
                     const std::string& currency, bool known_clients, std::vector<wxStaticText*>& labels);

  wxStaticBoxSizer* project_box() const { return project_box_; }
  wxStaticBoxSizer* client_box() const { return client_box_; }

  // The values as typed (trimmed; the currency upper-cased) into the matching fields of `project`.
  void read(ledger::NewProject& project) const;
  // Puts the values of `project` into the fields (the terms are not this form's).
  void fill(const ledger::NewProject& project);
  // The greetings offered for the contact person (or the client) in the chosen notice language.
  void offer_greetings();
  // The first problem a person can fix in these fields, in the interface language (an empty title or
  // client name, an email that is not one), with the field to focus; empty when there is none. The full
  // check of the ledger's rules follows when the dialog saves.
  wxString problem(wxWindow** culprit) const;

  wxTextCtrl* title() const { return title_; }
  wxComboBox* client() const { return client_; }

 private:
  wxStaticBoxSizer* project_box_ = nullptr;
  wxStaticBoxSizer* client_box_ = nullptr;
  wxTextCtrl* title_ = nullptr;
  wxComboBox* currency_ = nullptr;
  wxComboBox* client_ = nullptr;
  wxTextCtrl* email_ = nullptr;
  wxChoice* language_ = nullptr;
  wxTextCtrl* contact_ = nullptr;
  wxComboBox* salutation_ = nullptr;
};

}  // namespace sk::gui
