// Tests for workflow/revision_workflow over ledger/revision_store: logging with bytes, SHA-256 and
// measurement; refusals that write nothing; marking not counted with re-measurement; evidence that cannot
// be rewritten.
#include <catch2/catch.hpp>

#include "../ledger/ledger_fixtures.h"
#include "common/error.h"
#include "ledger/history.h"
#include "ledger/sha256.h"

using namespace sk::ledger;
using namespace sk::workflow;
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

TEST_CASE("ledger/revision_store: a round must be a real change", "[ledger][revision]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1}), "2024-05-02");
  const std::string before = db.sql().execAndGet("SELECT group_concat(sha256) FROM revisions").getString();
  const int events = count_rows(db, "events");

  SECTION("a text from which no word is read is refused, not logged as a 100% change") {
    for (const std::string text : {"", "   \n\t ", "... — !!! ?"}) {
      CAPTURE(text);
      try {
        log_text(db, id, text, "2024-05-03");
        FAIL("a text without words was logged");
      } catch (const sk::Error& error) {
        CHECK(error.kind() == sk::ErrorKind::kInvalidInput);
        CHECK(error.subject() == "draft.txt");
        CHECK_THAT(error.message(), Catch::StartsWith("no text found"));
      }
    }
  }
  SECTION("the same bytes as any earlier revision use no round, even as the previous counted one") {
    for (const auto& [text, same_as] : {std::pair{ten_words({1}), 2}, std::pair{ten_words(), 1}}) {
      try {
        log_text(db, id, text, "2024-05-03");
        FAIL("the same file used a round");
      } catch (const NothingChanged& refused) {
        CHECK(refused.same_bytes());
        CHECK(refused.same_as() == same_as);
        CHECK(refused.subject() == "draft.txt");
        CHECK(refused.message() == "is the same file, byte for byte, as revision " + std::to_string(same_as) +
                                       " (draft.txt, received 2024-05-0" + std::to_string(same_as) +
                                       "); it changes nothing, so it was not logged and uses no round");
      }
    }
    // As evidence that it arrived, it may be logged as not counted.
    const RevisionRecord kept = log_text(db, id, ten_words({1}), "2024-05-03", "sent twice by mistake");
    CHECK_FALSE(kept.counted);
    CHECK(count_rows(db, "revisions") == 3);
    return;
  }
  SECTION("the same words in other bytes are refused unless the user counts them on purpose") {
    const std::string resaved = ten_words({1}) + "\r\n";  // saved again: other bytes, the same words
    try {
      log_text(db, id, resaved, "2024-05-03");
      FAIL("a re-saved file used a round");
    } catch (const NothingChanged& refused) {
      CHECK_FALSE(refused.same_bytes());
      CHECK(refused.same_as() == 2);
      CHECK(refused.message() ==
            "changes no word of revision 2 (the same 10 words, saved again); it was not "
            "logged, so that it does not use up a round");
    }
    NewRevision on_purpose{"2024-05-03", "", std::nullopt, true};
    const RevisionRecord counted =
        log_revision(db, id, on_purpose, revision_source_from_text("draft.txt", resaved));
    CHECK(counted.counted);
    REQUIRE(counted.measured);
    CHECK(counted.measured->changed_share == 0);
    CHECK(count_rows(db, "revisions") == 3);
    return;
  }
  // Every refusal above left the ledger as it was.
  CHECK(db.sql().execAndGet("SELECT group_concat(sha256) FROM revisions").getString() == before);
  CHECK(count_rows(db, "events") == events);
}

TEST_CASE("ledger/revision_store: a counted round that changed nothing calls for no notice",
          "[ledger][revision]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(1, 30));  // one round included
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1}), "2024-05-02");  // round 1
  NewRevision on_purpose{"2024-05-03", "", std::nullopt, true};
  log_revision(db, id, on_purpose, revision_source_from_text("draft-resaved.txt", ten_words({1}) + " "));
  const ProjectHistory h = load_history(db, id);
  REQUIRE(h.revisions.size() == 3);
  CHECK(h.revisions[2].round == 2);  // counted, as the user asked
  CHECK(h.revisions[2].status == sk::policy::Status::kWithin);
  CHECK_FALSE(h.revisions[2].notice_kind.has_value());
}
