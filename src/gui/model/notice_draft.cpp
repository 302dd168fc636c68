// The Notices tab's logic; see notice_draft.h.
#include "model/notice_draft.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "common/output_file.h"
#include "notice/template_store.h"
#include "notice/tone_check.h"
#include "text/utf8.h"

namespace sk::gui::model {

namespace {

std::string with_article(const std::string& kind) {
  // "an over-scope notice", "a heads-up notice": the English article before a kind's name.
  const bool vowel = !kind.empty() && std::strchr("aeiou", kind[0]) != nullptr;
  return (vowel ? "an " : "a ") + kind;
}

bool has_templates(const std::string& language) {
  const auto& languages = notice::shipped_languages();
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

// `text` with every byte that is not part of well-formed UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string text) {
  std::size_t from = 0;
  for (;;) {
    const std::size_t bad = text::find_invalid_utf8(std::string_view(text).substr(from));
    if (bad == std::string_view::npos) return text;
    text.replace(from + bad, 1, "\xEF\xBF\xBD");
    from += bad + 3;
  }
}

// One line: line breaks and tabs become spaces, one for one, so positions in the control stay valid (the
// outer spaces go when the PDF is laid out).
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return text;
}

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string kb(std::int64_t bytes) {
  return std::to_string((bytes + 1023) / 1024) + " KB";
}

// A piece of a file name: characters file systems refuse become "-", runs of them collapse, and the result
// is cut to `max_chars` code points (never inside one).
std::string file_name_piece(const std::string& text, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  bool dash = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool continuation = (c & 0xC0) == 0x80;
    if (!continuation && chars == max_chars) break;
    const bool refused = c < 0x20 || c == 0x7F || c == ' ' || std::strchr("/\\:*?\"<>|", c) != nullptr;
    if (refused) {
      if (!dash && !out.empty()) out += '-';
      dash = true;
    } else {
      out += static_cast<char>(c);
      dash = false;
    }
    if (!continuation) ++chars;
  }
  while (!out.empty() && (out.back() == '-' || out.back() == '.')) out.pop_back();
  while (!out.empty() && out.front() == '.') out.erase(0, 1);  // no hidden files
  return out;
}

}  // namespace

// ---- The notices sent -------------------------------------------------------------------------------

std::vector<SentNoticeRow> sent_notice_rows(const ledger::ProjectHistory& history) {
  std::vector<SentNoticeRow> rows;
  rows.reserve(history.notices.size());
  for (auto it = history.notices.rbegin(); it != history.notices.rend(); ++it) {
    SentNoticeRow row;
    row.id = it->id;
    row.date = it->created_at.substr(0, 10);
    row.created_at = it->created_at;
    row.kind = it->kind_name;
    row.parsed = it->kind;
    row.language = it->language;
    row.revision = it->revision_number;
    row.pdf_bytes = it->pdf_bytes;
    row.text = it->text;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string describe_row(const SentNoticeRow& row) {
  std::string line = row.date + ", " + row.kind + ", " + row.language;
  if (row.revision) line += ", revision " + std::to_string(*row.revision);
  line += row.pdf_bytes > 0 ? ", PDF " + kb(row.pdf_bytes) : ", text only";
  return line;
}

// ---- What the policy calls for ----------------------------------------------------------------------

NoticePreselection preselect_notice(const ledger::ProjectHistory& history, std::optional<int> revision,
                                    const std::string& fallback_language) {
  NoticePreselection out;
  out.project_closed = history.project.status == "closed";
  out.language = has_templates(history.project.language) ? history.project.language
                 : has_templates(fallback_language)      ? fallback_language
                                                         : "en";
  // A withdrawn revision was logged by mistake: no notice answers it (workflow::generate_notice refuses).
  const ledger::JudgedRevision* latest = nullptr;
  const ledger::JudgedRevision* asked = nullptr;
  for (const ledger::JudgedRevision& j : history.revisions) {
    if (!j.revision.withdrawn_on.empty()) continue;
    out.revisions.push_back(j.revision.number);
    latest = &j;
    if (revision && j.revision.number == *revision) asked = &j;
  }
  const ledger::JudgedRevision* chosen = asked != nullptr ? asked : latest;
  if (chosen == nullptr) {
    out.verdict = PolicyVerdict::kNoRevisions;
    out.kinds = {notice::NoticeKind::kClarify};
    out.kind = notice::NoticeKind::kClarify;
    return out;
  }
  out.kinds = notice::all_kinds();
  out.revision = chosen->revision.number;
  out.round = chosen->round;
  out.policy_kind = chosen->notice_kind;
  if (out.policy_kind) {
    out.verdict = PolicyVerdict::kCallsFor;
    out.kind = *out.policy_kind;
  } else {
    out.verdict = !chosen->round        ? PolicyVerdict::kNotCounted
                  : *chosen->round == 0 ? PolicyVerdict::kOriginalDelivery
                                        : PolicyVerdict::kWithinTerms;
    out.kind = notice::NoticeKind::kSummary;
  }
  return out;
}

std::string policy_sentence(const NoticePreselection& p) {
  if (p.verdict == PolicyVerdict::kNoRevisions) {
    return "No notice is called for: no revisions are logged yet; a clarify notice can still be written.";
  }
  const std::string revision = "revision " + std::to_string(p.revision.value_or(0));
  const std::string round = p.round ? " (round " + std::to_string(*p.round) + ")" : "";
  switch (p.verdict) {
    case PolicyVerdict::kCallsFor:
      return "The policy calls for " + with_article(notice::to_string(*p.policy_kind)) + " notice on " +
             revision + round + ".";
    case PolicyVerdict::kNotCounted:
      return "No notice is called for: " + revision + " is not counted.";
    case PolicyVerdict::kOriginalDelivery:
      return "No notice is called for: " + revision + " is the original delivery (round 0).";
    case PolicyVerdict::kWithinTerms:
    case PolicyVerdict::kNoRevisions:
      break;
  }
  return "No notice is called for: " + revision + round + " is within the agreed terms.";
}

// ---- Character positions ----------------------------------------------------------------------------

std::size_t char_offset(std::string_view utf8, std::size_t byte_offset) {
  const std::size_t end = std::min(byte_offset, utf8.size());
  std::size_t chars = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) ++chars;
  }
  return chars;
}

// ---- The draft --------------------------------------------------------------------------------------

NoticeDraft::NoticeDraft(workflow::GeneratedNotice generated, notice::PdfOptions pdf_options)
    : generated_(std::move(generated)),
      pdf_options_(pdf_options),
      checker_(std::make_unique<notice::ToneChecker>(
          notice::ToneChecker::load(generated_.facts.language, notice::TemplateStore::standard()))),
      subject_(generated_.text.subject),
      body_(generated_.text.body) {
  check_tone();
}

NoticeDraft::~NoticeDraft() = default;
NoticeDraft::NoticeDraft(NoticeDraft&&) noexcept = default;
NoticeDraft& NoticeDraft::operator=(NoticeDraft&&) noexcept = default;

void NoticeDraft::edit(std::string subject, std::string body) {
  subject_ = one_line(valid_utf8(std::move(subject)));
  body_ = valid_utf8(std::move(body));
  check_tone();
}

void NoticeDraft::revert() {
  subject_ = generated_.text.subject;
  body_ = generated_.text.body;
  check_tone();
}

bool NoticeDraft::edited() const {
  return subject_ != generated_.text.subject || body_ != generated_.text.body;
}

void NoticeDraft::check_tone() {
  // The same text the CLI checks: subject, one line break, body. Offsets past the subject (and its line
  // break) belong to the body.
  const std::string checked = subject_ + "\n" + body_;
  const std::size_t body_start = subject_.size() + 1;
  remarks_.clear();
  for (const notice::ToneFinding& f : checker_->check(checked)) {
    ToneRemark remark;
    remark.category = f.category;
    remark.excerpt = f.excerpt;
    remark.suggestion = f.suggestion;
    if (f.begin < subject_.size()) {
      remark.field = DraftField::kSubject;
      remark.begin = char_offset(subject_, f.begin);
      remark.end = char_offset(subject_, std::min(f.end, subject_.size()));  // a span never leaves its field
    } else {
      const std::size_t begin = std::max(f.begin, body_start) - body_start;
      remark.field = DraftField::kBody;
      remark.begin = char_offset(body_, begin);
      remark.end = char_offset(body_, f.end > body_start ? f.end - body_start : 0);
    }
    if (remark.end <= remark.begin) remark.end = remark.begin + 1;
    remarks_.push_back(std::move(remark));
  }
}

DraftProblem NoticeDraft::problem() const {
  if (blank(subject_)) return DraftProblem::kEmptySubject;
  if (blank(body_)) return DraftProblem::kEmptyBody;
  return DraftProblem::kNone;
}

notice::RenderedNotice NoticeDraft::rendered() const {
  // split_rendered takes the first non-empty line as the subject; the subject is one non-blank line here,
  // so the body stays the body.
  return notice::split_rendered(subject_ + "\n\n" + body_);
}

std::string NoticeDraft::stored_text() const {
  return workflow::notice_text(rendered());
}

const std::string& NoticeDraft::pdf() const {
  const std::string text = stored_text();
  if (pdf_.empty() || text != pdf_text_) {
    pdf_ = notice::notice_pdf(generated_.facts, rendered(), pdf_options_);
    pdf_text_ = text;
  }
  return pdf_;
}

std::int64_t NoticeDraft::issue(ledger::Database& db, std::int64_t project_id, const std::string& pdf_path,
                                bool replace) const {
  if (problem() != DraftProblem::kNone) {
    throw Error(ErrorKind::kInvalidInput, "notice",
                problem() == DraftProblem::kEmptySubject ? "the subject is empty" : "the text is empty");
  }
  OutputFile output = OutputFile::check(pdf_path, {replace, ledger_files(db.path()), ""});
  workflow::GeneratedNotice notice = generated_;
  notice.text = rendered();
  notice.findings.clear();
  notice.pdf = pdf();

  return workflow::store_notice_with_pdf(db, project_id, notice, output);
}

std::vector<std::string> NoticeDraft::describe() const {
  std::string head = std::string("Draft: ") + notice::to_string(kind()) + ", " + language();
  if (revision()) head += ", revision " + std::to_string(*revision());
  std::vector<std::string> lines = {head};
  lines.push_back(std::string("Edited: ") + (edited() ? "yes" : "no"));
  lines.push_back("Subject: " + subject_);
  lines.push_back("Tone remarks: " + std::to_string(remarks_.size()));
  for (const ToneRemark& r : remarks_) {
    lines.push_back("Remark: " + r.category + ", " + (r.field == DraftField::kSubject ? "subject" : "body") +
                    " " + std::to_string(r.begin) + "-" + std::to_string(r.end) + ": \"" + r.excerpt +
                    "\" — " + r.suggestion);
  }
  return lines;
}

DraftOutcome write_draft(ledger::Database& db, std::int64_t project_id, const DraftRequest& request) {
  workflow::NoticeRequest ask;
  ask.revision = request.revision;
  ask.kind = request.kind;
  ask.language = request.language;
  ask.freelancer = request.freelancer;
  ask.reply_by = request.reply_by;
  ask.with_pdf = false;  // made from the edited text, when asked for
  ask.with_picture = true;
  ask.pdf_options = request.pdf_options;
  workflow::GeneratedNotice generated = workflow::generate_notice(db, project_id, ask);
  DraftOutcome out;
  if (!generated.called_for) {
    out.no_notice_reason = generated.no_notice_reason;
    return out;
  }
  out.draft.emplace(std::move(generated), request.pdf_options);
  return out;
}

// ---- Files ------------------------------------------------------------------------------------------

std::string default_pdf_name(const std::string& project_title, const std::string& kind,
                             std::optional<int> revision) {
  std::string title = file_name_piece(project_title, 60);
  if (title.empty()) title = "notice";
  std::string name = title + "-" + file_name_piece(kind, 40);
  if (revision) name += "-r" + std::to_string(*revision);
  return name + ".pdf";
}

std::string default_pdf_name(const std::string& project_title, notice::NoticeKind kind,
                             std::optional<int> revision) {
  return default_pdf_name(project_title, std::string(notice::to_string(kind)), revision);
}

std::string write_temp_file(const std::string& name, const std::string& bytes) {
  // mkdtemp makes a fresh folder only this user can enter, so another user of a shared /tmp cannot place a
  // file or link where the viewer will look.
  static const std::string folder = [] {
    std::error_code ignored;
    std::filesystem::path base = std::filesystem::temp_directory_path(ignored);
    if (base.empty()) base = "/tmp";
    std::string pattern = (base / "scopekeeper-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) return std::string();
    return pattern;
  }();
  if (folder.empty()) throw Error(ErrorKind::kIo, "temporary folder", "cannot make a folder for the file");
  const std::string path = (std::filesystem::path(folder) / file_name_piece(name, 120)).string();
  write_output_file(path, bytes, {true, {}, ""});  // a name in our own fresh folder
  return path;
}

}  // namespace sk::gui::model
