// The Revisions tab; see revisions_page.h.
#include "revisions_page.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/dc.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/tokenzr.h>
#include <wx/utils.h>

#include "background_task.h"
#include "common/error.h"
#include "common/output_file.h"
#include "date_field.h"
#include "error_text.h"
#include "form.h"
#include "greyed_rows_store.h"
#include "model/compare_view.h"
#include "model/history_chart.h"
#include "project_frame.h"
#include "revision_dialog.h"
#include "withdraw_actions.h"
#include "workflow/revision_workflow.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

enum Column {
  kNumberColumn,
  kRoundColumn,
  kDateColumn,
  kFileColumn,
  kWordsColumn,
  kShareColumn,
  kStatusColumn,
  kNoteColumn
};

// The "Changed" cell: the share as a bar over a scale that always shows the limit (a dark tick), coloured
// by the revision's status, with the figures written beside it. The value is "share|limit|status" (share
// as a fraction, limit in percent, status as its number); empty for a revision with nothing to compare.
class ShareBarRenderer : public wxDataViewCustomRenderer {
 public:
  ShareBarRenderer() : wxDataViewCustomRenderer("string", wxDATAVIEW_CELL_INERT, wxALIGN_LEFT) {}

  bool SetValue(const wxVariant& value) override {
    value_ = value.GetString();
    return true;
  }
  bool GetValue(wxVariant& value) const override {
    value = value_;
    return true;
  }
  wxSize GetSize() const override { return GetView()->FromDIP(wxSize(190, 20)); }

  bool Render(wxRect rect, wxDC* dc, int state) override {
    wxStringTokenizer parts(value_, "|");
    if (parts.CountTokens() != 3) {
      RenderText(wxString::FromUTF8("\u2014"), 0, rect, dc, state);
      return true;
    }
    double share = 0, limit = 0;
    long status = 0;
    parts.GetNextToken().ToCDouble(&share);
    parts.GetNextToken().ToCDouble(&limit);
    parts.GetNextToken().ToLong(&status);
    const auto judged = static_cast<policy::Status>(status);
    const wxString figures = to_wx(measure::share_percent(share));

    const int text_width = GetView()->FromDIP(58);
    wxRect track = rect;
    track.width = std::max(rect.width - text_width, GetView()->FromDIP(40));
    track.Deflate(0, rect.height / 4);
    const model::BarGeometry geometry = model::bar_geometry(share, limit);
    dc->SetPen(*wxTRANSPARENT_PEN);
    dc->SetBrush(wxBrush(wxColour(0xE8, 0xE8, 0xE8)));
    dc->DrawRectangle(track);
    wxRect bar = track;
    bar.width = static_cast<int>(track.width * geometry.bar + 0.5);
    dc->SetBrush(
        wxBrush(status_text_colour(judged).ChangeLightness(judged == policy::Status::kWithin ? 140 : 125)));
    if (bar.width > 0) dc->DrawRectangle(bar);
    const int limit_x = track.x + static_cast<int>(track.width * geometry.limit + 0.5);
    dc->SetPen(wxPen(wxColour(0x30, 0x30, 0x30), GetView()->FromDIP(2)));
    dc->DrawLine(limit_x, track.y - GetView()->FromDIP(3), limit_x,
                 track.GetBottom() + GetView()->FromDIP(3));

    wxRect text = rect;
    text.x = track.GetRight() + GetView()->FromDIP(6);
    text.width = rect.GetRight() - text.x;
    RenderText(figures, 0, text, dc, state);
    return true;
  }

 private:
  wxString value_;
};

wxString round_text(const model::TimelineRow& row) {
  if (row.withdrawn()) {
    // TRANSLATORS: the Round column of a revision withdrawn because it was logged by mistake
    return _("withdrawn");
  }
  if (!row.round) {
    // TRANSLATORS: the Round column of a revision that does not count
    return _("not counted");
  }
  // TRANSLATORS: the Round column of the first counted revision: the work as first delivered
  if (*row.round == 0) return _("original");
  // TRANSLATORS: the Round column of a round past the included ones; %d is the round
  if (row.extra_round) return wxString::Format(_("%d (extra)"), *row.round);
  return wxString::Format("%d", *row.round);
}

wxString status_text(const model::TimelineRow& row) {
  if (row.withdrawn()) {
    // TRANSLATORS: the Status column of a withdrawn revision: the day it was withdrawn (YYYY-MM-DD), the
    // reason given
    return wxString::Format(_("Withdrawn on %s: %s"), date_shown(row.withdrawn_on),
                            to_wx(row.withdrawn_reason));
  }
  if (!row.counted) return wxString::Format(_("Not counted: %s"), to_wx(row.not_counted_reason));
  return status_label(row.status);
}

std::string base_name(const std::string& path) {
  return to_utf8(wxFileName(to_wx(path)).GetFullName());
}

struct Logged {
  std::vector<ledger::RevisionRecord> records;
  std::optional<Error> failure;  // what stopped the run; none when all were logged
  // The file was refused because it changes nothing: the paths from it on, not logged.
  std::optional<workflow::NothingChanged> nothing_changed;
  std::vector<std::string> not_logged;
};

// "Revision 3 logged: 12.5% changed against revision 2." and, for a text much shorter than the one
// before, how many words were read.
wxString logged_message(const ledger::RevisionRecord& record) {
  wxString message =
      record.measured
          // TRANSLATORS: after logging; revision number, share, the revision it was compared with
          ? wxString::Format(_("Revision %d logged: %s changed against revision %d."), record.number,
                             to_wx(measure::share_percent(record.measured->changed_share)),
                             record.measured->against)
          : wxString::Format(_("Revision %d logged."), record.number);
  if (workflow::looks_cut_short(record)) {
    message +=
        " " + wxString::Format(
                  // TRANSLATORS: after logging a text much shorter than the one before; file name,
                  // words read, the earlier revision's number and its words
                  _("Words read from %s: %lld (revision %d had %lld). Check that the whole file arrived."),
                  to_wx(record.file_name), static_cast<long long>(record.measured->new_words),
                  record.measured->against, static_cast<long long>(record.measured->old_words));
  }
  return message;
}

}  // namespace

RevisionsPage::RevisionsPage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {
  summary_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  summary_->SetFont(summary_->GetFont().Bold());
  add_ = new wxButton(this, wxID_ANY, _("Add from file..."));
  add_->SetToolTip(
      _("Log the file the client sent (Word, PDF, ODT, RTF, HTML, text, or a PNG or JPEG image). You can "
        "also drop files on this window."));
  paste_ = new wxButton(this, wxID_ANY, _("Paste text..."));
  compare_ = new wxButton(this, wxID_ANY, _("Compare with previous"));
  counted_ = new wxButton(this, wxID_ANY, _("Mark not counted..."));
  // TRANSLATORS: button: withdraw a revision logged by mistake (it stays in the record)
  withdraw_ = new wxButton(this, wxID_ANY, _("Withdraw..."));
  withdraw_->SetToolTip(
      _("Withdraw a revision logged by mistake (the wrong project, the wrong file). It stays in the record "
        "with your reason and can be restored."));
  // TRANSLATORS: button: restore a withdrawn revision to what it was before
  restore_ = new wxButton(this, wxID_ANY, _("Restore"));
  restore_->SetToolTip(_("Restore the withdrawn revision to what it was before it was withdrawn."));
  add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_from_file_dialog(); });
  paste_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { paste_revision(); });
  compare_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
    if (const int number = selected_number()) context_.compare_revision(number);
  });
  counted_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_toggle_counted(); });
  withdraw_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { withdraw_selected(); });
  restore_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { restore_selected(); });

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(add_, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
  buttons->Add(paste_, wxSizerFlags().Border(wxRIGHT, FromDIP(18)));
  buttons->Add(compare_, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
  buttons->Add(counted_, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
  buttons->Add(withdraw_, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
  buttons->Add(restore_);

  message_ = new wxStaticText(this, wxID_ANY, wxEmptyString);

  list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                 wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES);
  auto* store = new GreyedRowsStore;  // the withdrawn revisions greyed; set before the columns
  list_->AssociateModel(store);
  store->DecRef();
  // TRANSLATORS: column headings of the revisions timeline
  list_->AppendTextColumn(_("No."), wxDATAVIEW_CELL_INERT, FromDIP(44), wxALIGN_RIGHT);
  list_->AppendTextColumn(_("Round"), wxDATAVIEW_CELL_INERT, FromDIP(90));
  list_->AppendTextColumn(_("Received"), wxDATAVIEW_CELL_INERT, FromDIP(96));
  list_->AppendTextColumn(_("File"), wxDATAVIEW_CELL_INERT, FromDIP(200), wxALIGN_NOT,
                          wxDATAVIEW_COL_RESIZABLE);
  list_->AppendTextColumn(_("Words"), wxDATAVIEW_CELL_INERT, FromDIP(70), wxALIGN_RIGHT);
  list_->AppendColumn(new wxDataViewColumn(_("Changed (limit marked)"), new ShareBarRenderer, kShareColumn,
                                           FromDIP(210), wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE),
                      "string");
  list_->AppendTextColumn(_("Status"), wxDATAVIEW_CELL_INERT, FromDIP(150), wxALIGN_NOT,
                          wxDATAVIEW_COL_RESIZABLE);
  list_->AppendTextColumn(_("Note"), wxDATAVIEW_CELL_INERT, FromDIP(160), wxALIGN_NOT,
                          wxDATAVIEW_COL_RESIZABLE);
  list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { update_buttons(); });
  list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
    if (const int number = selected_number()) context_.compare_revision(number);
  });
  list_->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, &RevisionsPage::on_context_menu, this);

  empty_hint_ =
      new wxStaticText(this, wxID_ANY,
                       _("No revisions yet. Log the work as you first delivered it, then each file the "
                         "client sends back: use Add from file, Paste text, or drop files here."));
  empty_hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  keep_wrapped(empty_hint_, this, FromDIP(20));

  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(summary_, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
  column->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
  column->Add(message_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
  column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
  column->Add(empty_hint_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
  SetSizer(column);
  message_->Hide();
  update_buttons();
}

RevisionsPage::~RevisionsPage() = default;

void RevisionsPage::show(const ledger::ProjectHistory& history) {
  // Keep the selected revision, unless revisions were added: then show the newest.
  const bool grew = history.revisions.size() > timeline_.rows.size();
  const int keep = grew ? 0 : selected_number();
  timeline_ = model::build_timeline(history);
  pasted_name_ = model::pasted_file_name(history, to_utf8(wxDateTime::Today().FormatISODate()));

  list_->DeleteAllItems();
  std::vector<bool> greyed;
  for (const model::TimelineRow& row : timeline_.rows) greyed.push_back(row.withdrawn());
  static_cast<GreyedRowsStore*>(list_->GetModel())->set_greyed(std::move(greyed));
  for (const model::TimelineRow& row : timeline_.rows) {
    wxVector<wxVariant> values;
    values.push_back(wxString::Format("%d", row.number));
    values.push_back(round_text(row));
    values.push_back(date_shown(row.received_on));
    values.push_back(to_wx(row.file_name));
    values.push_back(wxString::Format("%lld", static_cast<long long>(row.words)));
    // A withdrawn revision's share is against a baseline it was never meant for: not shown.
    values.push_back(
        row.share && !row.withdrawn()
            ? wxString::Format("%.17g|%.17g|%d", *row.share, row.limit_percent, static_cast<int>(row.status))
            : wxString());
    values.push_back(status_text(row));
    values.push_back(to_wx(row.note));
    list_->AppendItem(values);
  }
  const int select = keep != 0 ? keep : (timeline_.rows.empty() ? 0 : timeline_.rows.back().number);
  for (std::size_t i = 0; i < timeline_.rows.size(); ++i) {
    if (timeline_.rows[i].number == select) {
      list_->SelectRow(static_cast<unsigned>(i));
      list_->EnsureVisible(list_->RowToItem(static_cast<int>(i)));
    }
  }

  wxString summary;
  if (timeline_.closed) {
    summary = _("This project is closed: its record is kept, and no more revisions can be logged.");
  } else if (timeline_.rows.empty() || !timeline_.latest_status) {
    summary = wxString::Format(_("No rounds used yet of %d included."), timeline_.included_rounds);
  } else {
    // TRANSLATORS: Revisions tab summary; rounds used, rounds included, the status in words
    summary = wxString::Format(_("Rounds used: %d of %d included. Latest round: %s."), timeline_.rounds_used,
                               timeline_.included_rounds, status_label(*timeline_.latest_status));
  }
  summary_->SetLabel(summary);
  empty_hint_->Show(timeline_.rows.empty());
  update_buttons();
  Layout();
}

std::string RevisionsPage::describe() const {
  std::string text = "Summary: " + to_utf8(summary_->GetLabel()) + "\n";
  if (message_->IsShown()) text += "Message: " + to_utf8(message_->GetLabel()) + "\n";
  text += "Revisions: " + std::to_string(timeline_.rows.size()) + "\n";
  for (const model::TimelineRow& row : timeline_.rows) {
    text += "  " + std::to_string(row.number) + " | " + to_utf8(round_text(row)) + " | " + row.received_on +
            " | " + row.file_name + " | " + std::to_string(row.words) + " words | " +
            (row.share && !row.withdrawn()
                 ? measure::share_percent(*row.share) + " of " + model::percent_label(row.limit_percent)
                 : std::string("-")) +
            " | " + to_utf8(status_text(row)) + "\n";
  }
  return text;
}

void RevisionsPage::update_buttons() {
  const bool open = !timeline_.closed;
  const bool idle = !busy();
  add_->Enable(open && idle);
  paste_->Enable(open && idle);
  const model::TimelineRow* row = selected_row();
  compare_->Enable(row != nullptr && row->against.has_value());
  const bool withdrawn = row != nullptr && row->withdrawn();
  counted_->Enable(row != nullptr && idle && !withdrawn);
  counted_->SetLabel(row != nullptr && !row->counted && !withdrawn ? _("Count again...")
                                                                   : _("Mark not counted..."));
  withdraw_->Enable(row != nullptr && idle && !withdrawn);
  restore_->Enable(withdrawn && idle);
  if (GetSizer() != nullptr) Layout();
}

int RevisionsPage::selected_number() const {
  const model::TimelineRow* row = selected_row();
  return row == nullptr ? 0 : row->number;
}

const model::TimelineRow* RevisionsPage::selected_row() const {
  const int index = list_->GetSelectedRow();
  if (index == wxNOT_FOUND || index >= static_cast<int>(timeline_.rows.size())) return nullptr;
  return &timeline_.rows[static_cast<std::size_t>(index)];
}

void RevisionsPage::add_from_file_dialog() {
  if (timeline_.closed || busy()) return;
  wxFileDialog dialog(this, _("Choose the files the client sent"), wxEmptyString, wxEmptyString,
                      documents_wildcard(), wxFD_OPEN | wxFD_FILE_MUST_EXIST | wxFD_MULTIPLE);
  if (dialog.ShowModal() != wxID_OK) return;
  wxArrayString chosen;
  dialog.GetPaths(chosen);
  std::vector<std::string> paths;
  for (const wxString& path : chosen) paths.push_back(to_utf8(path));
  add_files(paths);
}

void RevisionsPage::add_files(const std::vector<std::string>& paths) {
  if (paths.empty()) return;
  if (timeline_.closed) {
    message_box(_("This project is closed, so no more revisions can be logged."), _("Project closed"),
                wxOK | wxICON_INFORMATION, this);
    return;
  }
  if (busy()) return;
  const std::vector<std::string> ordered = model::order_for_logging(paths);
  std::vector<std::string> names;
  for (const std::string& path : ordered) names.push_back(base_name(path));
  RevisionDialog dialog(this, names);
  if (dialog.ShowModal() != wxID_OK) return;
  log_files(ordered, dialog.revision());
}

void RevisionsPage::paste_revision() {
  if (timeline_.closed || busy()) return;
  RevisionDialog dialog(this, {});
  if (dialog.ShowModal() != wxID_OK) return;
  log_text(dialog.pasted_text(), dialog.revision());
}

void RevisionsPage::log_files(std::vector<std::string> paths, const workflow::NewRevision& revision) {
  if (busy() || paths.empty()) return;
  // TRANSLATORS: title of the progress dialog while revisions are read and measured
  task_ = std::make_unique<BackgroundTask>(wxGetTopLevelParent(this), _("Logging revisions"));
  std::vector<std::string> steps;
  for (const std::string& path : paths) {
    steps.push_back(to_utf8(wxString::Format(_("Reading and measuring %s"), to_wx(base_name(path)))));
  }
  const std::string db_path = context_.db.path();
  const std::int64_t project_id = context_.project_id;
  task_->start<Logged>(
      [paths, steps, revision, db_path, project_id](model::TaskControl& control) {
        // Its own connection: the UI thread's stays free, and SQLite's locking keeps the two apart.
        ledger::Database db = ledger::Database::open(db_path);
        Logged logged;
        for (std::size_t i = 0; i < paths.size(); ++i) {
          control.set_step(steps[i]);
          try {
            const workflow::RevisionSource source = workflow::read_revision_source(paths[i]);
            control.checkpoint();
            logged.records.push_back(workflow::log_revision(db, project_id, revision, source));
          } catch (const workflow::NothingChanged& refused) {
            logged.nothing_changed = refused;
            logged.not_logged.assign(paths.begin() + static_cast<std::ptrdiff_t>(i), paths.end());
            break;
          } catch (const Error& error) {
            logged.failure = error;
            break;
          }
        }
        return logged;
      },
      [this, revision](Logged logged) {
        context_.changed();
        wxString message;
        if (!logged.records.empty()) {
          message = logged_message(logged.records.back());
          if (logged.records.size() > 1) {
            message = wxString::Format(_("%d revisions logged. "), static_cast<int>(logged.records.size())) +
                      message;
          }
        }
        update_buttons();
        if (logged.nothing_changed) {
          report(message, false);
          if (ask_to_count_unchanged(*logged.nothing_changed)) {
            workflow::NewRevision on_purpose = revision;
            on_purpose.accept_unchanged = true;
            CallAfter([this, rest = logged.not_logged, on_purpose] { log_files(rest, on_purpose); });
          }
          return;
        }
        if (!logged.failure) {
          report(message, false);
          return;
        }
        const wxString failure = error_message(*logged.failure);
        report(message.empty() ? failure : message + "  " + failure, true);
        show_error_dialog(this, _("Cannot log the revision"), *logged.failure);
      },
      [this](const wxString& failure) {
        update_buttons();
        report(failure, true);
        message_box(failure, _("Cannot log the revision"), wxOK | wxICON_ERROR, this);
      });
  update_buttons();
}

void RevisionsPage::log_text(const std::string& text, const workflow::NewRevision& revision) {
  try {
    const workflow::RevisionSource source = workflow::revision_source_from_text(pasted_name_, text);
    std::optional<ledger::RevisionRecord> record;
    {
      wxBusyCursor wait;
      try {
        record = workflow::log_revision(context_.db, context_.project_id, revision, source);
      } catch (const workflow::NothingChanged& refused) {
        if (!ask_to_count_unchanged(refused)) return;
      }
    }
    if (!record) {
      workflow::NewRevision on_purpose = revision;
      on_purpose.accept_unchanged = true;
      wxBusyCursor wait;
      record = workflow::log_revision(context_.db, context_.project_id, on_purpose, source);
    }
    report(logged_message(*record), false);
  } catch (const Error& error) {
    report(error_message(error), true);
    show_error_dialog(this, _("Cannot log the revision"), error);
    return;
  }
  context_.changed();
}

bool RevisionsPage::ask_to_count_unchanged(const workflow::NothingChanged& refused) {
  const wxString file = to_wx(refused.subject());
  if (refused.same_bytes()) {
    const wxString said = wxString::Format(
        // TRANSLATORS: the client sent a file already logged; file name, the revision it repeats
        _("%s is the same file, byte for byte, as revision %d. It changes nothing, so it was not logged and "
          "uses no round."),
        file, refused.same_as());
    report(said, true);
    message_box(said, _("Nothing changed"), wxOK | wxICON_INFORMATION, this);
    return false;
  }
  const wxString asked = wxString::Format(
      // TRANSLATORS: the file has other bytes but the same words (or pixels); file name, revision number
      _("%s changes nothing against revision %d: the same words (or pixels), saved again. It was not logged, "
        "so that it does not use up a round.\n\nCount it as a round all the same?"),
      file, refused.same_as());
  const bool count =
      message_box(asked, _("Nothing changed"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
  if (!count) report(asked.BeforeFirst('\n'), true);
  return count;
}

bool RevisionsPage::busy() const {
  return task_ != nullptr && task_->running();
}

void RevisionsPage::report(const wxString& message, bool problem) {
  message_->SetLabel(message);
  message_->SetForegroundColour(problem ? wxColour(0xB0, 0x1C, 0x1C)
                                        : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
  message_->Show(!message.empty());
  Layout();
}

void RevisionsPage::on_toggle_counted() {
  const model::TimelineRow* row = selected_row();
  if (row == nullptr) return;
  const int number = row->number;
  std::optional<std::string> reason;
  if (row->counted) {
    wxTextEntryDialog ask(this,
                          wxString::Format(_("Why does revision %d not count? The reason is kept in the "
                                             "project's record, and later revisions are measured again."),
                                           number),
                          _("Mark not counted"));
    label_standard_buttons(&ask);
    if (ask.ShowModal() != wxID_OK) return;
    reason = to_utf8(ask.GetValue().Strip(wxString::both));
    if (reason->empty()) {
      message_box(_("A reason is needed: it goes into the project's record."), _("Mark not counted"),
                  wxOK | wxICON_INFORMATION, this);
      return;
    }
  } else if (message_box(wxString::Format(_("Count revision %d as a revision round again? Later revisions "
                                            "are measured again."),
                                          number),
                         _("Count again"), wxYES_NO | wxICON_QUESTION, this) != wxYES) {
    return;
  }
  try {
    wxBusyCursor wait;
    workflow::mark_revision(context_.db, context_.project_id, number, reason);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot change the revision"), error);
    return;
  }
  report(reason ? wxString::Format(_("Revision %d no longer counts."), number)
                : wxString::Format(_("Revision %d counts again."), number),
         false);
  context_.changed();
}

bool RevisionsPage::select_revision(int number) {
  for (std::size_t i = 0; i < timeline_.rows.size(); ++i) {
    if (timeline_.rows[i].number != number) continue;
    list_->SelectRow(static_cast<unsigned>(i));
    update_buttons();
    return true;
  }
  return false;
}

bool RevisionsPage::withdraw_selected() {
  const model::TimelineRow* row = selected_row();
  if (row == nullptr || !withdraw_->IsEnabled()) return false;
  const wxString done = withdraw_asking_reason(this, context_.db, context_.project_id, row->number);
  if (done.empty()) return true;
  report(done, false);
  context_.changed();
  return true;
}

bool RevisionsPage::restore_selected() {
  const model::TimelineRow* row = selected_row();
  if (row == nullptr || !restore_->IsEnabled()) return false;
  const wxString done = restore_withdrawn(this, context_.db, context_.project_id, row->number);
  if (done.empty()) return true;
  report(done, false);
  context_.changed();
  return true;
}

void RevisionsPage::on_save_original() {
  const model::TimelineRow* row = selected_row();
  if (row == nullptr) return;
  const int number = row->number;
  wxFileDialog dialog(this, _("Save the original file as"), wxEmptyString, to_wx(row->file_name),
                      wxFileSelectorDefaultWildcardStr, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  try {
    // The dialog has asked before replacing a file; the ledger's own files are refused all the same.
    write_output_file(to_utf8(dialog.GetPath()),
                      ledger::revision_original(context_.db, context_.project_id, number),
                      {true, ledger_files(context_.db.path()), ""});
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot save the file"), error);
  }
}

void RevisionsPage::on_context_menu(wxDataViewEvent&) {
  const model::TimelineRow* row = selected_row();
  if (row == nullptr) return;
  wxMenu menu;
  const int compare_id = wxWindow::NewControlId(), counted_id = wxWindow::NewControlId(),
            withdraw_id = wxWindow::NewControlId(), restore_id = wxWindow::NewControlId(),
            save_id = wxWindow::NewControlId();
  menu.Append(compare_id, _("Compare with previous"))->Enable(row->against.has_value());
  menu.Append(counted_id, row->counted || row->withdrawn() ? _("Mark not counted...") : _("Count again..."))
      ->Enable(counted_->IsEnabled());
  menu.Append(withdraw_id, _("Withdraw..."))->Enable(withdraw_->IsEnabled());
  menu.Append(restore_id, _("Restore"))->Enable(restore_->IsEnabled());
  menu.Append(save_id, _("Save original file as..."));
  const int chosen = GetPopupMenuSelectionFromUser(menu);
  if (chosen == compare_id) {
    context_.compare_revision(row->number);
  } else if (chosen == counted_id) {
    on_toggle_counted();
  } else if (chosen == withdraw_id) {
    withdraw_selected();
  } else if (chosen == restore_id) {
    restore_selected();
  } else if (chosen == save_id) {
    on_save_original();
  }
}

void RevisionsPage::forget_message() {
  report(wxEmptyString, false);
}

}  // namespace sk::gui
