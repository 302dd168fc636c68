// The Terms tab; see terms_page.h.
#include "terms_page.h"

#include <wx/button.h>
#include <wx/dateevt.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.h"
#include "date_field.h"
#include "error_text.h"
#include "form.h"
#include "ledger/terms_store.h"
#include "model/compare_view.h"
#include "model/history_chart.h"
#include "model/revision_timeline.h"
#include "policy/business_days.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

wxString price_text(const std::optional<double>& price, const std::string& currency) {
  return price ? format_price(price) + " " + to_wx(currency) : wxString::FromUTF8("\u2014");
}

}  // namespace

TermsPage::TermsPage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {
  auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("Terms in force"));
  wxWindow* in = box->GetStaticBox();
  version_ = new wxStaticText(in, wxID_ANY, wxEmptyString);
  box->Add(version_, wxSizerFlags().Border(wxALL, FromDIP(8)));

  std::vector<wxStaticText*> labels;
  auto* grid = form_grid();
  rounds_ =
      new wxSpinCtrl(in, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 99);
  labels.push_back(add_row(grid, in, _("Included &rounds:"), rounds_));
  max_share_ = new wxSpinCtrlDouble(in, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                    wxSP_ARROW_KEYS, 1, 100, 30, 1);
  max_share_->SetDigits(1);
  labels.push_back(add_row(grid, in, _("Max changed &share per round (%):"), max_share_));
  heads_up_ = new wxSpinCtrlDouble(in, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                   wxSP_ARROW_KEYS, 1, 100, 80, 5);
  heads_up_->SetDigits(0);
  heads_up_->SetToolTip(_("A heads-up notice is suggested when a round uses this much of its share."));
  // xgettext:no-c-format
  labels.push_back(add_row(grid, in, _("&Heads-up at (% of the share):"), heads_up_));
  price_ = new wxTextCtrl(in, wxID_ANY);
  price_->SetHint(_("optional, e.g. 150"));
  labels.push_back(add_row(grid, in, _("E&xtra-round price:"), price_));
  rate_ = new wxTextCtrl(in, wxID_ANY);
  rate_->SetHint(_("optional, e.g. 45"));
  labels.push_back(add_row(grid, in, _("Hourly &rate:"), rate_));
  clause_ = new wxTextCtrl(in, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(420, 64)),
                           wxTE_MULTILINE);
  clause_->SetHint(_("optional: the revisions clause as agreed"));
  labels.push_back(add_row(grid, in, _("&Clause:"), clause_));
  feedback_days_ =
      new wxSpinCtrl(in, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 60);
  feedback_days_->SetToolTip(
      _("Comments on a delivery count for this many business days; after that the delivery counts as "
        "approved. 0: no feedback window."));
  // TRANSLATORS: Terms tab; the number of business days a client has to comment on a delivery
  labels.push_back(add_row(grid, in, _("Feed&back window (business days):"), feedback_days_));
  non_working_ = new wxTextCtrl(in, wxID_ANY);
  non_working_->SetHint(_("optional, e.g. 2026-12-24, 2026-12-25"));
  non_working_->SetToolTip(_("Days that do not count in a feedback window, besides weekends (YYYY-MM-DD)"));
  labels.push_back(add_row(grid, in, _("&Non-working days:"), non_working_));
  from_ = new DateField(in, wxDateTime::Today());
  from_->SetToolTip(
      _("Revisions received from this day on are judged by the new terms; earlier ones keep "
        "the terms they arrived under."));
  labels.push_back(add_row(grid, in, _("New terms apply &from:"), from_));
  align_labels(labels);
  box->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));

  save_ = new wxButton(in, wxID_ANY, _("Save as new terms version"));
  revert_ = new wxButton(in, wxID_ANY, _("Undo edits"));
  save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
  revert_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    fill(current_);
    set_message(wxEmptyString, false);
  });
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(save_, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
  buttons->Add(revert_);
  box->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));
  message_ = new wxStaticText(in, wxID_ANY, wxEmptyString);
  box->Add(message_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8)));

  for (wxWindow* control : std::initializer_list<wxWindow*>{price_, rate_, clause_, non_working_}) {
    control->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { on_edited(); });
  }
  rounds_->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { on_edited(); });
  feedback_days_->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { on_edited(); });
  feedback_days_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { on_edited(); });
  rounds_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { on_edited(); });
  max_share_->Bind(wxEVT_SPINCTRLDOUBLE, [this](wxCommandEvent&) { on_edited(); });
  heads_up_->Bind(wxEVT_SPINCTRLDOUBLE, [this](wxCommandEvent&) { on_edited(); });

  auto* history_label = bold_label(this, _("All versions of the terms"));
  versions_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  // TRANSLATORS: column headings of the terms versions list
  versions_->AppendColumn(_("Version"), wxLIST_FORMAT_RIGHT, FromDIP(70));
  versions_->AppendColumn(_("Applies from"), wxLIST_FORMAT_LEFT, FromDIP(110));
  versions_->AppendColumn(_("Rounds"), wxLIST_FORMAT_RIGHT, FromDIP(70));
  versions_->AppendColumn(_("Max share"), wxLIST_FORMAT_RIGHT, FromDIP(90));
  versions_->AppendColumn(_("Heads-up at"), wxLIST_FORMAT_RIGHT, FromDIP(90));
  versions_->AppendColumn(_("Extra round"), wxLIST_FORMAT_RIGHT, FromDIP(110));
  versions_->AppendColumn(_("Hourly rate"), wxLIST_FORMAT_RIGHT, FromDIP(100));

  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(box, wxSizerFlags().Border(wxALL, FromDIP(10)));
  column->Add(history_label, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(10)));
  column->Add(versions_, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(10)));
  SetSizer(column);
}

void TermsPage::show(const ledger::ProjectHistory& history) {
  const ledger::TermsVersion& latest = history.terms.back();
  const bool edited = save_->IsEnabled();
  const bool replaced = latest.version != current_version_;
  current_ = latest.terms;
  current_version_ = latest.version;
  currency_ = history.project.currency;
  // Keep the freelancer's unsaved edits unless the terms changed underneath (e.g. through the CLI).
  if (!edited || replaced) fill(current_);
  // TRANSLATORS: %d is the terms version, %s the day it applies from
  version_->SetLabel(wxString::Format(_("Version %d, in force since %s. Saving an edit adds version %d."),
                                      latest.version, date_shown(latest.effective_from), latest.version + 1));

  versions_->DeleteAllItems();
  for (auto it = history.terms.rbegin(); it != history.terms.rend(); ++it) {
    const long row = versions_->InsertItem(versions_->GetItemCount(), wxString::Format("%d", it->version));
    versions_->SetItem(row, 1, date_shown(it->effective_from));
    versions_->SetItem(row, 2, wxString::Format("%d", it->terms.included_rounds));
    versions_->SetItem(row, 3, to_wx(model::percent_label(it->terms.max_share_percent)));
    versions_->SetItem(row, 4, to_wx(model::percent_label(it->terms.heads_up_percent)));
    versions_->SetItem(row, 5, price_text(it->terms.extra_round_price, currency_));
    versions_->SetItem(row, 6, price_text(it->terms.hourly_rate, currency_));
  }
  Layout();
}

void TermsPage::fill(const ledger::Terms& terms) {
  rounds_->SetValue(terms.included_rounds);
  max_share_->SetValue(terms.max_share_percent);
  heads_up_->SetValue(terms.heads_up_percent);
  price_->ChangeValue(format_price(terms.extra_round_price));
  rate_->ChangeValue(format_price(terms.hourly_rate));
  clause_->ChangeValue(to_wx(terms.clause));
  feedback_days_->SetValue(terms.feedback_days.value_or(0));
  non_working_->ChangeValue(to_wx(terms.non_working_days));
  from_->set_date(wxDateTime::Today());
  save_->Enable(false);
  revert_->Enable(false);
}

bool TermsPage::read_form(ledger::Terms& terms, wxString& problem) const {
  terms.included_rounds = rounds_->GetValue();
  terms.max_share_percent = max_share_->GetValue();
  terms.heads_up_percent = heads_up_->GetValue();
  bool ok = true;
  terms.extra_round_price = parse_price(price_->GetValue(), ok);
  if (!ok) {
    problem = _("The extra-round price must be a number, e.g. 150 or 99.50.");
    return false;
  }
  terms.hourly_rate = parse_price(rate_->GetValue(), ok);
  if (!ok) {
    problem = _("The hourly rate must be a number, e.g. 45 or 52.50.");
    return false;
  }
  terms.clause = to_utf8(clause_->GetValue().Strip(wxString::both));
  if (feedback_days_->GetValue() > 0) terms.feedback_days = feedback_days_->GetValue();
  terms.non_working_days = to_utf8(non_working_->GetValue().Strip(wxString::both));
  std::string list_problem;
  if (const auto days = policy::parse_non_working_days(terms.non_working_days, list_problem)) {
    terms.non_working_days = policy::format_non_working_days(*days);
  } else {
    problem = _("The non-working days must be dates written YYYY-MM-DD, separated by commas.");
    return false;
  }
  if (const std::string reason = ledger::terms_problem(terms); !reason.empty()) {
    problem = to_wx(reason);
    return false;
  }
  return true;
}

void TermsPage::type_feedback(int business_days, const std::string& non_working, const std::string& from) {
  wxDateTime day;
  if (day.ParseISODate(to_wx(from))) from_->set_date(day);
  feedback_days_->SetValue(business_days);
  non_working_->SetValue(to_wx(non_working));  // SetValue, not ChangeValue: as typed, on_edited() runs
  on_edited();
}

void TermsPage::on_edited() {
  ledger::Terms terms;
  wxString problem;
  const bool valid = read_form(terms, problem);
  const bool differs = !valid || terms.included_rounds != current_.included_rounds ||
                       terms.max_share_percent != current_.max_share_percent ||
                       terms.heads_up_percent != current_.heads_up_percent ||
                       terms.extra_round_price != current_.extra_round_price ||
                       terms.hourly_rate != current_.hourly_rate || terms.clause != current_.clause ||
                       terms.feedback_days != current_.feedback_days ||
                       terms.non_working_days != current_.non_working_days;
  save_->Enable(differs);
  revert_->Enable(differs);
  set_message(valid ? wxString() : problem, !valid);
}

bool TermsPage::save() {
  ledger::Terms terms;
  wxString problem;
  if (!read_form(terms, problem)) {
    set_message(problem, true);
    return false;
  }
  if (!from_->date().IsValid()) {
    set_message(wxString::Format(_("The day the new terms apply from is not a valid date; write it like %s."),
                                 date_example()),
                true);
    return false;
  }
  const std::string from = to_utf8(from_->date().FormatISODate());
  int version = 0;
  try {
    version = ledger::add_terms_version(context_.db, context_.project_id, terms, from);
  } catch (const Error& error) {
    set_message(error_message(error), true);
    show_error_dialog(this, _("Cannot save the terms"), error);
    return false;
  }
  save_->Enable(false);
  revert_->Enable(false);
  // TRANSLATORS: after saving edited terms; the new version and the day it applies from
  set_message(wxString::Format(_("Saved as terms version %d, applying from %s. Earlier revisions keep the "
                                 "terms they arrived under."),
                               version, to_wx(from)),
              false);
  context_.changed();
  return true;
}

void TermsPage::set_message(const wxString& message, bool problem) {
  message_->SetLabel(message);
  message_->SetForegroundColour(problem ? wxColour(0xB0, 0x1C, 0x1C) : wxColour(0x1B, 0x5E, 0x20));
  Layout();
}

std::string TermsPage::describe() const {
  std::string text = "Terms: " + to_utf8(version_->GetLabel()) + "\n";
  text += "Form: rounds " + std::to_string(rounds_->GetValue()) + ", max share " +
          model::percent_label(max_share_->GetValue()) + ", extra round " + to_utf8(price_->GetValue()) +
          ", feedback days " + std::to_string(feedback_days_->GetValue()) + ", non-working " +
          to_utf8(non_working_->GetValue()) + "\n";
  if (!message_->GetLabel().empty()) text += "Message: " + to_utf8(message_->GetLabel()) + "\n";
  text += "Versions: " + std::to_string(versions_->GetItemCount()) + "\n";
  return text;
}

void TermsPage::forget_message() {
  set_message(wxEmptyString, false);
}

}  // namespace sk::gui
