// Tests for ledger/notice_store: storing notices with their PDF, the revision they answer, and the log.
#include <catch2/catch.hpp>

#include "common/error.h"
#include "ledger/notice_store.h"
#include "ledger_fixtures.h"

using namespace sk::ledger;
using sk::ledger::testing::count_rows;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::ten_words;

TEST_CASE("ledger/notice_store: notices are stored, listed and never rewritten", "[ledger][notice]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words());
  const std::string pdf("%PDF-1.4\0binary", 15);
  const auto notice =
      add_notice(db, id, NewNotice{1, sk::policy::NoticeKind::kHeadsUp, "ro", "Stimată doamnă, ...", pdf});
  add_notice(db, id, NewNotice{std::nullopt, sk::policy::NoticeKind::kSummary, "en", "Summary", ""});

  const auto notices = list_notices(db, id);
  REQUIRE(notices.size() == 2);
  CHECK(notices[0].id == notice);
  CHECK(notices[0].revision_number == 1);
  CHECK(notices[0].kind == sk::policy::NoticeKind::kHeadsUp);
  CHECK(notices[0].kind_name == "heads-up");
  CHECK(notices[0].text == "Stimată doamnă, ...");
  CHECK(notices[0].pdf_bytes == 15);
  CHECK_FALSE(notices[1].revision_number.has_value());
  CHECK(notices[1].pdf_bytes == 0);
  CHECK(notice_pdf(db, notice) == pdf);
  CHECK(db.sql().execAndGet("SELECT count(*) FROM events WHERE kind = 'notice.issued'").getInt() == 2);
  CHECK_THROWS_AS(db.transaction([&] { db.sql().exec("UPDATE notices SET text = 'changed'"); }), sk::Error);

  const int events = count_rows(db, "events");
  CHECK_THROWS_AS(add_notice(db, id, NewNotice{7, sk::policy::NoticeKind::kHeadsUp, "en", "x", ""}),
                  sk::Error);
  CHECK_THROWS_AS(add_notice(db, id, NewNotice{1, sk::policy::NoticeKind::kHeadsUp, "de", "x", ""}),
                  sk::Error);
  CHECK_THROWS_AS(add_notice(db, 999, NewNotice{1, sk::policy::NoticeKind::kHeadsUp, "en", "x", ""}),
                  sk::Error);
  CHECK_THROWS_AS(notice_pdf(db, 999), sk::Error);
  CHECK(count_rows(db, "notices") == 2);
  CHECK(count_rows(db, "events") == events);

  // A kind a newer Scopekeeper stored is kept by its name; this build reads it without knowing it.
  db.transaction([&] {
    db.sql().exec("INSERT INTO notices (project_id, kind, language, text) VALUES (1, 'approval', 'en', 'x')");
  });
  const auto later = list_notices(db, id);
  REQUIRE(later.size() == 3);
  CHECK_FALSE(later[2].kind.has_value());
  CHECK(later[2].kind_name == "approval");
}
