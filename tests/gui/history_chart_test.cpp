// Tests of the History tab's view model (src/gui/model/history_chart.h) on real ledgers.
#include "model/history_chart.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <optional>
#include <string>

#include "../ledger/ledger_fixtures.h"
#include "ledger/delivery_store.h"
#include "ledger/history.h"
#include "ledger/notice_store.h"
#include "ledger/project_edit.h"
#include "ledger/project_lifecycle.h"
#include "ledger/terms_store.h"
#include "workflow/revision_workflow.h"

using namespace sk::ledger;
using namespace sk::workflow;
using sk::gui::model::build_history_chart;
using sk::gui::model::event_kind;
using sk::gui::model::EventKind;
using sk::gui::model::HistoryChart;
using sk::gui::model::local_time;
using sk::gui::model::nice_scale;
using sk::gui::model::percent_label;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_delivery;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::ten_words;
using sk::policy::Status;

namespace {

// Sets TZ for the scope (local_time reads it through localtime_r).
class ZoneForTest {
 public:
  explicit ZoneForTest(const char* zone) {
    if (const char* old = std::getenv("TZ")) old_ = old;
    setenv("TZ", zone, 1);
    tzset();
  }
  ~ZoneForTest() {
    if (old_) {
      setenv("TZ", old_->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }

 private:
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("gui/history_chart: one bar per measured round with the stored share and its status",
          "[gui][history_chart]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));               // heads-up from 24%
  log_text(db, id, ten_words(), "2024-05-01");                          // round 0: no bar
  log_text(db, id, ten_words({0}), "2024-05-02");                       // round 1: 10%
  log_text(db, id, ten_words({0, 1}), "2024-05-03", "my own mistake");  // not counted
  log_text(db, id, ten_words({0, 1, 2, 3, 4}), "2024-05-04");           // round 2: 40%, over
  log_text(db, id, ten_words({5}), "2024-05-05");                       // round 3: extra
  const ProjectHistory h = load_history(db, id);
  const HistoryChart chart = build_history_chart(h);

  REQUIRE(chart.bars.size() == 3);
  CHECK(chart.original_number == 1);
  for (const auto& bar : chart.bars) {
    const JudgedRevision& j = h.revisions[static_cast<size_t>(bar.number - 1)];
    INFO("revision " << bar.number);
    REQUIRE(j.revision.measured);
    CHECK(bar.share_percent == Approx(j.revision.measured->changed_share * 100));
    CHECK(bar.round == *j.round);
    CHECK(bar.slot == bar.round - 1);
    CHECK(bar.status == j.status);
    CHECK(bar.limit_percent == 30);
    CHECK(bar.file_name == "draft.txt");
  }
  CHECK(chart.bars[0].number == 2);
  CHECK(chart.bars[0].share_label == "10.0%");
  CHECK(chart.bars[0].status == Status::kWithin);
  CHECK(chart.bars[1].number == 4);
  CHECK(chart.bars[1].share_percent == Approx(40));
  CHECK(chart.bars[1].status == Status::kOverScope);
  CHECK_FALSE(chart.bars[1].extra);
  CHECK(chart.bars[2].number == 5);
  CHECK(chart.bars[2].round == 3);
  CHECK(chart.bars[2].extra);
  CHECK(chart.bars[2].status == Status::kRoundsExhausted);

  // The not-counted revision is listed aside, not drawn.
  REQUIRE(chart.not_counted.size() == 1);
  CHECK(chart.not_counted[0].number == 3);
  CHECK(chart.not_counted[0].reason == "my own mistake");

  // The marker sits after round 2, the last included one; the limit is one flat step.
  CHECK(chart.included_rounds == 2);
  CHECK(chart.marker_after_slots == 2);
  CHECK(chart.slot_count == 3);
  REQUIRE(chart.limit_steps.size() == 1);
  CHECK(chart.limit_steps[0].first_slot == 0);
  CHECK(chart.limit_steps[0].last_slot == 2);
  CHECK(chart.limit_steps[0].limit_percent == 30);
  CHECK(chart.scale.max_percent >= 40);
  CHECK(chart.scale.ticks.front() == 0);
  CHECK(chart.scale.ticks.back() == chart.scale.max_percent);
}

TEST_CASE("gui/history_chart: a terms change moves the limit line and the marker", "[gui][history_chart]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(1, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0, 1}), "2024-05-02");  // round 1 under v1: 30%, 1 round
  Terms more = list_terms(db, id).back().terms;
  more.max_share_percent = 12.5;
  more.included_rounds = 3;
  add_terms_version(db, id, more, "2099-01-01");
  log_text(db, id, ten_words({0, 1, 2}), "2099-01-02");  // round 2 under v2: 10%
  const HistoryChart chart = build_history_chart(load_history(db, id));

  REQUIRE(chart.bars.size() == 2);
  CHECK(chart.bars[0].limit_percent == 30);
  CHECK(chart.bars[0].terms_version == 1);
  CHECK(chart.bars[1].limit_percent == 12.5);
  CHECK(chart.bars[1].terms_version == 2);
  CHECK_FALSE(chart.bars[1].extra);  // the current terms include 3 rounds

  // Three included rounds: a third, empty slot waits for round 3 under the current limit.
  CHECK(chart.slot_count == 3);
  CHECK(chart.marker_after_slots == 3);
  CHECK(chart.current_limit_percent == 12.5);
  REQUIRE(chart.limit_steps.size() == 2);
  CHECK(chart.limit_steps[0].first_slot == 0);
  CHECK(chart.limit_steps[0].last_slot == 0);
  CHECK(chart.limit_steps[0].limit_percent == 30);
  CHECK(chart.limit_steps[1].first_slot == 1);
  CHECK(chart.limit_steps[1].last_slot == 2);
  CHECK(chart.limit_steps[1].limit_percent == 12.5);
  CHECK(chart.scale.max_percent >= 30);
}

TEST_CASE("gui/history_chart: the scale covers shares above 100%", "[gui][history_chart]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, "one two three four", "2024-05-01");
  log_text(db, id, "one two three four " + ten_words(), "2024-05-02");  // 10 inserted over 4 old: 250%
  const HistoryChart chart = build_history_chart(load_history(db, id));
  REQUIRE(chart.bars.size() == 1);
  CHECK(chart.bars[0].share_percent == Approx(250));
  CHECK(chart.bars[0].share_label == "250.0%");
  CHECK(chart.scale.max_percent >= 250);
  CHECK(chart.scale.ticks.size() >= 4);
  CHECK(chart.scale.ticks.size() <= 6);
}

TEST_CASE("gui/history_chart: nice scales", "[gui][history_chart]") {
  for (double top : {0.0, 3.0, 10.0, 24.0, 30.0, 47.5, 100.0, 250.0, 1234.0}) {
    INFO("top " << top);
    const auto scale = nice_scale(top);
    CHECK(scale.max_percent >= top);
    CHECK(scale.max_percent >= 10);
    CHECK(scale.ticks.size() >= 4);
    CHECK(scale.ticks.size() <= 6);
    CHECK(scale.ticks.back() == Approx(scale.max_percent));
  }
  CHECK(nice_scale(30).max_percent == 40);
  CHECK(nice_scale(30).tick_percent == 10);
  CHECK(nice_scale(-5).max_percent == 10);
  CHECK(nice_scale(std::numeric_limits<double>::quiet_NaN()).max_percent == 10);
  CHECK(percent_label(30) == "30%");
  CHECK(percent_label(12.5) == "12.5%");
  CHECK(percent_label(2.5) == "2.5%");
}

TEST_CASE("gui/history_chart: an empty project, and a project with no included rounds",
          "[gui][history_chart]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(0, 30));
  HistoryChart chart = build_history_chart(load_history(db, id));
  CHECK(chart.bars.empty());
  CHECK(chart.slot_count == 0);
  CHECK(chart.marker_after_slots == 0);
  CHECK(chart.limit_steps.empty());
  CHECK_FALSE(chart.original_number.has_value());

  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0}), "2024-05-02");
  chart = build_history_chart(load_history(db, id));
  REQUIRE(chart.bars.size() == 1);
  CHECK(chart.bars[0].extra);
  CHECK(chart.marker_after_slots == 0);  // before the first bar
  CHECK(chart.slot_count == 1);

  CHECK(build_history_chart(ProjectHistory{}).bars.empty());  // no terms at all: no crash
}

TEST_CASE("gui/history_chart: event rows in local time with their kind", "[gui][history_chart]") {
  ZoneForTest zone("Europe/Bucharest");
  CHECK(local_time("2024-05-01T09:30:12.345Z") == "2024-05-01 12:30");  // EEST, UTC+3
  CHECK(local_time("2024-01-31T22:15:00.000Z") == "2024-02-01 00:15");  // EET, UTC+2
  CHECK(local_time("not a time") == "not a time");
  CHECK(local_time("") == "");
  CHECK(local_time("2024-13-01T00:00:00Z") == "2024-13-01T00:00:00Z");

  CHECK(event_kind("project.created") == EventKind::kProjectCreated);
  CHECK(event_kind("terms.edited") == EventKind::kTermsEdited);
  CHECK(event_kind("revision.not_counted") == EventKind::kRevisionNotCounted);
  CHECK(event_kind("revision.withdrawn") == EventKind::kRevisionWithdrawn);
  CHECK(event_kind("revision.restored") == EventKind::kRevisionRestored);
  CHECK(event_kind("something.new") == EventKind::kOther);

  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0}), "2024-05-02");
  mark_revision(db, id, 2, std::string("sent twice"));
  add_notice(db, id, NewNotice{1, sk::policy::NoticeKind::kSummary, "ro", "Bună ziua", ""});
  const ProjectHistory h = load_history(db, id);
  const HistoryChart chart = build_history_chart(h);
  REQUIRE(chart.events.size() == 5);
  CHECK(chart.events[0].kind == EventKind::kProjectCreated);
  CHECK(chart.events[1].kind == EventKind::kRevisionLogged);
  CHECK(chart.events[3].kind == EventKind::kRevisionNotCounted);
  CHECK(chart.events[3].kind_text == "revision.not_counted");
  CHECK(chart.events[3].detail == h.events[3].detail);
  CHECK(chart.events[4].kind == EventKind::kNoticeIssued);
  for (size_t i = 0; i < chart.events.size(); ++i) {
    CHECK(chart.events[i].when == local_time(h.events[i].at));
    CHECK(chart.events[i].when.size() == 16);  // "YYYY-MM-DD HH:MM"
  }
  CHECK(chart.bars.empty());  // revision 2 no longer counts
  REQUIRE(chart.not_counted.size() == 1);
  CHECK(chart.not_counted[0].reason == "sent twice");
  CHECK(chart.not_counted[0].withdrawn_on.empty());
}

TEST_CASE("gui/history_chart: a withdrawn revision is no bar, and is listed aside with its reason",
          "[gui][history_chart]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0}), "2024-05-02");
  log_text(db, id, ten_words({0, 1}), "2024-05-03");
  withdraw_revision(db, id, 2, "wrong project", "2024-05-04");
  HistoryChart chart = build_history_chart(load_history(db, id));
  REQUIRE(chart.bars.size() == 1);
  CHECK(chart.bars[0].round == 1);
  CHECK(chart.bars[0].number == 3);
  REQUIRE(chart.not_counted.size() == 1);
  CHECK(chart.not_counted[0].number == 2);
  CHECK(chart.not_counted[0].reason == "wrong project");
  CHECK(chart.not_counted[0].withdrawn_on == "2024-05-04");
  CHECK(chart.events.back().kind == EventKind::kRevisionWithdrawn);

  restore_revision(db, id, 2);
  chart = build_history_chart(load_history(db, id));
  CHECK(chart.bars.size() == 2);
  CHECK(chart.not_counted.empty());
  CHECK(chart.events.back().kind == EventKind::kRevisionRestored);
}

TEST_CASE("history chart: every event the ledger writes has a name of its own in the event log",
          "[gui][history]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({0}), "2024-05-02");
  mark_revision(db, id, 2, std::string("own mistake"));
  mark_revision(db, id, 2, std::nullopt);
  withdraw_revision(db, id, 2, "wrong file", "2024-05-03");
  restore_revision(db, id, 2);
  ProjectEdit edit;
  edit.title = "Renamed";
  edit_project(db, id, edit);
  Terms terms = list_terms(db, id).back().terms;
  terms.feedback_days = 5;
  add_terms_version(db, id, terms);
  add_delivery(db, id, sample_delivery("2024-05-05", "v2.txt", "version two"));
  add_approval(db, id, 1, "2024-05-06", "by email");
  close_project(db, id);
  ProjectEdit reopen;
  reopen.reopen = true;
  edit_project(db, id, reopen);

  const HistoryChart chart = build_history_chart(load_history(db, id));
  REQUIRE(chart.events.size() >= 11);
  for (const auto& event : chart.events) {
    CAPTURE(event.kind_text);
    CHECK(event.kind != EventKind::kOther);
  }
}
