// The Deliveries tab; see deliveries_page.h.
#include "deliveries_page.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.h"
#include "date_field.h"
#include "error_text.h"
#include "form.h"
#include "ledger/dates.h"
#include "workflow/delivery_workflow.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

wxString revision_numbers(const std::vector<int>& numbers) {
  wxString text;
  for (const int n : numbers) text += (text.empty() ? "" : ", ") + wxString::Format("%d", n);
  return text;
}

// A day (today by default, never later) and a line of text: what recording a delivery or an approval asks.
class DayAndTextDialog : public wxDialog {
 public:
  DayAndTextDialog(wxWindow* parent, const wxString& title, const wxString& intro, const wxString& day_label,
                   const wxString& text_label, const wxString& hint, bool text_required)
      : wxDialog(parent, wxID_ANY, title), text_required_(text_required) {
    auto* intro_text = new wxStaticText(this, wxID_ANY, intro);
    intro_text->Wrap(FromDIP(420));
    std::vector<wxStaticText*> labels;
    auto* grid = form_grid();
    day_ = new DateField(this, wxDateTime::Today());
    day_->set_range(wxDefaultDateTime, wxDateTime::Today());
    labels.push_back(add_row(grid, this, day_label, day_));
    text_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(320, -1)));
    text_->SetHint(hint);
    labels.push_back(add_row(grid, this, text_label, text_));
    align_labels(labels);
    problem_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
    problem_->SetForegroundColour(wxColour(0xB0, 0x1E, 0x1E));
    auto* column = new wxBoxSizer(wxVERTICAL);
    const int gap = FromDIP(12);
    column->Add(intro_text, wxSizerFlags().Border(wxALL, gap));
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    column->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizerAndFit(column);
    label_standard_buttons(this);
    CentreOnParent();
    Bind(wxEVT_BUTTON, &DayAndTextDialog::on_ok, this, wxID_OK);
  }

  std::string day() const { return to_utf8(day_->date().FormatISODate()); }
  std::string text() const { return to_utf8(text_->GetValue().Strip(wxString::both)); }

 private:
  void on_ok(wxCommandEvent& event) {
    const wxDateTime date = day_->date();
    if (!date.IsValid() || !day_->in_range(date)) {
      problem_->SetLabel(
          wxString::Format(_("The day must be a date up to today, written like %s."), date_example()));
      Layout();
      Fit();
      return;
    }
    if (text_required_ && text().empty()) {
      problem_->SetLabel(_("Please say how it was approved, e.g. by email."));
      Layout();
      Fit();
      return;
    }
    event.Skip();
  }

  bool text_required_;
  DateField* day_ = nullptr;
  wxTextCtrl* text_ = nullptr;
  wxStaticText* problem_ = nullptr;
};

}  // namespace

wxString delivery_state_text(const ledger::JudgedDelivery& d) {
  const policy::DeliveryStatus& s = d.status;
  switch (s.state) {
    case policy::DeliveryState::kAwaitingFeedback:
      if (s.business_days_left == 0) return _("Waiting for comments: today is the last day they count");
      // TRANSLATORS: %s the last day comments count, %d the business days left until then
      return wxString::Format(
          wxPLURAL("Waiting for comments until %s (%d business day left)",
                   "Waiting for comments until %s (%d business days left)", s.business_days_left),
          date_shown(s.last_comment_day), s.business_days_left);
    case policy::DeliveryState::kAnswered:
      // TRANSLATORS: %s is one or more revision numbers ("3" or "3, 4")
      return wxString::Format(_("Answered by revision %s"), revision_numbers(d.answered_by));
    case policy::DeliveryState::kApprovedByWindow:
      // TRANSLATORS: first %s the day it counts as approved, second %s the last day comments counted
      return wxString::Format(
          _("Approved from %s: no comments within the agreed feedback window (last day %s)"),
          date_shown(s.approved_on.value_or("")), date_shown(s.last_comment_day));
    case policy::DeliveryState::kApprovedExplicitly:
      // TRANSLATORS: %s the day, then how it was approved ("by email")
      return wxString::Format(_("Approved on %s: %s"), date_shown(s.approved_on.value_or("")),
                              to_wx(d.delivery.approval ? d.delivery.approval->how : std::string()));
    case policy::DeliveryState::kNoWindow:
      if (!d.answered_by.empty())
        return wxString::Format(_("Answered by revision %s"), revision_numbers(d.answered_by));
      return _("Delivered; the terms set no feedback window");
  }
  return {};
}

DeliveriesPage::DeliveriesPage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {
  summary_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  summary_->SetFont(summary_->GetFont().Bold());
  // TRANSLATORS: button; records a version the freelancer sent the client
  add_ = new wxButton(this, wxID_ANY, _("Record delivery..."));
  add_->SetToolTip(_("Keep the file you sent the client, with the day, as evidence"));
  // TRANSLATORS: button; records that the client approved the selected delivery
  approve_ = new wxButton(this, wxID_ANY, _("Record approval..."));
  approve_->SetToolTip(_("The client approved the selected delivery (by email, a signed PDF...)"));
  add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_record_delivery(); });
  approve_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_record_approval(); });
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(add_, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
  buttons->Add(approve_);

  list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
  // TRANSLATORS: columns of the deliveries list
  list_->AppendColumn(_("No."), wxLIST_FORMAT_RIGHT, FromDIP(44));
  list_->AppendColumn(_("Delivered"), wxLIST_FORMAT_LEFT, FromDIP(110));
  list_->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, FromDIP(220));
  list_->AppendColumn(_("Where it stands"), wxLIST_FORMAT_LEFT, FromDIP(520));
  list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
  list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });

  hint_ =
      new wxStaticText(this, wxID_ANY,
                       _("No deliveries yet. Record each version you send the client: the file is kept with "
                         "the day. If the terms set a feedback window, this tab shows until when comments "
                         "count and when each delivery counts as approved."));
  hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  keep_wrapped(hint_, this, FromDIP(20));

  auto* column = new wxBoxSizer(wxVERTICAL);
  const int gap = FromDIP(10);
  column->Add(summary_, wxSizerFlags().Expand().Border(wxALL, gap));
  column->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
  column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
  column->Add(hint_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
  SetSizer(column);
  update_buttons();
}

void DeliveriesPage::show(const ledger::ProjectHistory& history) {
  const int keep = selected_number();
  closed_ = history.project.status == "closed";
  deliveries_ = ledger::judge_deliveries(history, ledger::today());
  const ledger::Terms& terms = history.terms.back().terms;
  if (terms.feedback_days) {
    // TRANSLATORS: Deliveries tab; %d business days
    summary_->SetLabel(
        wxString::Format(wxPLURAL("Comments on a delivery count for %d business day.",
                                  "Comments on a delivery count for %d business days.", *terms.feedback_days),
                         *terms.feedback_days));
  } else {
    summary_->SetLabel(_("The terms set no feedback window; it can be added in the Terms tab."));
  }
  list_->DeleteAllItems();
  for (const ledger::JudgedDelivery& d : deliveries_) {
    const long row = list_->InsertItem(list_->GetItemCount(), wxString::Format("%d", d.delivery.number));
    list_->SetItem(row, 1, date_shown(d.delivery.delivered_on));
    list_->SetItem(row, 2, to_wx(d.delivery.file_name));
    list_->SetItem(row, 3, delivery_state_text(d));
    if (d.delivery.number == keep) list_->Select(row);
  }
  // The state is the long column: as wide as its longest sentence, and at least the rest of the list.
  list_->SetColumnWidth(3, wxLIST_AUTOSIZE);
  int others = 0;
  for (int c = 0; c < 3; ++c) others += list_->GetColumnWidth(c);
  const int rest = list_->GetClientSize().GetWidth() - others;
  if (list_->GetColumnWidth(3) < rest) list_->SetColumnWidth(3, rest);
  hint_->Show(deliveries_.empty());
  update_buttons();
  Layout();
}

std::string DeliveriesPage::describe() const {
  std::string text = "Summary: " + to_utf8(summary_->GetLabel()) + "\n";
  text += "Deliveries: " + std::to_string(deliveries_.size()) + "\n";
  for (const ledger::JudgedDelivery& d : deliveries_) {
    text += "  " + std::to_string(d.delivery.number) + " | " + to_utf8(date_shown(d.delivery.delivered_on)) +
            " | " + d.delivery.file_name + " | " + to_utf8(delivery_state_text(d)) + "\n";
  }
  return text;
}

bool DeliveriesPage::record_delivery(const std::string& path, const std::string& iso_day,
                                     const std::string& note) {
  try {
    wxBusyCursor busy;
    workflow::record_delivery(context_.db, context_.project_id, path, iso_day, note, ledger::today());
  } catch (const Error& error) {
    show_error_dialog(this, _("The delivery was not recorded"), error);
    return false;
  }
  context_.changed();
  return true;
}

bool DeliveriesPage::record_approval(int number, const std::string& iso_day, const std::string& how) {
  try {
    workflow::approve_delivery(context_.db, context_.project_id, number, iso_day, how, ledger::today());
  } catch (const Error& error) {
    show_error_dialog(this, _("The approval was not recorded"), error);
    return false;
  }
  context_.changed();
  return true;
}

void DeliveriesPage::on_record_delivery() {
  wxFileDialog files(this, _("The file you delivered"), wxEmptyString, wxEmptyString, documents_wildcard(),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (files.ShowModal() != wxID_OK) return;
  DayAndTextDialog ask(
      this, _("Record delivery"),
      wxString::Format(_("%s is kept in the project's record as the version you sent."), files.GetFilename()),
      _("Delivered &on:"), _("&Note:"), _("optional"), false);
  if (ask.ShowModal() != wxID_OK) return;
  record_delivery(to_utf8(files.GetPath()), ask.day(), ask.text());
}

void DeliveriesPage::on_record_approval() {
  const int number = selected_number();
  if (number == 0) return;
  DayAndTextDialog ask(
      this, _("Record approval"),
      wxString::Format(_("The client approved delivery %d. Later changes are new work."), number),
      _("Approved &on:"), _("&How:"), _("e.g. by email, signed PDF ref. 14"), true);
  if (ask.ShowModal() != wxID_OK) return;
  record_approval(number, ask.day(), ask.text());
}

void DeliveriesPage::update_buttons() {
  add_->Enable(!closed_);
  const int number = selected_number();
  bool approvable = false;
  for (const ledger::JudgedDelivery& d : deliveries_) {
    if (d.delivery.number == number) approvable = !d.delivery.approval;
  }
  approve_->Enable(approvable);
}

int DeliveriesPage::selected_number() const {
  const long row = list_->GetFirstSelected();
  if (row < 0 || static_cast<std::size_t>(row) >= deliveries_.size()) return 0;
  return deliveries_[static_cast<std::size_t>(row)].delivery.number;
}

}  // namespace sk::gui
