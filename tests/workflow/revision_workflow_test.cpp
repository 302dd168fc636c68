// Tests for workflow/revision_workflow over ledger/revision_store: logging with bytes, SHA-256 and
// measurement; refusals that write nothing; marking not counted, withdrawing and restoring with
// re-measurement; evidence that cannot be rewritten.
#include <catch2/catch.hpp>

#include <functional>
#include <tuple>
#include <vector>

#include "../ledger/ledger_fixtures.h"
#include "common/error.h"
#include "ledger/history.h"
#include "ledger/sha256.h"
#include "workflow/notice_workflow.h"

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

namespace {

// Every row of every table, each value with its type and exact bytes: what a refusal must leave unchanged.
std::string everything(Database& db) {
  std::string out;
  SQLite::Statement tables(db.sql(), "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
  while (tables.executeStep()) {
    const std::string name = tables.getColumn(0).getString();
    SQLite::Statement rows(db.sql(), "SELECT * FROM \"" + name + "\" ORDER BY rowid");
    while (rows.executeStep()) {
      out += name + ":";
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        const SQLite::Column value = rows.getColumn(i);
        out += ' ';
        out += std::to_string(value.getType());
        out += ':';
        if (!value.isNull()) out.append(static_cast<const char*>(value.getBlob()), value.getBytes());
      }
      out += '\n';
    }
  }
  return out;
}

// A revision's judged figures, exactly (shares compared bit for bit).
using Figures = std::tuple<int, bool, std::optional<int>, int, double, std::int64_t, std::int64_t,
                           std::int64_t, sk::policy::Status, std::string>;
std::vector<Figures> figures(Database& db, std::int64_t project) {
  std::vector<Figures> out;
  for (const JudgedRevision& j : load_history(db, project).revisions) {
    const RevisionRecord& r = j.revision;
    const Measurement m = r.measured.value_or(Measurement{});
    out.emplace_back(r.number, r.counted, j.round, m.against, m.changed_share, m.kept, m.deleted, m.inserted,
                     j.status, r.not_counted_reason);
  }
  return out;
}

}  // namespace

TEST_CASE(
    "workflow/withdraw: a withdrawn revision leaves the rounds and the figures; restoring brings them back",
    "[ledger][revision][withdraw]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0}), "2024-05-02");           // round 1: 10% against 1
  log_text(db, id, ten_words({0, 1}), "2024-05-03");        // round 2: 10% against 2
  log_text(db, id, ten_words({0, 1, 2, 3}), "2024-05-04");  // round 3: 20% against 3
  const std::vector<Figures> before = figures(db, id);

  withdraw_revision(db, id, 2, "logged to the wrong project", "2024-05-10");
  ProjectHistory h = load_history(db, id);
  REQUIRE(h.revisions.size() == 4);  // nothing is erased
  const RevisionRecord& withdrawn = h.revisions[1].revision;
  CHECK_FALSE(withdrawn.counted);
  CHECK_FALSE(h.revisions[1].round.has_value());
  CHECK(withdrawn.withdrawn_on == "2024-05-10");
  CHECK(withdrawn.withdrawn_reason == "logged to the wrong project");
  CHECK(withdrawn.not_counted_reason.empty());
  CHECK(withdrawn.measured->against == 1);  // its own figures stay as they were measured
  CHECK(revision_original(db, id, 2) == ten_words({0}));
  // The next revision is measured against the previous counted one, and takes round 1.
  CHECK(h.revisions[2].round == 1);
  CHECK(h.revisions[2].revision.measured->against == 1);
  CHECK(h.revisions[2].revision.measured->changed_share == Approx(0.2));
  CHECK(h.revisions[2].revision.measured->deleted == 2);
  // Only up to the next counted revision: revision 4 keeps its baseline, and moves up a round.
  CHECK(h.revisions[3].round == 2);
  CHECK(h.revisions[3].revision.measured->against == 3);
  CHECK(h.revisions[3].status == sk::policy::Status::kHeadsUp);  // the last included round
  CHECK(h.events.back().kind == "revision.withdrawn");
  CHECK(h.events.back().detail ==
        "revision 2 withdrawn on 2024-05-10: logged to the wrong project; revision 3 measured again: 10.0% "
        "against revision 2 -> 20.0% against revision 1");

  restore_revision(db, id, 2);
  CHECK(figures(db, id) == before);  // every figure, round and status exactly as before
  h = load_history(db, id);
  CHECK(h.revisions[1].revision.counted);
  CHECK(h.revisions[1].revision.withdrawn_on.empty());
  CHECK(h.revisions[1].revision.withdrawn_reason.empty());
  CHECK(h.events.back().kind == "revision.restored");
  CHECK(
      h.events.back().detail ==
      "revision 2 restored (withdrawn on 2024-05-10: logged to the wrong project); it counts again; revision "
      "3 measured again: 20.0% against revision 1 -> 10.0% against revision 2");
  CHECK(count_rows(db, "revisions") == 4);
}

TEST_CASE("workflow/withdraw: a revision that did not count keeps its reason, and a restore returns to it",
          "[ledger][revision][withdraw]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0}), "2024-05-02", "my own typo");
  log_text(db, id, ten_words({0, 1}), "2024-05-03");  // round 1: 20% against 1
  const std::vector<Figures> before = figures(db, id);

  withdraw_revision(db, id, 2, "wrong file", "2024-05-03");
  ProjectHistory h = load_history(db, id);
  CHECK(h.revisions[1].revision.not_counted_reason == "my own typo");
  CHECK(h.revisions[1].revision.withdrawn_reason == "wrong file");
  CHECK(h.revisions[2].revision.measured->against == 1);  // nothing to measure again
  CHECK(h.events.back().detail ==
        "revision 2 withdrawn on 2024-05-03: wrong file (it was not counted: my own typo)");

  restore_revision(db, id, 2);
  CHECK(figures(db, id) == before);
  h = load_history(db, id);
  CHECK_FALSE(h.revisions[1].revision.counted);
  CHECK(h.revisions[1].revision.not_counted_reason == "my own typo");
  CHECK(h.revisions[1].revision.withdrawn_on.empty());
  CHECK(h.events.back().detail ==
        "revision 2 restored (withdrawn on 2024-05-03: wrong file); it stays not counted: my own typo");
}

TEST_CASE("workflow/withdraw: a withdrawn file may be logged again, and is never a baseline",
          "[ledger][revision][withdraw]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  const std::string wrong = ten_words({5, 6, 7, 8, 9});
  log_text(db, id, wrong, "2024-05-02");                                   // meant for another project
  CHECK_THROWS_AS(log_text(db, id, wrong, "2024-05-03"), NothingChanged);  // the same bytes: no round

  withdraw_revision(db, id, 2, "meant for the poster project", "2024-05-03");
  const RevisionRecord again = log_text(db, id, wrong, "2024-05-03");
  CHECK(again.number == 3);
  CHECK(again.counted);
  REQUIRE(again.measured);
  CHECK(again.measured->against == 1);  // not against the withdrawn revision 2
  CHECK(again.measured->changed_share == Approx(0.5));
  const ProjectHistory h = load_history(db, id);
  CHECK(h.revisions[2].round == 1);
  CHECK_FALSE(h.revisions[1].round.has_value());
}

TEST_CASE("workflow/withdraw: refusals change nothing", "[ledger][revision][withdraw]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0}), "2024-05-02");
  log_text(db, id, ten_words({0, 1}), "2024-05-03");
  withdraw_revision(db, id, 3, "wrong file", "2024-05-04");
  const std::string before = everything(db);

  struct Case {
    const char* what;
    std::function<void()> action;
    sk::ErrorKind kind;
    const char* message;
  };
  const Case cases[] = {
      {"unknown project", [&] { withdraw_revision(db, 99, 1, "x", "2024-05-04"); }, sk::ErrorKind::kNotFound,
       "no such project"},
      {"unknown revision", [&] { withdraw_revision(db, id, 9, "x", "2024-05-04"); }, sk::ErrorKind::kNotFound,
       "no such revision"},
      {"blank reason", [&] { withdraw_revision(db, id, 2, " \t", "2024-05-04"); },
       sk::ErrorKind::kInvalidInput, "without a reason"},
      {"not a date", [&] { withdraw_revision(db, id, 2, "x", "04/05/2024"); }, sk::ErrorKind::kInvalidInput,
       "YYYY-MM-DD"},
      {"already withdrawn", [&] { withdraw_revision(db, id, 3, "again", "2024-05-05"); },
       sk::ErrorKind::kInvalidInput, "is already withdrawn (on 2024-05-04: wrong file)"},
      {"restoring one not withdrawn", [&] { restore_revision(db, id, 2); }, sk::ErrorKind::kInvalidInput,
       "is not withdrawn"},
      {"restoring an unknown revision", [&] { restore_revision(db, id, 9); }, sk::ErrorKind::kNotFound,
       "no such revision"},
      {"restoring in an unknown project", [&] { restore_revision(db, 99, 3); }, sk::ErrorKind::kNotFound,
       "no such project"},
      {"counting a withdrawn revision", [&] { mark_revision(db, id, 3, std::nullopt); },
       sk::ErrorKind::kInvalidInput, "is withdrawn (on 2024-05-04: wrong file); restore it first"},
      {"marking a withdrawn revision not counted", [&] { mark_revision(db, id, 3, std::string("typo")); },
       sk::ErrorKind::kInvalidInput, "restore it first"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    try {
      c.action();
      FAIL("expected sk::Error");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == c.kind);
      CHECK_THAT(error.message(), Catch::Contains(c.message));
    }
    CHECK(everything(db) == before);
  }
}

TEST_CASE("workflow/withdraw: the schema refuses a withdrawn revision that counts",
          "[ledger][revision][withdraw]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words(), "2024-05-01");
  withdraw_revision(db, id, 1, "wrong project", "2024-05-01");
  CHECK_THROWS_AS(db.transaction([&] { db.sql().exec("UPDATE revisions SET counted = 1"); }), sk::Error);
  CHECK_THROWS_AS(db.transaction([&] { db.sql().exec("UPDATE revisions SET withdrawn_reason = NULL"); }),
                  sk::Error);
  CHECK_THROWS_AS(db.transaction([&] { db.sql().exec("UPDATE revisions SET text = 'other'"); }), sk::Error);
  CHECK(list_revisions(db, id).at(0).withdrawn_on == "2024-05-01");
}

TEST_CASE("workflow/withdraw: like marking, withdrawing and restoring work in a closed project",
          "[ledger][revision][withdraw]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1}), "2024-05-02");
  db.transaction([&] {
    db.sql().exec("UPDATE projects SET status = 'closed', closed_at = '2024-06-01T00:00:00.000Z'");
  });
  withdraw_revision(db, id, 2, "wrong project", "2024-06-02");
  CHECK_FALSE(list_revisions(db, id).at(1).counted);
  restore_revision(db, id, 2);
  CHECK(list_revisions(db, id).at(1).counted);
}

TEST_CASE("workflow/withdraw: no notice answers a withdrawn revision", "[ledger][revision][withdraw]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(1, 10));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1, 2, 3}), "2024-05-02");  // round 1: 30% of a 10% limit, over scope
  NoticeRequest request;
  request.with_pdf = false;
  request.freelancer.name = "Ana Popescu";
  REQUIRE(generate_notice(db, id, request).called_for);

  withdraw_revision(db, id, 2, "the client's other brochure", "2024-05-03");
  const std::string before = everything(db);
  for (const std::optional<sk::notice::NoticeKind> kind :
       {std::optional<sk::notice::NoticeKind>(), std::optional(sk::notice::NoticeKind::kOverScope),
        std::optional(sk::notice::NoticeKind::kClarify)}) {
    request.revision = 2;
    request.kind = kind;
    try {
      generate_notice(db, id, request);
      FAIL("a notice answered a withdrawn revision");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == sk::ErrorKind::kInvalidInput);
      CHECK(error.subject() == "revision 2");
      CHECK(error.message() ==
            "was withdrawn on 2024-05-03 (the client's other brochure); a withdrawn revision was logged by "
            "mistake and is no round, so no notice answers it");
    }
  }
  // Without a revision named, the latest one that is not withdrawn is answered: the original delivery.
  request.revision.reset();
  request.kind.reset();
  const GeneratedNotice latest = generate_notice(db, id, request);
  CHECK_FALSE(latest.called_for);
  CHECK(latest.revision_number == 1);
  CHECK(everything(db) == before);
}
