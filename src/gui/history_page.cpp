// The History tab; see history_page.h.
#include "history_page.h"

#include <exception>
#include <vector>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/filedlgcustomize.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "common/error.h"
#include "common/output_file.h"
#include "date_field.h"
#include "error_text.h"
#include "form.h"
#include "share_chart.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

enum Column { kWhen, kWhat, kDetails };

// Which table to export, chosen inside the file dialog.
class TableChoiceHook : public wxFileDialogCustomizeHook {
 public:
  void AddCustomControls(wxFileDialogCustomize& customizer) override {
    // TRANSLATORS: label in the Export CSV file dialog, before the choice of what to export
    customizer.AddStaticText(_("Export:"));
    const wxString tables[] = {
        // TRANSLATORS: Export CSV choice: one row per revision with its figures
        _("Revisions and their figures"),
        // TRANSLATORS: Export CSV choice: one row per event of the project's log
        _("Event log"),
        // TRANSLATORS: Export CSV choice: one row per notice sent to the client
        _("Notices"),
    };
    choice_ = customizer.AddChoice(WXSIZEOF(tables), tables);
    choice_->SetSelection(0);
  }
  void TransferDataFromCustomControls() override {
    switch (choice_ ? choice_->GetSelection() : 0) {
      case 1:
        table = ledger::CsvTable::kEvents;
        break;
      case 2:
        table = ledger::CsvTable::kNotices;
        break;
      default:
        table = ledger::CsvTable::kRevisions;
    }
  }

  ledger::CsvTable table = ledger::CsvTable::kRevisions;

 private:
  wxFileDialogChoice* choice_ = nullptr;
};

}  // namespace

// The event log: a virtual list over the rows handed to set_rows(), so long logs cost nothing to show.
class EventList : public wxListView {
 public:
  explicit EventList(wxWindow* parent)
      : wxListView(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(-1, 160)),
                   wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    // TRANSLATORS: column of the event log: the local date and time of the event
    InsertColumn(kWhen, _("When"), wxLIST_FORMAT_LEFT, FromDIP(140));
    // TRANSLATORS: column of the event log: what happened
    InsertColumn(kWhat, _("What"), wxLIST_FORMAT_LEFT, FromDIP(200));
    // TRANSLATORS: column of the event log: the recorded details
    InsertColumn(kDetails, _("Details"), wxLIST_FORMAT_LEFT, FromDIP(560));
    // wx's own alternate colour is too light in dark themes: a faint mix of the list's text into its
    // background.
    const wxColour back = wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOX);
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_LISTBOXTEXT);
    SetAlternateRowColour(wxColour(back.Red() + (text.Red() - back.Red()) / 16,
                                   back.Green() + (text.Green() - back.Green()) / 16,
                                   back.Blue() + (text.Blue() - back.Blue()) / 16));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
      // The details take whatever width the other columns leave.
      const int rest = GetClientSize().x - GetColumnWidth(kWhen) - GetColumnWidth(kWhat);
      if (rest > FromDIP(120)) SetColumnWidth(kDetails, rest);
      event.Skip();
    });
  }

  struct Row {
    wxString when, what, details;
  };

  void set_rows(std::vector<Row> rows) {
    rows_ = std::move(rows);
    SetItemCount(static_cast<long>(rows_.size()));
    Refresh();
  }

  wxString OnGetItemText(long item, long column) const override {
    if (item < 0 || static_cast<size_t>(item) >= rows_.size()) return {};
    const Row& row = rows_[static_cast<size_t>(item)];
    switch (column) {
      case kWhen:
        return row.when;
      case kWhat:
        return row.what;
      default:
        return row.details;
    }
  }

 private:
  std::vector<Row> rows_;
};

HistoryPage::HistoryPage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {
  // TRANSLATORS: heading of the chart in the History tab
  auto* chart_heading = bold_label(this, _("Changed share per round"));
  // TRANSLATORS: button in the History tab; saves the project's record as a spreadsheet file
  export_ = new wxButton(this, wxID_ANY, _("Export CSV..."));
  export_->SetToolTip(_("Save the revisions, the event log or the notices as a CSV file for a spreadsheet"));
  chart_ = new ShareChart(this);
  aside_ =
      new wxStaticText(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
  // TRANSLATORS: heading of the event log in the History tab
  auto* log_heading = bold_label(this, _("Event log"));
  events_ = new EventList(this);

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(chart_heading, 1, wxALIGN_CENTER_VERTICAL);
  top->Add(export_, 0, wxALIGN_CENTER_VERTICAL);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  const int gap = FromDIP(8);
  sizer->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, gap);
  sizer->Add(chart_, 3, wxEXPAND | wxALL, gap);
  sizer->Add(aside_, 0, wxEXPAND | wxLEFT | wxRIGHT, gap);
  sizer->Add(log_heading, 0, wxLEFT | wxRIGHT | wxTOP, gap);
  sizer->Add(events_, 2, wxEXPAND | wxALL, gap);
  SetSizer(sizer);

  export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_csv(); });
}

wxString HistoryPage::event_what(const model::EventRow& row) const {
  switch (row.kind) {
    case model::EventKind::kProjectCreated:
      // TRANSLATORS: event log entry
      return _("Project created");
    case model::EventKind::kTermsEdited:
      // TRANSLATORS: event log entry: a new version of the agreed terms
      return _("Terms changed");
    case model::EventKind::kRevisionLogged:
      // TRANSLATORS: event log entry: a revision from the client was recorded
      return _("Revision logged");
    case model::EventKind::kRevisionCounted:
      // TRANSLATORS: event log entry: a revision marked not counted counts again
      return _("Revision counted again");
    case model::EventKind::kRevisionNotCounted:
      // TRANSLATORS: event log entry
      return _("Revision marked not counted");
    case model::EventKind::kRevisionWithdrawn:
      // TRANSLATORS: event log entry: a revision logged by mistake was withdrawn (it stays in the record)
      return _("Revision withdrawn");
    case model::EventKind::kRevisionRestored:
      // TRANSLATORS: event log entry: a withdrawn revision was restored to what it was before
      return _("Revision restored");
    case model::EventKind::kNoticeIssued:
      // TRANSLATORS: event log entry: a notice to the client was written
      return _("Notice issued");
    case model::EventKind::kProjectClosed:
      // TRANSLATORS: event log entry
      return _("Project closed");
    case model::EventKind::kProjectDeleted:
      // TRANSLATORS: event log entry
      return _("Project deleted");
    case model::EventKind::kProjectEdited:
      // TRANSLATORS: event log entry: the project's title or its client's details were corrected
      return _("Details edited");
    case model::EventKind::kProjectReopened:
      // TRANSLATORS: event log entry: a closed project was opened again
      return _("Project reopened");
    case model::EventKind::kDeliveryRecorded:
      // TRANSLATORS: event log entry: the freelancer recorded a version they sent the client
      return _("Delivery recorded");
    case model::EventKind::kDeliveryApproved:
      // TRANSLATORS: event log entry: the client approved a delivery
      return _("Delivery approved");
    case model::EventKind::kOther:
      break;
  }
  return to_wx(row.kind_text);
}

void HistoryPage::show(const ledger::ProjectHistory& history) {
  title_ = history.project.title;
  model_ = model::build_history_chart(history);
  chart_->set_chart(model_);

  wxString aside;
  for (const model::AsideRevision& r : model_.not_counted) {
    if (!aside.empty()) aside += "; ";
    if (!r.withdrawn_on.empty()) {
      // TRANSLATORS: one withdrawn revision (logged by mistake) under the History chart: number, file name,
      // the day it was withdrawn (YYYY-MM-DD), the reason
      aside += wxString::Format(_("revision %d (%s): withdrawn on %s: %s"), r.number, to_wx(r.file_name),
                                date_shown(r.withdrawn_on), to_wx(r.reason));
      continue;
    }
    // TRANSLATORS: one not-counted revision under the History chart: number, file name, reason
    aside += wxString::Format(_("revision %d (%s): %s"), r.number, to_wx(r.file_name), to_wx(r.reason));
  }
  if (!aside.empty()) {
    // TRANSLATORS: under the History chart; %s lists the revisions that do not count
    aside = wxString::Format(_("Not counted, so not in the chart: %s"), aside);
  }
  aside_->SetLabelText(aside);  // file names may hold "&"
  aside_->SetToolTip(aside);
  aside_->Show(!aside.empty());

  std::vector<EventList::Row> rows;
  rows.reserve(model_.events.size());
  for (const model::EventRow& row : model_.events) {
    // "YYYY-MM-DD HH:MM": the day as the interface language writes it, then the time.
    const wxString when = row.when.size() == 16 && row.when[10] == ' '
                              ? date_shown(row.when.substr(0, 10)) + to_wx(row.when.substr(10))
                              : to_wx(row.when);
    rows.push_back({when, event_what(row), to_wx(row.detail)});
  }
  const bool was_empty = events_->GetItemCount() == 0;
  const long count = static_cast<long>(rows.size());
  events_->set_rows(std::move(rows));
  if (was_empty && count > 0) events_->EnsureVisible(count - 1);  // the latest, when the page first fills
  Layout();
}

std::string HistoryPage::describe() const {
  const model::HistoryChart& c = model_;
  std::string out = "Chart: " + std::to_string(c.bars.size()) + " bars, limit " +
                    model::percent_label(c.current_limit_percent) + ", last included round " +
                    std::to_string(c.included_rounds) + "\n";
  for (const model::ChartBar& bar : c.bars) {
    out += "round " + std::to_string(bar.round) + ": " + bar.share_label + " of " +
           model::percent_label(bar.limit_percent) + " (" + policy::to_string(bar.status) +
           (bar.extra ? ", extra" : "") + ", revision " + std::to_string(bar.number) + ")\n";
  }
  if (c.limit_steps.size() > 1) {
    out += "Limit line:";
    for (const model::LimitStep& step : c.limit_steps) {
      out += (&step == &c.limit_steps.front() ? " " : ", ") + model::percent_label(step.limit_percent) +
             " over rounds " + std::to_string(step.first_slot + 1) + "-" + std::to_string(step.last_slot + 1);
    }
    out += "\n";
  }
  out += "Marker: after round " + std::to_string(c.marker_after_slots) + ", " + std::to_string(c.slot_count) +
         " round slots\n";
  if (aside_->IsShown()) out += to_utf8(aside_->GetLabelText()) + "\n";
  out += "Event log: " + std::to_string(events_->GetItemCount()) + " rows\n";
  for (const model::EventRow& row : c.events) {
    out += row.when + " | " + to_utf8(event_what(row)) + " | " + row.detail + "\n";
  }
  return out;
}

wxString HistoryPage::default_file_name() const {
  // Characters that file systems or shells refuse in a name become "-"; the title may be in any script.
  wxString name = to_wx(title_.empty() ? std::string("project") : title_);
  for (auto it = name.begin(); it != name.end(); ++it) {
    const wxUniChar c = *it;
    if (c.GetValue() < 0x20 || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
        c == '<' || c == '>' || c == '|') {
      *it = '-';
    }
  }
  name.Trim(true).Trim(false);
  while (name.StartsWith(".")) name.Remove(0, 1);
  if (name.empty()) name = "project";
  return name + "-history.csv";
}

void HistoryPage::export_csv() {
  // TRANSLATORS: title of the file dialog of the History tab's CSV export
  wxFileDialog dialog(this, _("Export history as CSV"), wxEmptyString, default_file_name(),
                      // TRANSLATORS: file dialog filters
                      _("CSV files (*.csv)|*.csv|All files|*"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  TableChoiceHook hook;
  dialog.SetCustomizeHook(hook);
  if (dialog.ShowModal() != wxID_OK) return;
  write_csv(to_utf8(dialog.GetPath()), hook.table);
}

bool HistoryPage::write_csv(const std::string& path) {
  return write_csv(path, ledger::CsvTable::kRevisions);
}

bool HistoryPage::write_csv(const std::string& path, ledger::CsvTable table) {
  try {
    const ledger::ProjectHistory history = ledger::load_history(context_.db, context_.project_id);
    write_output_file(path, std::string(ledger::kUtf8Bom) + ledger::history_csv(history, table),
                      {true, ledger_files(context_.db.path()), ""});  // the dialog asked before replacing
    return true;
  } catch (const Error& error) {
    // TRANSLATORS: title of the error dialog when the CSV export fails
    show_error_dialog(this, _("Cannot export the history"), error);
  } catch (const std::exception& error) {
    message_box(to_wx(path + ": " + error.what()), _("Cannot export the history"), wxOK | wxICON_ERROR, this);
  }
  return false;
}

}  // namespace sk::gui
