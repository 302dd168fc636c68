// Writing the notice a revision calls for, from the ledger: choose the kind (what the policy calls for, or
// the one asked), fill the facts from the project's record and the stored texts, render, tone-check and lay
// out the PDF; then store it. Shared by `scopekeeper-cli notice` and the desktop app.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/output_file.h"
#include "ledger/database.h"
#include "notice/notice_facts.h"
#include "notice/notice_pdf.h"
#include "notice/render_notice.h"
#include "notice/tone_check.h"

namespace sk::workflow {

// The subject of the error thrown when the freelancer's name is not known, so that a front end can say
// where to set it.
inline constexpr const char* kNoNameSubject = "your name";

struct NoticeRequest {
  std::optional<int> revision;             // the revision answered; none: the latest not withdrawn
  std::optional<notice::NoticeKind> kind;  // none ("auto"): what the policy calls for on that revision
  std::string language;                    // "en", "ko", "ro"; empty: the client's notice language
  notice::FreelancerProfile freelancer;    // the letterhead and signature (see freelancer_profile.h)
  std::string reply_by;                    // optional YYYY-MM-DD: the day an answer is asked for
  bool with_pdf = true;                    // false: text only, no PDF bytes
  // An image revision's picture (re-measured from the stored originals) is filled in facts.picture when a
  // PDF is made here, or when this is set: the caller makes the PDF later (the window's drafts).
  bool with_picture = false;
  notice::PdfOptions pdf_options;
};

struct GeneratedNotice {
  // False when the kind was "auto" and nothing calls for a notice: then only `no_notice_reason`,
  // `revision_number` and `policy_kind` are set, and nothing should be written or stored.
  bool called_for = true;
  std::string no_notice_reason;        // one sentence for a person, e.g. "No notice is called for: …"
  std::optional<int> revision_number;  // the revision answered (none: a project without revisions)
  std::optional<notice::NoticeKind> policy_kind;  // what the policy calls for on that revision, if anything
  notice::NoticeFacts facts;
  notice::RenderedNotice text;
  std::vector<notice::ToneFinding> findings;  // the tone check of subject + body (warnings, not errors)
  std::string pdf;                            // empty when !with_pdf
};

// Prepares the notice; writes nothing. Throws sk::Error: kNotFound for an unknown project or revision, or a
// missing template or font; kInvalidInput for a withdrawn revision (subject "revision N"; logged by mistake,
// it is no round and no notice answers it), a language without templates, a heads-up / over-scope /
// rounds-exhausted / summary notice asked for a project without revisions, a reply-by date that is not a
// date or is before today, a profile's English other than en-GB or en-US, or no freelancer's name (subject
// kNoNameSubject: a letter is never written unsigned); kUnsupported when the PDF fails.
GeneratedNotice generate_notice(ledger::Database& db, std::int64_t project_id, const NoticeRequest& request);

// The notice's text as stored and printed: the subject, a blank line, the body.
std::string notice_text(const notice::RenderedNotice& text);

// Stores a generated notice (kind, language, text, PDF bytes, the revision it answers) and logs
// "notice.issued", in one transaction. Returns the notice's id. REQUIRES: notice.called_for.
// Throws sk::Error as ledger::add_notice.
std::int64_t store_notice(ledger::Database& db, std::int64_t project_id, const GeneratedNotice& notice);

// Writes the notice's PDF to `output` (checked with OutputFile::check before the notice was made) and
// stores the notice, so that the ledger holds the notice exactly when the file was written: the PDF is
// prepared beside the target, the notice stored, and the file put in place before the ledger's transaction
// commits (a new file is removed again if that commit fails). Returns the notice's id. `email`, when
// given, is written the same way with `email_bytes` (the draft message with the PDF attached): both files
// or neither, and the notice stored exactly when they are.
// REQUIRES: notice.called_for and a PDF. Throws sk::Error: kIo or kInvalidInput (the file) when it cannot
// be written; as store_notice.
std::int64_t store_notice_with_pdf(ledger::Database& db, std::int64_t project_id,
                                   const GeneratedNotice& notice, OutputFile& output,
                                   OutputFile* email = nullptr, std::string_view email_bytes = {});

}  // namespace sk::workflow
