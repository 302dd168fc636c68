// The Terms tab: the agreed terms in force (rounds included, the share a round may change, when to give a
// heads-up, the extra-round price, the hourly rate, the clause from the agreement) as an editable form.
// Saving never rewrites the terms: it adds a new terms version that applies from a chosen day, and says so;
// every earlier version stays listed below with the day it started.
#pragma once

#include "project_page.h"

class wxButton;
class wxListView;
class wxSpinCtrl;
class wxSpinCtrlDouble;
class wxStaticText;
class wxTextCtrl;

namespace sk::gui {

class DateField;

class TermsPage : public ProjectPage {
 public:
  TermsPage(wxWindow* parent, ProjectContext& context);

  void show(const ledger::ProjectHistory& history) override;
  std::string describe() const override;

  // Saves the form as a new terms version (what the Save button does). False after showing what is wrong.
  bool save();
  // Types a feedback window, non-working days and the day the new terms apply from into the form, as a
  // person would (GUI tests).
  void type_feedback(int business_days, const std::string& non_working, const std::string& from);

  void forget_message() override;

 private:
  void fill(const ledger::Terms& terms);
  bool read_form(ledger::Terms& terms, wxString& problem) const;
  void on_edited();
  void set_message(const wxString& message, bool problem);

  ledger::Terms current_;
  int current_version_ = 0;
  std::string currency_;
  wxSpinCtrl* rounds_ = nullptr;
  wxSpinCtrlDouble* max_share_ = nullptr;
  wxSpinCtrlDouble* heads_up_ = nullptr;
  wxTextCtrl* price_ = nullptr;
  wxTextCtrl* rate_ = nullptr;
  wxTextCtrl* clause_ = nullptr;
  wxSpinCtrl* feedback_days_ = nullptr;
  wxTextCtrl* non_working_ = nullptr;
  DateField* from_ = nullptr;
  wxStaticText* version_ = nullptr;
  wxStaticText* message_ = nullptr;
  wxButton* save_ = nullptr;
  wxButton* revert_ = nullptr;
  wxListView* versions_ = nullptr;
};

}  // namespace sk::gui
