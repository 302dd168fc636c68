// The Notices tab of the project window. Left, the notices sent (sent_notices_panel.h). Right, a new
// notice: the revision, kind and language (preselected by what the policy calls for), the draft's subject
// and text to edit, the tone check's remarks highlighted in the text and listed with the suggested wording
// (checked again as the freelancer types; tone_remarks_view.h), a PDF preview, and "Save PDF and record as
// sent". The logic is model/notice_draft.h; the words shown for kinds, languages and the policy are
// notice_words.h.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/string.h>
#include <wx/timer.h>

#include "model/notice_draft.h"
#include "project_page.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxCommandEvent;
class wxStaticText;
class wxTextCtrl;

namespace sk::gui {

class DateField;

class SentNoticesPanel;
class ToneRemarksView;

class NoticesPage : public ProjectPage {
 public:
  NoticesPage(wxWindow* parent, ProjectContext& context);
  ~NoticesPage() override;

  void show(const ledger::ProjectHistory& history) override;
  // Lines: "Notices sent: N", one "Notice: …" per row (newest first), "Selected: …", "Project: closed",
  // "New notice: revision N, <kind>, <language>", "Policy: <sentence>", then the draft ("Draft: <kind>,
  // <language>, revision N", "Edited: yes|no", "Subject: …", "Tone remarks: N", "Remark: …") or
  // "Draft: none" (and "No notice: <reason>" after a generate() that found nothing called for). English
  // and codes, whatever the interface language, so test scripts do not depend on it.
  std::string describe() const override;
  // Prepares a new notice for the latest revision (kind and language as the policy calls for) and lets
  // the freelancer review and edit it (menu Project > Generate notice, Ctrl+G). When the policy calls for
  // none, the page says why and the freelancer may choose a kind and write one anyway.
  void generate();
  // The draft being edited (after generate()) saved as a PDF at `pdf_path` and recorded in the ledger as
  // sent — what "Save PDF…" does once the file dialog has answered. False (after showing why) when there
  // is no draft or it cannot be written.
  // `replace`: the user agreed to replace an existing file of that name.
  // The sent notices (their email actions, for the GUI tests).
  SentNoticesPanel* sent_panel() { return sent_; }
  bool issue_to(const std::string& pdf_path, bool replace);
  // Ticks "Ask for an answer by" with the day `iso` (YYYY-MM-DD), as a person would; for test scripts.
  void set_reply_by(const std::string& iso);

 private:
  wxWindow* build_new(wxWindow* parent);

  // The new-notice choices.
  const model::NoticePreselection* chosen_preset() const;
  void fill_revision_choice(std::optional<int> keep);
  void fill_kind_choice();
  void fill_language_choice();
  void update_policy_line();
  std::optional<notice::NoticeKind> chosen_kind() const;
  std::string chosen_language() const;
  void on_revision_chosen(wxCommandEvent& event);
  void on_write_draft(wxCommandEvent& event);

  // The draft.
  bool open_draft(std::optional<notice::NoticeKind> kind);
  bool confirm_discard();
  // The controls' text into the draft; when it changed, the tone check's result shown at once (the timer's
  // pending check is this one).
  void sync_draft();
  void show_draft();
  void show_remarks();
  void update_draft_heading();
  void update_buttons();
  bool draft_ready_for_pdf();
  void on_text_edited(wxCommandEvent& event);
  void on_tone_timer(wxTimerEvent& event);
  void on_revert(wxCommandEvent& event);
  void on_discard(wxCommandEvent& event);
  void on_preview(wxCommandEvent& event);
  void on_save_and_record(wxCommandEvent& event);

  void set_hint(const wxString& text);
  void rewrap();
  void show_error(const wxString& title, const std::string& message);

  // What show() handed over, kept as plain values (the history itself lives only until the next call).
  ledger::ProjectDetails project_;
  std::vector<model::NoticePreselection> presets_;  // one per revision choice (one without revisions)
  bool shown_ = false;
  bool revision_chosen_ = false;  // the freelancer picked these; show() keeps them where it can
  bool kind_chosen_ = false;
  bool language_chosen_ = false;

  std::optional<model::NoticeDraft> draft_;
  std::string no_notice_reason_;  // after generate() found nothing called for (English, from core)
  wxTimer tone_timer_;

  // The texts of the wrapped labels, wrapped again when the panel is resized.
  wxString policy_text_, hint_text_, heading_text_, note_text_;
  bool sash_placed_ = false;

  SentNoticesPanel* sent_ = nullptr;
  // New notice.
  wxWindow* new_panel_ = nullptr;
  wxChoice* revision_choice_ = nullptr;
  wxChoice* kind_choice_ = nullptr;
  wxChoice* language_choice_ = nullptr;
  wxCheckBox* reply_by_check_ = nullptr;  // ask the client to answer by a date
  DateField* reply_by_ = nullptr;
  wxButton* write_button_ = nullptr;
  wxStaticText* policy_line_ = nullptr;
  wxStaticText* hint_ = nullptr;
  wxWindow* draft_panel_ = nullptr;
  wxStaticText* draft_heading_ = nullptr;
  wxStaticText* draft_note_ = nullptr;
  wxTextCtrl* subject_ = nullptr;
  wxTextCtrl* body_ = nullptr;
  std::unique_ptr<ToneRemarksView> tone_remarks_;  // its summary and list are in draft_panel_
  wxButton* revert_button_ = nullptr;
  wxButton* discard_button_ = nullptr;
  wxButton* preview_button_ = nullptr;
  wxButton* save_button_ = nullptr;
  std::vector<notice::NoticeKind> kind_items_;  // what kind_choice_ lists, in order
};

}  // namespace sk::gui
