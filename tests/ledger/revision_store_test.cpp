// Tests for ledger/revision_store: logging with bytes, SHA-256 and measurement; refusals that write
// nothing; marking not counted with re-measurement; evidence that cannot be rewritten.
#include <catch2/catch.hpp>

#include "common/error.h"
#include "ledger/history.h"
#include "ledger/sha256.h"
#include "ledger_fixtures.h"

using namespace sk::ledger;
using sk::ledger::testing::count_rows;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::ten_words;

TEST_CASE("ledger/revision_store: revisions are stored as they arrived and measured against the previous",
          "[ledger][revision]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());

  const RevisionRecord first = log_text(db, id, ten_words(), "2024-05-01");
  CHECK(first.number == 1);
  CHECK(first.counted);
  CHECK(first.words == 10);
  CHECK_FALSE(first.measured.has_value());
  CHECK(first.sha256 == sha256_hex(ten_words()));
  CHECK(first.size_bytes == static_cast<std::int64_t>(ten_words().size()));
  CHECK(first.terms_version == 1);

  const RevisionRecord second = log_text(db, id, ten_words({3, 7}), "2024-05-02");
  CHECK(second.number == 2);
  REQUIRE(second.measured.has_value());
  CHECK(second.measured->against == 1);
  CHECK(second.measured->kept == 8);
  CHECK(second.measured->deleted == 2);
  CHECK(second.measured->inserted == 2);
  CHECK(second.measured->changed_share == Approx(0.2));

  CHECK(revision_original(db, id, 2) == ten_words({3, 7}));
  CHECK(revision_text(db, id, 2) == ten_words({3, 7}));
  CHECK(list_revisions(db, id).size() == 2);
  CHECK(db.sql().execAndGet("SELECT count(*) FROM events WHERE kind = 'revision.logged'").getInt() == 2);
}

TEST_CASE("ledger/revision_store: bad revisions write nothing", "[ledger][revision]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words(), "2024-05-10");
  const int events = count_rows(db, "events");
  struct Case {
    const char* what;
    std::int64_t project;
    const char* date;
    std::optional<std::string> reason;
    sk::ErrorKind kind;
  };
  const Case cases[] = {
      {"unknown project", 999, "2024-05-11", std::nullopt, sk::ErrorKind::kNotFound},
      {"not a date", id, "11/05/2024", std::nullopt, sk::ErrorKind::kInvalidInput},
      {"impossible date", id, "2024-02-30", std::nullopt, sk::ErrorKind::kInvalidInput},
      {"before the previous revision", id, "2024-05-09", std::nullopt, sk::ErrorKind::kInvalidInput},
      {"blank reason", id, "2024-05-11", std::string("  "), sk::ErrorKind::kInvalidInput},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    try {
      log_text(db, c.project, ten_words({1}), c.date, c.reason);
      FAIL("expected sk::Error");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == c.kind);
    }
  }
  CHECK(count_rows(db, "revisions") == 1);
  CHECK(count_rows(db, "events") == events);
}

TEST_CASE("ledger/revision_store: logged evidence cannot be rewritten", "[ledger][revision]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words());
  for (const char* sql :
       {"UPDATE revisions SET text = 'other'", "UPDATE revisions SET original = x'00'",
        "UPDATE revisions SET received_on = '2020-01-01'", "UPDATE events SET detail = ''"}) {
    CAPTURE(sql);
    CHECK_THROWS_AS(db.transaction([&] { db.sql().exec(sql); }), sk::Error);
  }
  CHECK(revision_text(db, id, 1) == ten_words());
}

TEST_CASE("ledger/revision_store: marking not counted renumbers rounds and re-measures the next revision",
          "[ledger][revision]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0}), "2024-05-02");     // round 1: 10%
  log_text(db, id, ten_words({0, 1}), "2024-05-03");  // round 2: 10% against revision 2
  auto history = load_history(db, id);
  REQUIRE(history.revisions.size() == 3);
  CHECK(history.revisions[2].round == 2);
  CHECK(history.revisions[2].revision.measured->against == 2);

  mark_revision(db, id, 2, "fixing my own typo");
  history = load_history(db, id);
  CHECK_FALSE(history.revisions[1].round.has_value());
  CHECK_FALSE(history.revisions[1].revision.counted);
  CHECK(history.revisions[1].revision.not_counted_reason == "fixing my own typo");
  CHECK(history.revisions[2].round == 1);
  CHECK(history.revisions[2].revision.measured->against == 1);
  CHECK(history.revisions[2].revision.measured->changed_share == Approx(0.2));
  CHECK(history.events.back().kind == "revision.not_counted");
  CHECK_THAT(history.events.back().detail, Catch::Contains("revision 3 measured again"));

  CHECK_THROWS_AS(mark_revision(db, id, 2, "again"), sk::Error);
  CHECK_THROWS_AS(mark_revision(db, id, 9, "missing"), sk::Error);

  mark_revision(db, id, 2, std::nullopt);
  history = load_history(db, id);
  CHECK(history.revisions[2].round == 2);
  CHECK(history.revisions[2].revision.measured->against == 2);
  CHECK(history.events.back().kind == "revision.counted");
}

TEST_CASE("ledger/revision_store: a closed project takes no revisions", "[ledger][revision]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  db.transaction([&] {
    db.sql().exec("UPDATE projects SET status = 'closed', closed_at = '2024-06-01T00:00:00.000Z'");
  });
  CHECK_THROWS_AS(log_text(db, id, ten_words()), sk::Error);
  CHECK(count_rows(db, "revisions") == 0);
}
