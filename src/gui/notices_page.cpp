// The Notices tab; see notices_page.h.
//
// Generating a draft, building its PDF and recording it run on the UI thread under a busy cursor, not
// through BackgroundTask: they take 25–200 ms (the Korean PDF is the slowest, docs/notices.md), shorter
// than the delay before BackgroundTask's progress dialog would even appear, so a worker thread would add a
// second ledger connection and an asynchronous result (issue_to() must answer true or false at once) for
// no visible gain. The tone check of the freelancer's edits is a few regular expressions over a page of
// text (well under a millisecond) and runs on a debounce timer.
#include "notices_page.h"
#include "date_field.h"
#include "error_text.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <iterator>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/htmllbox.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/wrapsizer.h>

#include "common/error.h"
#include "form.h"
#include "name_prompt.h"
#include "notice_words.h"
#include "sent_notices_panel.h"
#include "settings.h"
#include "tone_remarks_view.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

using notice::NoticeKind;

constexpr int kToneDelayMs = 400;  // re-check this long after the last keystroke

}  // namespace

NoticesPage::NoticesPage(wxWindow* parent, ProjectContext& context)
    : ProjectPage(parent, context), tone_timer_(this) {
  auto* splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                        wxSP_LIVE_UPDATE | wxSP_3DSASH | wxSP_NOBORDER);
  splitter->SetMinimumPaneSize(FromDIP(260));
  splitter->SetSashGravity(0.4);
  // The new notice is created first, so that its controls come first in the keyboard order.
  wxWindow* new_notice = build_new(splitter);
  sent_ = new SentNoticesPanel(splitter, context_.db, context_.settings);
  splitter->SplitVertically(sent_, new_notice);
  // The splitter has its real width only once the window is laid out: the sent notices get 40 % of it then,
  // the draft (where the work is) the rest.
  splitter->Bind(wxEVT_SIZE, [this, splitter](wxSizeEvent& event) {
    event.Skip();
    const int width = event.GetSize().GetWidth();
    if (!sash_placed_ && width > FromDIP(600)) {
      sash_placed_ = true;
      // After the splitter's own size handler, which would move the sash again by its gravity.
      CallAfter([splitter, width] { splitter->SetSashPosition(width * 2 / 5); });
    }
  });

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(splitter, wxSizerFlags(1).Expand());
  SetSizer(sizer);

  Bind(wxEVT_TIMER, &NoticesPage::on_tone_timer, this, tone_timer_.GetId());
  show_draft();  // no draft yet: the hint says how to write one
}

NoticesPage::~NoticesPage() {
  tone_timer_.Stop();
}

// ---- Layout -----------------------------------------------------------------------------------------

wxWindow* NoticesPage::build_new(wxWindow* parent) {
  auto* panel = new wxPanel(parent);
  new_panel_ = panel;
  panel->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    CallAfter([this] { rewrap(); });
  });
  const int gap = FromDIP(10);

  auto* heading = bold_label(panel, _("New notice"));

  revision_choice_ = new wxChoice(panel, wxID_ANY);
  revision_choice_->Bind(wxEVT_CHOICE, &NoticesPage::on_revision_chosen, this);
  kind_choice_ = new wxChoice(panel, wxID_ANY);
  kind_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { kind_chosen_ = true; });
  language_choice_ = new wxChoice(panel, wxID_ANY);
  for (const Language& language : languages())
    language_choice_->Append(to_wx(std::string(language.native_name)));
  language_choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { language_chosen_ = true; });
  // An optional date the letter asks the client to answer by (a week from today to start with).
  auto* reply_row = new wxPanel(panel);
  reply_by_check_ = new wxCheckBox(reply_row, wxID_ANY, _("Ask for an answer by"));
  reply_by_check_->SetToolTip(_("The letter names this date as the day you would like an answer by"));
  reply_by_ = new DateField(reply_row, wxDateTime::Today() + wxDateSpan::Week());
  reply_by_->set_range(wxDateTime::Today(), wxDefaultDateTime);
  reply_by_->Enable(false);
  reply_by_check_->Bind(wxEVT_CHECKBOX,
                        [this](wxCommandEvent& event) { reply_by_->Enable(event.IsChecked()); });
  auto* reply_sizer = new wxBoxSizer(wxHORIZONTAL);
  reply_sizer->Add(reply_by_check_, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
  reply_sizer->Add(reply_by_, wxSizerFlags().CentreVertical());
  reply_row->SetSizer(reply_sizer);
  write_button_ = new wxButton(panel, wxID_ANY, _("Write draft"));
  write_button_->SetToolTip(_("Write the notice from its template, to review and edit before the PDF"));
  write_button_->Bind(wxEVT_BUTTON, &NoticesPage::on_write_draft, this);

  auto* choices = new wxFlexGridSizer(2, wxSize(FromDIP(8), FromDIP(6)));
  choices->AddGrowableCol(1, 1);
  add_row(choices, panel, _("Revision:"), revision_choice_);
  add_row(choices, panel, _("Kind:"), kind_choice_);
  add_row(choices, panel, _("Language:"), language_choice_);
  add_row(choices, panel, _("Reply:"), reply_row);

  policy_line_ = new wxStaticText(panel, wxID_ANY, wxEmptyString);
  hint_ = new wxStaticText(panel, wxID_ANY, wxEmptyString);
  hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

  // The draft: hidden until there is one.
  auto* draft = new wxPanel(panel);
  draft_panel_ = draft;
  draft_heading_ = new wxStaticText(draft, wxID_ANY, wxEmptyString);
  draft_heading_->SetFont(draft_heading_->GetFont().Bold());
  draft_note_ = new wxStaticText(draft, wxID_ANY, wxEmptyString);
  draft_note_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

  subject_ = new wxTextCtrl(draft, wxID_ANY);
  subject_->Bind(wxEVT_TEXT, &NoticesPage::on_text_edited, this);
  body_ = new wxTextCtrl(draft, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 200)),
                         wxTE_MULTILINE | wxTE_RICH2 | wxTE_WORDWRAP);
  body_->SetMinSize(FromDIP(wxSize(-1, 140)));
  body_->Bind(wxEVT_TEXT, &NoticesPage::on_text_edited, this);
  auto* subject_row = new wxBoxSizer(wxHORIZONTAL);
  subject_row->Add(new wxStaticText(draft, wxID_ANY, _("Subject:")),
                   wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(8)));
  subject_row->Add(subject_, wxSizerFlags(1).CentreVertical());

  tone_remarks_ = std::make_unique<ToneRemarksView>(draft, subject_, body_);

  revert_button_ = new wxButton(draft, wxID_ANY, _("Undo my edits"));
  revert_button_->SetToolTip(_("Go back to the text as it was written from the template"));
  revert_button_->Bind(wxEVT_BUTTON, &NoticesPage::on_revert, this);
  discard_button_ = new wxButton(draft, wxID_ANY, _("Discard draft"));
  discard_button_->Bind(wxEVT_BUTTON, &NoticesPage::on_discard, this);
  preview_button_ = new wxButton(draft, wxID_ANY, _("Preview PDF"));
  preview_button_->SetToolTip(_("Make the PDF from the text as edited and show it in your PDF viewer"));
  preview_button_->Bind(wxEVT_BUTTON, &NoticesPage::on_preview, this);
  save_button_ = new wxButton(draft, wxID_ANY, _("Save PDF and record as sent..."));
  save_button_->SetToolTip(_("Save the PDF where you choose and add the notice to the project's record"));
  save_button_->Bind(wxEVT_BUTTON, &NoticesPage::on_save_and_record, this);
  // Two groups that wrap onto two lines when the pane is narrow.
  auto* draft_buttons = new wxWrapSizer(wxHORIZONTAL);
  const wxSizerFlags button_gap = wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(6));
  draft_buttons->Add(revert_button_, button_gap);
  draft_buttons->Add(discard_button_, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(24)));
  draft_buttons->Add(preview_button_, button_gap);
  draft_buttons->Add(save_button_, button_gap);

  auto* draft_column = new wxBoxSizer(wxVERTICAL);
  draft_column->Add(draft_heading_, wxSizerFlags().Expand());
  draft_column->Add(draft_note_, wxSizerFlags().Expand().Border(wxTOP, FromDIP(2)));
  draft_column->Add(subject_row, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
  draft_column->Add(body_, wxSizerFlags(3).Expand().Border(wxTOP, FromDIP(6)));
  draft_column->Add(tone_remarks_->summary(), wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
  draft_column->Add(tone_remarks_->list(), wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
  draft_column->Add(draft_buttons, wxSizerFlags().Expand().Border(wxTOP, FromDIP(8)));
  draft->SetSizer(draft_column);
  draft->Hide();

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(choices, wxSizerFlags(1).Expand());
  top->Add(write_button_, wxSizerFlags().Bottom().Border(wxLEFT, gap));

  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading, wxSizerFlags().Border(wxALL, gap));
  column->Add(top, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
  column->Add(policy_line_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(hint_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(draft, wxSizerFlags(1).Expand().Border(wxALL, gap));
  panel->SetSizer(column);
  return panel;
}

// ---- show() and describe() --------------------------------------------------------------------------

void NoticesPage::show(const ledger::ProjectHistory& history) {
  const bool same_project = shown_ && project_.id == history.project.id;
  if (!same_project) {
    revision_chosen_ = kind_chosen_ = language_chosen_ = false;
  }
  shown_ = true;
  project_ = history.project;

  std::optional<int> keep_revision;
  if (revision_chosen_) {
    if (const model::NoticePreselection* p = chosen_preset()) keep_revision = p->revision;
  }
  const std::string fallback_language = context_.settings.notice_language();
  presets_.clear();
  for (const ledger::JudgedRevision& j : history.revisions) {
    if (!j.revision.withdrawn_on.empty()) continue;  // logged by mistake: no notice answers it
    presets_.push_back(model::preselect_notice(history, j.revision.number, fallback_language));
  }
  if (presets_.empty()) presets_.push_back(model::preselect_notice(history, std::nullopt, fallback_language));

  sent_->show(project_.id, project_.title, model::sent_notice_rows(history));
  fill_revision_choice(keep_revision);
  fill_kind_choice();
  fill_language_choice();
  update_policy_line();
  update_buttons();
  Layout();
}

std::string NoticesPage::describe() const {
  std::string out = sent_->describe();
  if (project_.status == "closed") out += "Project: closed\n";
  if (const model::NoticePreselection* p = chosen_preset()) {
    const auto kind = chosen_kind();
    out += "New notice: ";
    out += p->revision ? "revision " + std::to_string(*p->revision) : std::string("no revision");
    out +=
        std::string(", ") + (kind ? notice::to_string(*kind) : "no kind") + ", " + chosen_language() + "\n";
    out += "Policy: " + model::policy_sentence(*p) + "\n";
  }
  if (reply_by_check_->IsChecked()) out += "Reply by: " + to_utf8(reply_by_->GetValue()) + "\n";
  if (draft_) {
    for (const std::string& line : draft_->describe()) out += line + "\n";
  } else {
    out += "Draft: none\n";
    if (!no_notice_reason_.empty()) out += "No notice: " + no_notice_reason_ + "\n";
  }
  return out;
}

// ---- The new-notice choices -------------------------------------------------------------------------

const model::NoticePreselection* NoticesPage::chosen_preset() const {
  if (presets_.empty()) return nullptr;
  const int index = revision_choice_->GetSelection();
  if (index < 0 || static_cast<std::size_t>(index) >= presets_.size()) return &presets_.back();
  return &presets_[static_cast<std::size_t>(index)];
}

void NoticesPage::fill_revision_choice(std::optional<int> keep) {
  revision_choice_->Clear();
  int select = -1;
  if (presets_.size() == 1 && !presets_[0].revision) {
    // TRANSLATORS: revision choice when the project has none
    revision_choice_->Append(_("(no revisions yet)"));
    select = 0;
  } else {
    for (std::size_t i = 0; i < presets_.size(); ++i) {
      revision_choice_->Append(revision_label(presets_[i]));
      if (keep && presets_[i].revision == keep) select = static_cast<int>(i);
    }
    if (select < 0) {
      select = static_cast<int>(presets_.size()) - 1;  // the latest
      revision_chosen_ = false;
    }
  }
  revision_choice_->SetSelection(select);
  revision_choice_->Enable(presets_.size() > 1 || presets_[0].revision.has_value());
}

void NoticesPage::fill_kind_choice() {
  const model::NoticePreselection* p = chosen_preset();
  const std::optional<NoticeKind> previous = kind_chosen_ ? chosen_kind() : std::nullopt;
  kind_choice_->Clear();
  kind_items_.clear();
  if (p == nullptr) return;
  int select = 0;
  for (NoticeKind kind : p->kinds) {
    wxString label = kind_name(kind);
    // TRANSLATORS: appended to the kind of notice the policy calls for, in the kind choice
    if (p->policy_kind == kind) label += " " + _("(as the policy calls for)");
    kind_choice_->Append(label);
    kind_items_.push_back(kind);
  }
  const NoticeKind want = previous.value_or(p->kind);
  const auto found = std::find(kind_items_.begin(), kind_items_.end(), want);
  if (found != kind_items_.end()) {
    select = static_cast<int>(found - kind_items_.begin());
  } else {
    const auto preset = std::find(kind_items_.begin(), kind_items_.end(), p->kind);
    select = preset != kind_items_.end() ? static_cast<int>(preset - kind_items_.begin()) : 0;
    kind_chosen_ = false;
  }
  kind_choice_->SetSelection(select);
  kind_choice_->Enable(kind_items_.size() > 1);
}

void NoticesPage::fill_language_choice() {
  if (language_chosen_ && language_choice_->GetSelection() >= 0) return;
  const model::NoticePreselection* p = chosen_preset();
  language_choice_->SetSelection(language_index(p ? p->language : "en"));
}

std::optional<NoticeKind> NoticesPage::chosen_kind() const {
  const int index = kind_choice_->GetSelection();
  if (index < 0 || static_cast<std::size_t>(index) >= kind_items_.size()) return std::nullopt;
  return kind_items_[static_cast<std::size_t>(index)];
}

std::string NoticesPage::chosen_language() const {
  const int index = language_choice_->GetSelection();
  return language_code_at(index);
}

void NoticesPage::update_policy_line() {
  const model::NoticePreselection* p = chosen_preset();
  policy_text_ = p ? policy_text(*p) : wxString();
  rewrap();
}

void NoticesPage::set_hint(const wxString& text) {
  hint_text_ = text;
  rewrap();
}

void NoticesPage::rewrap() {
  // wxStaticText wraps only where told: the texts are wrapped again to the panel's width on each resize.
  const int width = std::max(FromDIP(200), new_panel_->GetClientSize().GetWidth() - FromDIP(24));
  const std::pair<wxStaticText*, const wxString*> labels[] = {{policy_line_, &policy_text_},
                                                              {hint_, &hint_text_},
                                                              {draft_heading_, &heading_text_},
                                                              {draft_note_, &note_text_}};
  for (const auto& [label, text] : labels) {
    label->SetLabelText(*text);
    label->Wrap(width);
  }
  tone_remarks_->wrap(width);
  new_panel_->Layout();
}

void NoticesPage::on_revision_chosen(wxCommandEvent&) {
  revision_chosen_ = true;
  kind_chosen_ = false;  // another revision: what the policy calls for there
  fill_kind_choice();
  update_policy_line();
  Layout();
}

void NoticesPage::on_write_draft(wxCommandEvent&) {
  open_draft(chosen_kind());
}

// ---- The draft --------------------------------------------------------------------------------------

void NoticesPage::generate() {
  if (!shown_) return;
  revision_chosen_ = kind_chosen_ = language_chosen_ = false;
  if (!presets_.empty()) revision_choice_->SetSelection(static_cast<int>(presets_.size()) - 1);
  fill_kind_choice();
  fill_language_choice();
  update_policy_line();
  // Without revisions only a clarify notice can be written: ask for that rather than for nothing.
  const model::NoticePreselection* p = chosen_preset();
  open_draft(p && p->verdict == model::PolicyVerdict::kNoRevisions ? std::optional(NoticeKind::kClarify)
                                                                   : std::nullopt);
}

void NoticesPage::set_reply_by(const std::string& iso) {
  wxDateTime day;
  if (!day.ParseISODate(to_wx(iso))) return;
  reply_by_check_->SetValue(true);
  reply_by_->Enable(true);
  reply_by_->set_date(day);
}

bool NoticesPage::confirm_discard() {
  if (!draft_) return true;
  sync_draft();
  if (!draft_->edited()) return true;
  return message_box(_("The draft has edits that have not been saved. Discard them?"), _("Discard the draft"),
                     wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
}

bool NoticesPage::open_draft(std::optional<NoticeKind> kind) {
  if (!shown_ || !confirm_discard()) return false;
  const model::NoticePreselection* p = chosen_preset();
  model::DraftRequest request;
  request.revision = p ? p->revision : std::nullopt;
  request.kind = kind;
  request.language = chosen_language();
  if (reply_by_check_->IsChecked()) {
    const wxDateTime day = reply_by_->date();
    if (!day.IsValid() || !reply_by_->in_range(day)) {
      message_box(wxString::Format(_("The day to answer by must be today or later, written like %s."),
                                   date_example()),
                  _("Ask for an answer by"), wxOK | wxICON_INFORMATION, this);
      return false;
    }
    request.reply_by = to_utf8(day.FormatISODate());
  }
  // A notice is signed: without a name in the profile, the window asks for it once.
  if (!ensure_profile_name(this, context_.settings)) return false;
  const Profile profile = context_.settings.profile();
  request.freelancer = {profile.name,  profile.business,  profile.email,
                        profile.phone, profile.logo_path, profile.english};

  model::DraftOutcome outcome;
  try {
    wxBusyCursor busy;
    outcome = model::write_draft(context_.db, context_.project_id, request);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot write the notice"), error);
    return false;
  } catch (const std::exception& error) {
    show_error(_("Cannot write the notice"), error.what());
    return false;
  }
  tone_timer_.Stop();
  draft_ = std::move(outcome.draft);
  no_notice_reason_ = outcome.no_notice_reason;
  show_draft();
  return draft_.has_value();
}

void NoticesPage::sync_draft() {
  if (!draft_) return;
  tone_timer_.Stop();
  const std::string subject = draft_->subject();
  const std::string body = draft_->body();
  draft_->edit(to_utf8(subject_->GetValue()), to_utf8(body_->GetValue()));
  // The tone check the timer had still to run (an edit less than kToneDelayMs ago) has now run on the new
  // text: its remarks, highlights, heading and buttons are shown before Preview, Save, Write draft or
  // Discard goes on.
  if (draft_->subject() == subject && draft_->body() == body) return;
  show_remarks();
  update_buttons();
}

void NoticesPage::show_draft() {
  if (draft_) {
    subject_->ChangeValue(to_wx(draft_->subject()));
    body_->ChangeValue(to_wx(draft_->body()));
    body_->SetInsertionPoint(0);
    body_->ShowPosition(0);
    set_hint(_("Review the text and change anything you like; the tone check reads along."));
    show_remarks();
  } else if (!no_notice_reason_.empty()) {
    set_hint(
        _("Nothing was written, as no notice is called for. To write one anyway, choose its kind above and "
          "click Write draft."));
  } else {
    set_hint(
        _("Choose the revision, the kind and the language, then click Write draft. You can "
          "edit the text before the PDF is made."));
  }
  draft_panel_->Show(draft_.has_value());
  update_draft_heading();
  update_buttons();
  rewrap();
}

void NoticesPage::show_remarks() {
  if (!draft_) return;
  tone_remarks_->show(draft_->remarks());
  update_draft_heading();
  rewrap();
}

void NoticesPage::update_draft_heading() {
  if (!draft_) {
    heading_text_.clear();
    note_text_.clear();
    return;
  }
  wxString heading;
  if (draft_->revision()) {
    // TRANSLATORS: heading of the draft: its kind, its language, and the revision it answers
    heading = wxString::Format(_("Draft: %s, %s, revision %d"), kind_name(draft_->kind()),
                               language_name(draft_->language()), *draft_->revision());
  } else {
    heading =
        // TRANSLATORS: heading of the draft: its kind and its language
        wxString::Format(_("Draft: %s, %s"), kind_name(draft_->kind()), language_name(draft_->language()));
  }
  // TRANSLATORS: added to the draft's heading once the freelancer changed its text
  if (draft_->edited()) heading += wxString::FromUTF8(" — ") + _("edited");
  heading_text_ = heading;

  wxString note;
  const NoticeKind kind = draft_->kind();
  const bool policy_kind = kind != NoticeKind::kSummary && kind != NoticeKind::kClarify;
  if (policy_kind && draft_->revision() && draft_->policy_kind() != kind) {
    note = draft_->policy_kind()
               // TRANSLATORS: %s is the kind of notice the policy calls for instead of the one written
               ? wxString::Format(_("The policy calls for another notice on this revision: %s."),
                                  kind_name(*draft_->policy_kind()))
               : _("The policy calls for no notice on this revision; this one is written as you chose.");
  }
  note_text_ = note;
  draft_note_->Show(!note.empty());
}

void NoticesPage::update_buttons() {
  write_button_->Enable(shown_ && !kind_items_.empty());
  const bool drafting = draft_.has_value();
  revert_button_->Enable(drafting && draft_->edited());
  discard_button_->Enable(drafting);
  preview_button_->Enable(drafting);
  save_button_->Enable(drafting);
}

bool NoticesPage::draft_ready_for_pdf() {
  if (!draft_) return false;
  sync_draft();
  switch (draft_->problem()) {
    case model::DraftProblem::kNone:
      return true;
    case model::DraftProblem::kEmptySubject:
      show_error(_("Cannot make the PDF"), to_utf8(_("The subject is empty. Write a subject line first.")));
      subject_->SetFocus();
      return false;
    case model::DraftProblem::kEmptyBody:
      show_error(_("Cannot make the PDF"), to_utf8(_("The text of the notice is empty.")));
      body_->SetFocus();
      return false;
  }
  return false;
}

void NoticesPage::on_text_edited(wxCommandEvent&) {
  if (draft_) tone_timer_.StartOnce(kToneDelayMs);
}

void NoticesPage::on_tone_timer(wxTimerEvent&) {
  sync_draft();
}

void NoticesPage::on_revert(wxCommandEvent&) {
  if (!draft_) return;
  tone_timer_.Stop();
  draft_->revert();
  show_draft();
}

void NoticesPage::on_discard(wxCommandEvent&) {
  if (!draft_ || !confirm_discard()) return;
  tone_timer_.Stop();
  draft_.reset();
  no_notice_reason_.clear();
  show_draft();
}

void NoticesPage::on_preview(wxCommandEvent&) {
  if (!draft_ready_for_pdf()) return;
  std::string path;
  try {
    wxBusyCursor busy;
    const std::string name = model::default_pdf_name(project_.title, draft_->kind(), draft_->revision());
    path = model::write_temp_file(name.substr(0, name.size() - 4) + "-preview.pdf", draft_->pdf());
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot make the PDF"), error);
    return;
  } catch (const std::exception& error) {
    show_error(_("Cannot make the PDF"), error.what());
    return;
  }
  open_pdf_in_viewer(this, path);
}

void NoticesPage::on_save_and_record(wxCommandEvent&) {
  if (!draft_ready_for_pdf()) return;
  const int remarks = static_cast<int>(draft_->remarks().size());
  if (remarks > 0 &&
      message_box(
          // TRANSLATORS: asked before saving a draft the tone check still has remarks about; %d is how many
          wxString::Format(wxPLURAL("The tone check still has %d remark about this draft. Save it and "
                                    "record it as sent anyway?",
                                    "The tone check still has %d remarks about this draft. Save it "
                                    "and record it as sent anyway?",
                                    remarks),
                           remarks),
          _("Tone check"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES) {
    return;
  }
  wxFileDialog dialog(this, _("Save the notice as PDF"), wxStandardPaths::Get().GetDocumentsDir(),
                      to_wx(model::default_pdf_name(project_.title, draft_->kind(), draft_->revision())),
                      _("PDF files (*.pdf)|*.pdf|All files|*"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  wxString path = dialog.GetPath();
  // The dialog asked about replacing the name it returned; a name given ".pdf" here is asked about again.
  bool replace = true;
  if (!path.Lower().EndsWith(".pdf")) {
    path += ".pdf";
    replace = !wxFileExists(path) ||
              message_box(
                  // TRANSLATORS: asked before a notice's PDF replaces a file; %s is the file's path
                  wxString::Format(_("%s already exists. Replace it?"), path), _("Save the notice as PDF"),
                  wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES;
    if (!replace) return;
  }
  issue_to(to_utf8(path), replace);
}

bool NoticesPage::issue_to(const std::string& pdf_path, bool replace) {
  if (!draft_) {
    show_error(_("Cannot record the notice"), to_utf8(_("There is no draft. Write one first.")));
    return false;
  }
  if (!draft_ready_for_pdf()) return false;
  std::int64_t id = 0;
  try {
    wxBusyCursor busy;
    id = draft_->issue(context_.db, context_.project_id, pdf_path, replace);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot record the notice"), error);
    return false;
  } catch (const std::exception& error) {
    show_error(_("Cannot record the notice"), error.what());
    return false;
  }
  tone_timer_.Stop();
  draft_.reset();
  no_notice_reason_.clear();
  show_draft();
  // TRANSLATORS: after saving a notice; %s is the PDF file's path
  set_hint(wxString::Format(_("Saved %s and recorded the notice as sent."), to_wx(pdf_path)));
  sent_->select_on_next_show(id);
  context_.changed();
  return true;
}

// ---- Helpers ----------------------------------------------------------------------------------------

void NoticesPage::show_error(const wxString& title, const std::string& message) {
  message_box(to_wx(message), title, wxOK | wxICON_ERROR, this);
}

}  // namespace sk::gui
