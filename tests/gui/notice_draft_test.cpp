// Tests of the Notices tab's model (src/gui/model/notice_draft.h) on a real in-memory ledger: what the
// policy preselects, tone remarks at the right character positions (Latin, Romanian, Korean), edits that
// reach the PDF and the stored text, recording a notice as sent, and the failures that must store nothing.
#include "model/notice_draft.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../ledger/ledger_fixtures.h"
#include "../ledger/temp_dir.h"
#include "common/error.h"
#include "ledger/dates.h"
#include "ledger/history.h"
#include "ledger/project_lifecycle.h"

namespace {

using namespace sk::gui::model;
using sk::ledger::Database;
using sk::ledger::load_history;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::ScopedEnv;
using sk::ledger::testing::TempDir;
using sk::ledger::testing::ten_words;
using sk::notice::NoticeKind;

// A project whose second revision changed 50 % against a 20 % limit: over-scope.
std::int64_t over_scope_project(Database& db, const std::string& language) {
  auto project = sample_project(1, 20);
  project.language = language;
  const auto id = sk::ledger::add_project(db, project);
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1, 2, 3, 4, 5}), "2024-05-02");
  return id;
}

DraftRequest request(std::optional<NoticeKind> kind = std::nullopt) {
  DraftRequest r;
  r.kind = kind;
  r.freelancer.name = "Ana Popescu";
  return r;
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The text layer of a PDF through poppler's pdftotext, whitespace collapsed; empty when it is missing.
std::string pdf_text(const std::string& path) {
  if (!std::filesystem::exists("/usr/bin/pdftotext")) return {};
  std::string out;
  if (FILE* pipe = ::popen(("/usr/bin/pdftotext -q '" + path + "' - 2>/dev/null").c_str(), "r")) {
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    ::pclose(pipe);
  }
  std::string collapsed;
  for (char c : out) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    if (!space) {
      collapsed += c;
    } else if (!collapsed.empty() && collapsed.back() != ' ') {
      collapsed += ' ';
    }
  }
  return collapsed;
}

// The user's own templates folder must not change what these tests see.
struct NoUserTemplates {
  TempDir config;
  ScopedEnv env{"XDG_CONFIG_HOME", config.path().string()};
};

}  // namespace

TEST_CASE("notice draft: the policy preselects the kind, the revision and the client's language") {
  NoUserTemplates isolated;
  Database db = Database::open(":memory:");
  const auto id = over_scope_project(db, "ko");

  const auto history = load_history(db, id);
  const NoticePreselection latest = preselect_notice(history);
  CHECK(latest.revisions == std::vector<int>{1, 2});
  CHECK(latest.revision == 2);
  CHECK(latest.round == 1);
  CHECK(latest.verdict == PolicyVerdict::kCallsFor);
  CHECK(latest.policy_kind == NoticeKind::kOverScope);
  CHECK(latest.kind == NoticeKind::kOverScope);
  CHECK(latest.language == "ko");
  CHECK(latest.kinds.size() == 5);
  CHECK_FALSE(latest.project_closed);
  CHECK(policy_sentence(latest) == "The policy calls for an over-scope notice on revision 2 (round 1).");

  // The original delivery calls for nothing: the kind starts at a summary, which may still be written.
  const NoticePreselection first = preselect_notice(history, 1);
  CHECK(first.revision == 1);
  CHECK(first.verdict == PolicyVerdict::kOriginalDelivery);
  CHECK_FALSE(first.policy_kind);
  CHECK(first.kind == NoticeKind::kSummary);
  CHECK(policy_sentence(first) == "No notice is called for: revision 1 is the original delivery (round 0).");

  // A revision the project does not have: the latest.
  CHECK(preselect_notice(history, 9).revision == 2);

  // A withdrawn revision is never offered (no notice answers it): the latest that is not withdrawn is.
  {
    Database other = Database::open(":memory:");
    const auto project = over_scope_project(other, "ko");
    sk::workflow::withdraw_revision(other, project, 2, "wrong project", sk::ledger::today());
    const NoticePreselection kept = preselect_notice(load_history(other, project), 2);
    CHECK(kept.revisions == std::vector<int>{1});
    CHECK(kept.revision == 1);
    CHECK(kept.verdict == PolicyVerdict::kOriginalDelivery);
  }

  // A generated draft follows the preselection.
  DraftOutcome outcome = write_draft(db, id, request());
  REQUIRE(outcome.draft);
  CHECK(outcome.draft->kind() == NoticeKind::kOverScope);
  CHECK(outcome.draft->language() == "ko");
  CHECK(outcome.draft->revision() == 2);
  CHECK(outcome.draft->policy_kind() == NoticeKind::kOverScope);
  CHECK_FALSE(outcome.draft->subject().empty());
  CHECK(outcome.draft->body().find("Editura Ștefan") != std::string::npos);
  CHECK(outcome.draft->remarks().empty());  // the shipped templates pass their own tone check
  CHECK_FALSE(outcome.draft->edited());
  CHECK(outcome.draft->generated().pdf.empty());  // the PDF is made from the edited text, later
}

TEST_CASE("notice draft: nothing called for, no revisions, a closed project") {
  NoUserTemplates isolated;
  Database db = Database::open(":memory:");
  const auto id = sk::ledger::add_project(db, sample_project(2, 30));  // ro

  const NoticePreselection none = preselect_notice(load_history(db, id), {}, "en");
  CHECK(none.verdict == PolicyVerdict::kNoRevisions);
  CHECK_FALSE(none.revision);
  CHECK(none.revisions.empty());
  CHECK(none.kinds == std::vector<NoticeKind>{NoticeKind::kClarify});
  CHECK(none.kind == NoticeKind::kClarify);
  CHECK(write_draft(db, id, request()).no_notice_reason.find("no revisions yet") != std::string::npos);
  CHECK_THROWS_AS(write_draft(db, id, request(NoticeKind::kOverScope)), sk::Error);
  DraftOutcome clarify = write_draft(db, id, request(NoticeKind::kClarify));
  REQUIRE(clarify.draft);
  CHECK_FALSE(clarify.draft->revision());

  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1}), "2024-05-02");  // round 1, 10 % of 30 %: within
  const NoticePreselection within = preselect_notice(load_history(db, id));
  CHECK(within.verdict == PolicyVerdict::kWithinTerms);
  CHECK(within.kind == NoticeKind::kSummary);
  CHECK(policy_sentence(within) ==
        "No notice is called for: revision 2 (round 1) is within the agreed terms.");
  DraftOutcome nothing = write_draft(db, id, request());
  CHECK_FALSE(nothing.draft);
  CHECK(nothing.no_notice_reason ==
        "No notice is called for: revision 2 (round 1) is within the agreed terms.");
  DraftOutcome summary = write_draft(db, id, request(NoticeKind::kSummary));
  REQUIRE(summary.draft);
  CHECK(summary.draft->kind() == NoticeKind::kSummary);
  CHECK(summary.draft->language() == "ro");

  sk::ledger::close_project(db, id);
  CHECK(preselect_notice(load_history(db, id)).project_closed);

  // A project language without templates falls back to the given one.
  auto history = load_history(db, id);
  history.project.language = "de";
  CHECK(preselect_notice(history, {}, "ko").language == "ko");
  CHECK(preselect_notice(history, {}, "xx").language == "en");
}

TEST_CASE("notice draft: tone remarks on the freelancer's edits, in character positions") {
  NoUserTemplates isolated;
  Database db = Database::open(":memory:");

  SECTION("English: a remark in the body and one in the subject") {
    const auto id = over_scope_project(db, "en");
    DraftOutcome outcome = write_draft(db, id, request());
    REQUIRE(outcome.draft);
    NoticeDraft& draft = *outcome.draft;
    const std::string body = draft.body();
    draft.edit(draft.subject(), "Dear client, you never read my notes.\n\n" + body);
    REQUIRE(draft.remarks().size() == 1);
    const ToneRemark& r = draft.remarks()[0];
    CHECK(r.field == DraftField::kBody);
    CHECK(r.category == "absolute");
    CHECK(r.excerpt == "you never");
    CHECK(r.begin == 13);
    CHECK(r.end == 22);
    CHECK(r.suggestion.find("this revision") != std::string::npos);
    CHECK(draft.edited());

    draft.edit("Your mistake, again", body);
    REQUIRE(draft.remarks().size() == 1);
    CHECK(draft.remarks()[0].field == DraftField::kSubject);
    CHECK(draft.remarks()[0].category == "blame");
    CHECK(draft.remarks()[0].begin == 0);
    CHECK(draft.remarks()[0].end == 12);

    draft.revert();
    CHECK(draft.remarks().empty());
    CHECK_FALSE(draft.edited());
    CHECK(draft.body() == body);
  }

  SECTION("Romanian: positions count ș and ț once, not as two bytes") {
    const auto id = over_scope_project(db, "ro");
    DraftOutcome outcome = write_draft(db, id, request());
    REQUIRE(outcome.draft);
    NoticeDraft& draft = *outcome.draft;
    // "Știți că " is 9 characters but 12 bytes.
    draft.edit(draft.subject(), "Știți că este imposibil.\n\n" + draft.body());
    REQUIRE_FALSE(draft.remarks().empty());
    const ToneRemark& r = draft.remarks()[0];
    CHECK(r.field == DraftField::kBody);
    CHECK(r.excerpt == "imposibil");
    CHECK(r.begin == 14);
    CHECK(r.end == 23);
  }

  SECTION("Korean: positions count syllables, not bytes") {
    const auto id = over_scope_project(db, "ko");
    DraftOutcome outcome = write_draft(db, id, request());
    REQUIRE(outcome.draft);
    NoticeDraft& draft = *outcome.draft;
    draft.edit(draft.subject(), "고객님은 항상 이렇게 바꾸십니다.\n\n" + draft.body());
    REQUIRE(draft.remarks().size() == 1);
    const ToneRemark& r = draft.remarks()[0];
    CHECK(r.field == DraftField::kBody);
    CHECK(r.category == "absolute");
    CHECK(r.excerpt == "항상 이렇게");
    CHECK(r.begin == 5);  // 13 bytes in
    CHECK(r.end == 11);   // 29 bytes in
    CHECK(r.suggestion.find("이번") != std::string::npos);

    // The subject too, after a Korean subject line.
    draft.edit("프로젝트 안내: 절대 안 됩니다", draft.body());
    bool found = false;
    for (const ToneRemark& s : draft.remarks()) {
      if (s.field == DraftField::kSubject && s.excerpt == "안 됩니다") {
        found = true;
        CHECK(s.begin == 12);
        CHECK(s.end == 17);
      }
    }
    CHECK(found);
  }
}

TEST_CASE("notice draft: character offsets of byte offsets") {
  CHECK(char_offset("Ștefan", 0) == 0);
  CHECK(char_offset("Ștefan", 2) == 1);
  CHECK(char_offset("Ștefan", 3) == 2);
  CHECK(char_offset("한국어", 3) == 1);
  CHECK(char_offset("한국어", 9) == 3);
  CHECK(char_offset("한국어", 100) == 3);  // clamped
  CHECK(char_offset("a😀b", 5) == 2);       // outside the BMP: one code point
}

TEST_CASE("notice draft: edits the text can hold and the problems that stop a PDF") {
  NoUserTemplates isolated;
  Database db = Database::open(":memory:");
  const auto id = over_scope_project(db, "en");
  DraftOutcome outcome = write_draft(db, id, request());
  REQUIRE(outcome.draft);
  NoticeDraft& draft = *outcome.draft;
  const std::string body = draft.body();
  CHECK(draft.problem() == DraftProblem::kNone);

  draft.edit("  Line one\nline two\t ", body);  // a subject is one line; positions stay
  CHECK(draft.subject() == "  Line one line two  ");
  CHECK(draft.rendered().subject == "Line one line two");

  draft.edit(std::string("Bad \xC3 byte"), body + "\xFF");
  CHECK(draft.subject() == "Bad \xEF\xBF\xBD byte");
  CHECK(draft.body().substr(draft.body().size() - 3) == "\xEF\xBF\xBD");

  draft.edit(" \n ", body);
  CHECK(draft.problem() == DraftProblem::kEmptySubject);
  TempDir dir;
  try {
    draft.issue(db, id, dir.file("empty.pdf"), false);
    FAIL("an empty subject was issued");
  } catch (const sk::Error& e) {
    CHECK(e.kind() == sk::ErrorKind::kInvalidInput);
  }
  draft.edit("Subject", "\n\n");
  CHECK(draft.problem() == DraftProblem::kEmptyBody);
  CHECK(load_history(db, id).notices.empty());
  CHECK_FALSE(std::filesystem::exists(dir.file("empty.pdf")));
}

TEST_CASE("notice draft: the edited text is what the PDF shows and what is recorded as sent") {
  NoUserTemplates isolated;
  Database db = Database::open(":memory:");
  const auto id = over_scope_project(db, "ro");
  DraftOutcome outcome = write_draft(db, id, request());
  REQUIRE(outcome.draft);
  NoticeDraft& draft = *outcome.draft;
  CHECK(sent_notice_rows(load_history(db, id)).empty());

  const std::string marker = "Mulțumesc pentru răbdare, revin mâine dimineață cu o propunere.";
  draft.edit("Subiect revizuit: runda 1", draft.body() + "\n\n" + marker);
  CHECK(draft.rendered().subject == "Subiect revizuit: runda 1");
  CHECK(draft.stored_text().rfind("Subiect revizuit: runda 1\n\n", 0) == 0);
  CHECK(draft.stored_text().find(marker) != std::string::npos);

  const std::string& pdf = draft.pdf();
  REQUIRE(pdf.rfind("%PDF-", 0) == 0);
  CHECK(&draft.pdf() == &pdf);  // cached while the text stays

  TempDir dir;
  const std::string path = dir.file("notice.pdf");
  const std::int64_t notice_id = draft.issue(db, id, path, false);
  CHECK(std::filesystem::exists(path));
  CHECK_FALSE(std::filesystem::exists(path + ".part"));
  CHECK(read_all(path) == pdf);

  const auto history = load_history(db, id);
  REQUIRE(history.notices.size() == 1);
  CHECK(history.notices[0].id == notice_id);
  CHECK(history.notices[0].kind == NoticeKind::kOverScope);
  CHECK(history.notices[0].kind_name == "over-scope");
  CHECK(history.notices[0].language == "ro");
  CHECK(history.notices[0].revision_number == 2);
  CHECK(history.notices[0].text == draft.stored_text());
  CHECK(history.notices[0].pdf_bytes == static_cast<std::int64_t>(pdf.size()));
  CHECK(sk::ledger::notice_pdf(db, notice_id) == pdf);

  const auto rows = sent_notice_rows(history);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == notice_id);
  CHECK(rows[0].parsed == NoticeKind::kOverScope);
  CHECK(rows[0].revision == 2);
  CHECK(rows[0].date.size() == 10);
  CHECK(rows[0].text.find(marker) != std::string::npos);
  CHECK(describe_row(rows[0]) == rows[0].date + ", over-scope, ro, revision 2, PDF " +
                                     std::to_string((pdf.size() + 1023) / 1024) + " KB");

  const std::string text = pdf_text(path);
  if (text.empty()) {
    WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
  } else {
    CHECK(text.find("Subiect revizuit: runda 1") != std::string::npos);
    CHECK(text.find("revin mâine dimineață") != std::string::npos);
  }

  // A second notice: newest first.
  DraftOutcome summary = write_draft(db, id, request(NoticeKind::kSummary));
  REQUIRE(summary.draft);
  const std::int64_t second = summary.draft->issue(db, id, dir.file("summary.pdf"), false);
  const auto both = sent_notice_rows(load_history(db, id));
  REQUIRE(both.size() == 2);
  CHECK(both[0].id == second);
  CHECK(both[1].id == notice_id);
}

TEST_CASE("notice draft: a PDF that cannot be written records nothing") {
  NoUserTemplates isolated;
  Database db = Database::open(":memory:");
  const auto id = over_scope_project(db, "en");
  DraftOutcome outcome = write_draft(db, id, request());
  REQUIRE(outcome.draft);
  TempDir dir;
  const std::string path = dir.file("no-such-folder/notice.pdf");
  try {
    outcome.draft->issue(db, id, path, false);
    FAIL("a file in a missing folder was written");
  } catch (const sk::Error& e) {
    CHECK(e.kind() == sk::ErrorKind::kInvalidInput);
    CHECK(e.subject() == path);
    CHECK(sk::describe(e) == path + ": the folder " + dir.file("no-such-folder") + " does not exist");
  }
  CHECK(load_history(db, id).notices.empty());

  // An existing file is left alone unless the user agreed to replace it; the ledger's never is.
  const std::string taken = dir.file("taken.pdf");
  std::ofstream(taken) << "mine";
  CHECK_THROWS_AS(outcome.draft->issue(db, id, taken, false), sk::Error);
  CHECK(read_all(taken) == "mine");
  CHECK(load_history(db, id).notices.empty());

  // An unknown project is refused before anything is written.
  CHECK_THROWS_AS(outcome.draft->issue(db, id + 7, dir.file("other.pdf"), false), sk::Error);
  CHECK_FALSE(std::filesystem::exists(dir.file("other.pdf")));
  CHECK_FALSE(std::filesystem::exists(dir.file("other.pdf.part")));
}

TEST_CASE("notice draft: file names for the PDF") {
  CHECK(default_pdf_name("Broșură de primăvară", NoticeKind::kOverScope, 3) ==
        "Broșură-de-primăvară-over-scope-r3.pdf");
  CHECK(default_pdf_name("a/b: c?", NoticeKind::kClarify, std::nullopt) == "a-b-c-clarify.pdf");
  CHECK(default_pdf_name("", NoticeKind::kSummary, 2) == "notice-summary-r2.pdf");
  CHECK(default_pdf_name("..", NoticeKind::kSummary, 2) == "notice-summary-r2.pdf");
  std::string long_title;
  for (int i = 0; i < 70; ++i) long_title += "가";
  const std::string name = default_pdf_name(long_title, NoticeKind::kHeadsUp, 1);
  CHECK(name == long_title.substr(0, 60 * 3) + "-heads-up-r1.pdf");

  const std::string path = write_temp_file("x/y.pdf", "%PDF-1.4 test");
  CHECK(read_all(path) == "%PDF-1.4 test");
  CHECK(std::filesystem::path(path).filename() == "x-y.pdf");
  struct stat info {};
  REQUIRE(::stat(std::filesystem::path(path).parent_path().c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0700);
  std::filesystem::remove(path);
}
