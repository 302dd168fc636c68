// Tests for ledger/history: statuses end to end, judged by the terms in force when each revision arrived.
#include <catch2/catch.hpp>

#include "ledger/history.h"
#include "ledger_fixtures.h"

using namespace sk::ledger;
using namespace sk::workflow;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::ten_words;
using sk::policy::Status;

TEST_CASE("ledger/history: rounds, statuses and notices across a project", "[ledger][history]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));               // heads-up from 24%
  log_text(db, id, ten_words(), "2024-05-01");                          // round 0
  log_text(db, id, ten_words({0}), "2024-05-02");                       // round 1, 10%: within
  log_text(db, id, ten_words({0}), "2024-05-03", "my own mistake");     // not counted
  log_text(db, id, ten_words({0, 1, 2, 3}), "2024-05-04");              // round 2, 30%: last round
  log_text(db, id, ten_words({0, 1, 2, 3, 4, 5, 6, 7}), "2024-05-05");  // round 3: exhausted

  const ProjectHistory h = load_history(db, id);
  REQUIRE(h.revisions.size() == 5);
  const std::optional<int> none;
  CHECK(h.revisions[0].round == 0);
  CHECK(h.revisions[0].status == Status::kWithin);
  CHECK_FALSE(h.revisions[0].notice_kind.has_value());
  CHECK(h.revisions[1].round == 1);
  CHECK(h.revisions[1].status == Status::kWithin);
  CHECK(h.revisions[2].round == none);
  CHECK(h.revisions[2].status == Status::kWithin);
  CHECK(h.revisions[3].round == 2);
  CHECK(h.revisions[3].status == Status::kHeadsUp);
  CHECK(h.revisions[3].notice_kind == sk::policy::NoticeKind::kHeadsUp);
  CHECK(h.revisions[4].round == 3);
  CHECK(h.revisions[4].status == Status::kRoundsExhausted);
  CHECK(h.revisions[4].notice_kind == sk::policy::NoticeKind::kRoundsExhausted);
  CHECK(h.project.title == "Broșură de primăvară");
  CHECK(h.events.size() == 6);
}

TEST_CASE("ledger/history: each revision keeps the terms in force on the day it arrived",
          "[ledger][history]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  Terms stricter = list_terms(db, id).back().terms;
  stricter.max_share_percent = 5;
  add_terms_version(db, id, stricter, "2099-01-01");  // applies only from 2099

  log_text(db, id, ten_words({0}), "2024-05-02");     // 10%: within the 30% of v1
  log_text(db, id, ten_words({0, 1}), "2099-01-02");  // 10%: over the 5% of v2
  const ProjectHistory h = load_history(db, id);
  CHECK(h.revisions[1].revision.terms_version == 1);
  CHECK(h.revisions[1].status == Status::kWithin);
  CHECK(h.revisions[2].revision.terms_version == 2);
  CHECK(h.revisions[2].terms.terms.max_share_percent == 5);
  CHECK(h.revisions[2].status == Status::kOverScope);
}

TEST_CASE("ledger/history: the projects list's scope badge is the latest counted revision's status",
          "[ledger][history]") {
  Database db = Database::open(":memory:");
  const auto empty = add_project(db, sample_project(2, 30));
  const auto busy = add_project(db, sample_project(2, 30));
  const auto scope_of = [&](std::int64_t id) {
    for (const ProjectSummary& p : list_projects(db)) {
      if (p.id == id) return p.scope;
    }
    FAIL("project not listed");
    return Status::kWithin;
  };
  log_text(db, busy, ten_words(), "2024-05-01");
  CHECK(scope_of(busy) == Status::kWithin);  // the original delivery
  log_text(db, busy, ten_words({0, 1, 2, 3, 4}), "2024-05-02");
  CHECK(scope_of(busy) == Status::kOverScope);  // 50% of a 30% limit
  log_text(db, busy, ten_words({0, 1, 2, 3, 4}), "2024-05-03", "sent twice by mistake");
  CHECK(scope_of(busy) == Status::kOverScope);  // a not-counted revision changes nothing
  log_text(db, busy, ten_words({0, 1, 2, 3, 4, 5}), "2024-05-04");
  CHECK(scope_of(busy) == Status::kHeadsUp);  // round 2 of 2, 10%
  mark_revision(db, busy, 4, std::string("the client's own typo fixes"));
  CHECK(scope_of(busy) == Status::kOverScope);  // back to round 1
  log_text(db, busy, ten_words({0}), "2024-05-05");
  log_text(db, busy, ten_words({1}), "2024-05-06");
  CHECK(scope_of(busy) == Status::kRoundsExhausted);
  CHECK(scope_of(busy) == load_history(db, busy).revisions.back().status);
  CHECK(scope_of(empty) == Status::kWithin);

  // Judged by the terms the revision was logged under, not the current ones.
  Terms looser = list_terms(db, busy).back().terms;
  looser.included_rounds = 10;
  add_terms_version(db, busy, looser, "2099-01-01");
  CHECK(scope_of(busy) == Status::kRoundsExhausted);
}
