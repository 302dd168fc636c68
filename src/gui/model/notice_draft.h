// The logic behind the Notices tab, without wxWidgets: the rows of the notices sent, what the policy calls
// for on a revision (the kind and language the tab starts with), and the draft the freelancer reviews —
// the text as edited, its tone remarks in character positions, whether it changed, the PDF of the edited
// text, and recording it as sent (PDF written, notice stored).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/database.h"
#include "ledger/history.h"
#include "notice/notice_facts.h"
#include "notice/notice_pdf.h"
#include "notice/render_notice.h"
#include "workflow/notice_workflow.h"

namespace sk::notice {
class ToneChecker;
}

namespace sk::gui::model {

// ---- The notices sent -------------------------------------------------------------------------------

// One row of the list of notices sent.
struct SentNoticeRow {
  std::int64_t id = 0;
  std::string date;                          // "YYYY-MM-DD" (UTC), from created_at
  std::string created_at;                    // as stored: UTC ISO 8601, "2026-11-23T20:41:07.123Z"
  std::string kind;                          // as stored: "over-scope", …
  std::optional<notice::NoticeKind> parsed;  // none for a kind this build does not know
  std::string language;                      // "en", "ko", "ro"
  std::optional<int> revision;               // the revision it answered
  std::int64_t pdf_bytes = 0;                // 0: text only, no PDF stored
  std::string text;                          // the text as sent: subject, blank line, body
};

// The project's notices, newest first.
std::vector<SentNoticeRow> sent_notice_rows(const ledger::ProjectHistory& history);

// "2026-11-23, over-scope, en, revision 2, PDF 98 KB" (or "text only"): a row as one line.
std::string describe_row(const SentNoticeRow& row);

// ---- What the policy calls for ----------------------------------------------------------------------

enum class PolicyVerdict {
  kCallsFor,          // the revision's status calls for policy_kind
  kNoRevisions,       // nothing logged yet: only a clarify notice can be written
  kNotCounted,        // the revision does not count
  kOriginalDelivery,  // round 0
  kWithinTerms,       // a counted round within the terms
};

// What the "new notice" controls start with for one revision of a project.
struct NoticePreselection {
  std::vector<int> revisions;   // the revision numbers to choose from, oldest first; never a withdrawn one
  std::optional<int> revision;  // the one chosen (default: the latest); none without such revisions
  std::optional<int> round;     // its round; none when not counted
  PolicyVerdict verdict = PolicyVerdict::kNoRevisions;
  std::optional<notice::NoticeKind> policy_kind;  // set when verdict == kCallsFor
  // The kinds that can be written: all of them, or only clarify when there are no revisions.
  std::vector<notice::NoticeKind> kinds;
  notice::NoticeKind kind =
      notice::NoticeKind::kClarify;  // policy_kind, else summary (clarify if no revisions)
  std::string language;              // the client's notice language
  bool project_closed = false;
};

// The preselection for `revision` (none, or one the project does not have or that was withdrawn: the latest
// that was not withdrawn). The language is the project's notice language, or `fallback_language` when no
// templates exist for it.
NoticePreselection preselect_notice(const ledger::ProjectHistory& history, std::optional<int> revision = {},
                                    const std::string& fallback_language = "en");

// The preselection as one English sentence, e.g. "The policy calls for an over-scope notice on revision 3
// (round 2)." or "No notice is called for: revision 2 (round 1) is within the agreed terms."
std::string policy_sentence(const NoticePreselection& preselection);

// ---- Character positions ----------------------------------------------------------------------------

// The number of code points in the first `byte_offset` bytes of `utf8` (clamped to its size). Text
// controls (wxTextCtrl on GTK, where wxString holds UTF-32) count positions in code points, not bytes.
std::size_t char_offset(std::string_view utf8, std::size_t byte_offset);

// ---- The draft --------------------------------------------------------------------------------------

enum class DraftField { kSubject, kBody };

// One tone finding, placed in the field it is in, in code points from the start of that field.
struct ToneRemark {
  DraftField field = DraftField::kBody;
  std::size_t begin = 0;  // code points, end exclusive
  std::size_t end = 0;
  std::string category;    // refusal, blame, label, absolute, repeat, apology, superiority
  std::string excerpt;     // the offending words as written
  std::string suggestion;  // the gentler wording the rules suggest
};

// What is wrong with a draft's text before it can become a PDF.
enum class DraftProblem { kNone, kEmptySubject, kEmptyBody };

struct DraftRequest {
  std::optional<int> revision;             // none: the latest
  std::optional<notice::NoticeKind> kind;  // none: what the policy calls for (maybe nothing)
  std::string language;                    // empty: the client's notice language
  std::string reply_by;                    // optional YYYY-MM-DD the letter asks an answer by
  notice::FreelancerProfile freelancer;    // the letterhead and signature
  notice::PdfOptions pdf_options;
};

class NoticeDraft {
 public:
  // A draft of `generated` (REQUIRES: generated.called_for), tone-checked with the rules of its language
  // (TemplateStore::standard()). Throws sk::Error when the tone rules are missing or do not parse.
  NoticeDraft(workflow::GeneratedNotice generated, notice::PdfOptions pdf_options = {});
  ~NoticeDraft();
  NoticeDraft(NoticeDraft&&) noexcept;
  NoticeDraft& operator=(NoticeDraft&&) noexcept;

  notice::NoticeKind kind() const { return generated_.facts.kind; }
  const std::string& language() const { return generated_.facts.language; }
  const std::optional<int>& revision() const { return generated_.revision_number; }
  // What the policy calls for on that revision (to say when the freelancer chose another kind).
  const std::optional<notice::NoticeKind>& policy_kind() const { return generated_.policy_kind; }
  const workflow::GeneratedNotice& generated() const { return generated_; }

  const std::string& subject() const { return subject_; }
  const std::string& body() const { return body_; }

  // The freelancer's text, as the controls hold it (UTF-8; invalid bytes are replaced by U+FFFD, and line
  // breaks and tabs in the subject by one space each, so positions stay those of the control). Checks the
  // tone again.
  void edit(std::string subject, std::string body);
  // Back to the text as generated.
  void revert();
  // True when the text differs from the generated one.
  bool edited() const;

  // The tone check of the current text (subject + "\n" + body, as the CLI checks it), in order.
  const std::vector<ToneRemark>& remarks() const { return remarks_; }

  DraftProblem problem() const;

  // The current text as the PDF lays it out (notice::split_rendered of subject + blank line + body).
  notice::RenderedNotice rendered() const;
  // The text stored when the notice is recorded: subject, blank line, body.
  std::string stored_text() const;

  // The PDF of the current text (cached until the text changes). REQUIRES: problem() == kNone. Throws
  // sk::Error as notice::notice_pdf (a missing font names its Debian package).
  const std::string& pdf() const;

  // Writes the PDF to `pdf_path` and records the notice as sent (the current text and that PDF) in the
  // ledger, like `scopekeeper-cli notice -o` (see workflow::store_notice_with_pdf): the notice is stored
  // exactly when the file was written. An existing file is replaced only when `replace` (the user said so);
  // the ledger's own files, folders and special files never are. Returns the stored notice's id.
  // REQUIRES: problem() == kNone. Throws sk::Error (kInvalidInput or kIo naming the file, or as
  // workflow::store_notice), having written and stored nothing.
  std::int64_t issue(ledger::Database& db, std::int64_t project_id, const std::string& pdf_path,
                     bool replace) const;

  // The draft as plain English lines ("Draft: over-scope, en, revision 2", "Subject: …", "Tone remarks: 1",
  // one line per remark), for the GUI tests' describe().
  std::vector<std::string> describe() const;

 private:
  void check_tone();

  workflow::GeneratedNotice generated_;
  notice::PdfOptions pdf_options_;
  std::unique_ptr<notice::ToneChecker> checker_;
  std::string subject_, body_;
  std::vector<ToneRemark> remarks_;
  mutable std::string pdf_text_;  // the stored_text() the cached pdf_ was made from
  mutable std::string pdf_;
};

// Either a draft, or (when the kind was left to the policy and it calls for none) the sentence saying why.
struct DraftOutcome {
  std::optional<NoticeDraft> draft;
  std::string no_notice_reason;  // English, as the CLI prints it
};

// Generates the notice (workflow::generate_notice, without PDF: the PDF is made from the edited text) and
// opens a draft of it. Writes nothing. Throws sk::Error as generate_notice.
DraftOutcome write_draft(ledger::Database& db, std::int64_t project_id, const DraftRequest& request);

// ---- Files ------------------------------------------------------------------------------------------

// "<project>-<kind>-r<N>.pdf" ("<project>-<kind>.pdf" without a revision), with characters file systems
// refuse (/ \ : * ? " < > |, control characters) and runs of spaces turned into "-", the title cut to 60
// characters; "notice" when the title leaves nothing.
std::string default_pdf_name(const std::string& project_title, notice::NoticeKind kind,
                             std::optional<int> revision);
// The same for a stored notice, whose kind may be one this build does not know.
std::string default_pdf_name(const std::string& project_title, const std::string& kind,
                             std::optional<int> revision);

// Writes `bytes` as `name` in a folder of this process's own under the system's temporary folder (made
// once, private to the user), for opening in another program; returns the file's path. The file stays
// until the system clears its temporary folder, as the viewer may read it after this returns.
// Throws sk::Error(kIo).
std::string write_temp_file(const std::string& name, const std::string& bytes);

}  // namespace sk::gui::model
