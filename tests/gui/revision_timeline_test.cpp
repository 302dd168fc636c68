// Tests of the Revisions tab's view model (src/gui/model/revision_timeline.h) on a real ledger.
#include "model/revision_timeline.h"

#include <catch2/catch.hpp>

#include "../ledger/ledger_fixtures.h"
#include "ledger/history.h"
#include "ledger/terms_store.h"

using namespace sk::ledger;
using namespace sk::workflow;
using sk::gui::model::bar_geometry;
using sk::gui::model::build_timeline;
using sk::gui::model::order_for_logging;
using sk::gui::model::pasted_file_name;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::ten_words;
using sk::policy::Status;

TEST_CASE("gui/revision_timeline: rows carry rounds, shares against each revision's own limit, statuses",
          "[gui][timeline]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(1, 30));
  log_text(db, id, ten_words(), "2099-05-01");
  log_text(db, id, ten_words({0, 1}), "2099-05-02");                        // round 1: 20%
  log_text(db, id, ten_words({0, 1, 2}), "2099-05-03", "sent by mistake");  // not counted
  Terms looser = list_terms(db, id).back().terms;
  looser.max_share_percent = 50;
  add_terms_version(db, id, looser, "2099-05-04");
  log_text(db, id, ten_words({0, 1, 2, 3, 4, 5}), "2099-05-05");  // round 2: 40%, extra round

  const auto timeline = build_timeline(load_history(db, id));
  REQUIRE(timeline.rows.size() == 4);
  CHECK(timeline.rows[0].round == 0);
  CHECK_FALSE(timeline.rows[0].share.has_value());
  CHECK(timeline.rows[1].round == 1);
  CHECK(timeline.rows[1].share == Approx(0.2));
  CHECK(timeline.rows[1].against == 1);
  CHECK(timeline.rows[1].limit_percent == 30);
  CHECK(timeline.rows[1].status == Status::kHeadsUp);  // the last included round
  CHECK_FALSE(timeline.rows[2].counted);
  CHECK_FALSE(timeline.rows[2].round.has_value());
  CHECK(timeline.rows[2].not_counted_reason == "sent by mistake");
  CHECK(timeline.rows[3].round == 2);
  CHECK(timeline.rows[3].extra_round);
  CHECK(timeline.rows[3].against == 2);  // measured against the last counted revision, not 3
  CHECK(timeline.rows[3].share == Approx(0.4));
  CHECK(timeline.rows[3].limit_percent == 50);
  CHECK(timeline.rows[3].terms_version == 2);
  CHECK(timeline.rows[3].status == Status::kRoundsExhausted);
  CHECK(timeline.rows[3].words == 10);
  CHECK(timeline.rows[3].file_name == "draft.txt");
  CHECK(timeline.rounds_used == 2);
  CHECK(timeline.included_rounds == 1);
  CHECK(timeline.limit_percent == 50);
  CHECK(timeline.latest_status == Status::kRoundsExhausted);
  CHECK_FALSE(timeline.closed);
}

TEST_CASE("gui/revision_timeline: a withdrawn revision has no round and says when and why it was withdrawn",
          "[gui][timeline]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2099-05-01");
  log_text(db, id, ten_words({0}), "2099-05-02");
  log_text(db, id, ten_words({0, 1}), "2099-05-03");
  withdraw_revision(db, id, 2, "meant for the poster", "2099-05-04");

  const auto timeline = build_timeline(load_history(db, id));
  REQUIRE(timeline.rows.size() == 3);
  CHECK(timeline.rows[1].withdrawn());
  CHECK(timeline.rows[1].withdrawn_on == "2099-05-04");
  CHECK(timeline.rows[1].withdrawn_reason == "meant for the poster");
  CHECK_FALSE(timeline.rows[1].round.has_value());
  CHECK_FALSE(timeline.rows[1].counted);
  CHECK_FALSE(timeline.rows[2].withdrawn());
  CHECK(timeline.rows[2].round == 1);
  CHECK(timeline.rows[2].against == 1);
  CHECK(timeline.rounds_used == 1);

  restore_revision(db, id, 2);
  const auto restored = build_timeline(load_history(db, id));
  CHECK_FALSE(restored.rows[1].withdrawn());
  CHECK(restored.rows[1].round == 1);
  CHECK(restored.rows[2].against == 2);
  CHECK(restored.rounds_used == 2);
}

TEST_CASE("gui/revision_timeline: a project without revisions has no latest status", "[gui][timeline]") {
  Database db = Database::open(":memory:");
  const auto timeline = build_timeline(load_history(db, add_project(db, sample_project(2, 25))));
  CHECK(timeline.rows.empty());
  CHECK_FALSE(timeline.latest_status.has_value());
  CHECK(timeline.rounds_used == 0);
  CHECK(timeline.limit_percent == 25);
}

TEST_CASE("gui/revision_timeline: the bar always shows the limit and overshoots it past the limit",
          "[gui][timeline]") {
  const auto within = bar_geometry(0.15, 30);
  CHECK(within.limit == Approx(2.0 / 3.0));
  CHECK(within.bar == Approx(within.limit / 2));
  const auto over = bar_geometry(0.6, 30);
  CHECK(over.bar == Approx(1.0));
  CHECK(over.limit == Approx(0.5));
  CHECK(bar_geometry(0, 30).bar == 0);
  CHECK(bar_geometry(-1, 30).bar == 0);
}

TEST_CASE("gui/revision_timeline: dropped files are logged in natural name order", "[gui][timeline]") {
  CHECK(order_for_logging({"/a/draft-10.docx", "/b/Draft-2.docx", "/c/draft-1.docx"}) ==
        std::vector<std::string>{"/c/draft-1.docx", "/b/Draft-2.docx", "/a/draft-10.docx"});
  CHECK(order_for_logging({"v02.txt", "v1.txt", "v10.txt", "v2.txt"}) ==
        std::vector<std::string>{"v1.txt", "v02.txt", "v2.txt", "v10.txt"});
  CHECK(order_for_logging({"b.txt", "a.txt", "a.txt.bak"}) ==
        std::vector<std::string>{"a.txt", "a.txt.bak", "b.txt"});
}

TEST_CASE("gui/revision_timeline: pasted text gets a dated name that is not taken yet", "[gui][timeline]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  CHECK(pasted_file_name(load_history(db, id), "2099-05-01") == "pasted-2099-05-01.txt");
  log_revision(db, id, NewRevision{"2099-05-01", "", std::nullopt},
               revision_source_from_text("pasted-2099-05-01.txt", ten_words()));
  CHECK(pasted_file_name(load_history(db, id), "2099-05-01") == "pasted-2099-05-01-2.txt");
  log_revision(db, id, NewRevision{"2099-05-01", "", std::nullopt},
               revision_source_from_text("pasted-2099-05-01-2.txt", ten_words({1})));
  CHECK(pasted_file_name(load_history(db, id), "2099-05-01") == "pasted-2099-05-01-3.txt");
}
