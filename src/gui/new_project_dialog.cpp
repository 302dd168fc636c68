// The "New project" dialog; see new_project_dialog.h.
#include "new_project_dialog.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.h"
#include "date_field.h"
#include "error_text.h"
#include "form.h"
#include "project_details_form.h"
#include "settings.h"
#include "wx_text.h"

namespace sk::gui {

NewProjectDialog::NewProjectDialog(wxWindow* parent, ledger::Database& db, const Settings& settings)
    : wxDialog(parent, wxID_ANY, _("New project"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      db_(db) {
  const DefaultTerms defaults = settings.default_terms();
  std::vector<wxStaticText*> labels;
  details_ = std::make_unique<ProjectDetailsForm>(this, db_, settings.notice_language(), defaults.currency,
                                                  /*known_clients=*/true, labels);

  // Agreed terms
  auto* terms_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Agreed terms"));
  wxWindow* box = terms_box->GetStaticBox();
  auto* terms_grid = form_grid();
  rounds_ = new wxSpinCtrl(box, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0,
                           99, defaults.terms.included_rounds);
  labels.push_back(add_row(terms_grid, box, _("Included &rounds:"), rounds_));
  max_share_ = new wxSpinCtrlDouble(box, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                    wxSP_ARROW_KEYS, 1, 100, defaults.terms.max_share_percent, 1);
  max_share_->SetDigits(0);
  labels.push_back(add_row(terms_grid, box, _("Max changed &share per round (%):"), max_share_));
  extra_price_ = new wxTextCtrl(box, wxID_ANY, format_price(defaults.terms.extra_round_price));
  extra_price_->SetHint(_("optional, e.g. 150"));
  labels.push_back(add_row(terms_grid, box, _("E&xtra-round price:"), extra_price_));
  // Work agreed earlier and recorded now: the terms apply from the day they were agreed.
  agreed_on_ = new DateField(box, wxDateTime::Today());
  agreed_on_->set_range(wxDefaultDateTime, wxDateTime::Today());
  agreed_on_->SetToolTip(
      _("The day the terms were agreed; an earlier day when the work started before today"));
  labels.push_back(add_row(terms_grid, box, _("&Agreed on:"), agreed_on_));
  terms_box->Add(terms_grid, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));

  align_labels(labels);

  problem_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  problem_->SetForegroundColour(wxColour(0xB0, 0x1E, 0x1E));

  wxStdDialogButtonSizer* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
  if (auto* ok = wxDynamicCast(FindWindow(wxID_OK), wxButton)) ok->SetLabel(_("&Create project"));

  auto* column = new wxBoxSizer(wxVERTICAL);
  const wxSizerFlags section = wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12));
  column->Add(details_->project_box(), section);
  column->Add(details_->client_box(), section);
  column->Add(terms_box, section);
  column->Add(problem_, section);
  column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(12)));
  finish_form_dialog(this, column);

  Bind(wxEVT_BUTTON, &NewProjectDialog::on_create, this, wxID_OK);
  details_->title()->SetFocus();
}

NewProjectDialog::~NewProjectDialog() = default;

std::optional<ledger::NewProject> NewProjectDialog::read_form() {
  ledger::NewProject project;
  details_->read(project);
  const wxDateTime agreed = agreed_on_->date();
  if (!agreed.IsValid()) {
    // TRANSLATORS: %s is an example date written the interface's way
    show_problem(wxString::Format(_("The day the terms were agreed is not a valid date; write it like %s."),
                                  date_example()),
                 agreed_on_);
    return std::nullopt;
  }
  project.terms_from = to_utf8(agreed.FormatISODate());
  project.terms.included_rounds = rounds_->GetValue();
  project.terms.max_share_percent = max_share_->GetValue();

  bool price_ok = true;
  project.terms.extra_round_price = parse_price(extra_price_->GetValue(), price_ok);
  if (!price_ok) {
    show_problem(_("The extra-round price must be a number, e.g. 150 or 99.50."), extra_price_);
    return std::nullopt;
  }

  wxWindow* culprit = nullptr;
  if (const wxString problem = details_->problem(&culprit); !problem.empty()) {
    show_problem(problem, culprit);
    return std::nullopt;
  }
  // Everything else is checked by the same rules the CLI uses.
  if (const std::string problem = ledger::validation_problem(project); !problem.empty()) {
    show_problem(to_wx(problem), nullptr);
    return std::nullopt;
  }
  return project;
}

void NewProjectDialog::fill(const ledger::NewProject& project) {
  details_->fill(project);
  rounds_->SetValue(project.terms.included_rounds);
  max_share_->SetValue(project.terms.max_share_percent);
  extra_price_->SetValue(format_price(project.terms.extra_round_price));
  wxDateTime agreed;
  if (!project.terms_from.empty() && agreed.ParseISODate(to_wx(project.terms_from)))
    agreed_on_->set_date(agreed);
}

void NewProjectDialog::show_problem(const wxString& problem, wxWindow* culprit) {
  problem_->SetLabel(problem);
  problem_->Wrap(GetClientSize().GetWidth() - FromDIP(24));
  Layout();
  GetSizer()->Fit(this);
  if (culprit != nullptr) culprit->SetFocus();
}

void NewProjectDialog::on_create(wxCommandEvent&) {
  const std::optional<ledger::NewProject> project = read_form();
  if (!project) return;
  try {
    created_id_ = ledger::add_project(db_, *project);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot create the project"), error);
    return;
  }
  EndModal(wxID_OK);
}

}  // namespace sk::gui
