// Tests for policy/approval: a delivery awaiting feedback, answered, approved by its window or explicitly,
// and the reminder before the window closes.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "policy/approval.h"

using sk::policy::delivery_status;
using sk::policy::DeliveryFacts;
using sk::policy::DeliveryState;
using sk::policy::DeliveryStatus;
using sk::policy::FeedbackWindow;
using sk::policy::reminder_due;

namespace {

// Calendar facts used below: 2026-03-02 is a Monday, 2026-03-07 a Saturday, 2028-02-25 a Friday, 2028-02-29
// a Tuesday, 2028-03-04 a Saturday.
const FeedbackWindow kFiveDays{5, {}};

DeliveryFacts delivered(const std::string& day) {
  return DeliveryFacts{day, std::nullopt, std::nullopt};
}

}  // namespace

TEST_CASE("policy/approval: the story of one delivery with no answer", "[policy][approval]") {
  // Delivered Monday 2026-03-02; five business days: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9.
  const DeliveryFacts facts = delivered("2026-03-02");
  struct Case {
    const char* today;
    DeliveryState state;
    int left;
  };
  const Case cases[] = {
      {"2026-03-02", DeliveryState::kAwaitingFeedback, 5},  // the delivery day
      {"2026-03-05", DeliveryState::kAwaitingFeedback, 2},  // Thursday: Friday and Monday are left
      {"2026-03-06", DeliveryState::kAwaitingFeedback, 1},  // Friday: Monday is left
      {"2026-03-07", DeliveryState::kAwaitingFeedback, 1},  // Saturday: Monday is left
      {"2026-03-09", DeliveryState::kAwaitingFeedback, 0},  // the last comment day
      {"2026-03-10", DeliveryState::kApprovedByWindow, 0},
      {"2026-04-30", DeliveryState::kApprovedByWindow, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.today);
    const DeliveryStatus status = delivery_status(facts, kFiveDays, c.today);
    CHECK(status.state == c.state);
    CHECK(status.last_comment_day == "2026-03-09");
    CHECK(status.business_days_left == c.left);
    if (c.state == DeliveryState::kApprovedByWindow) {
      CHECK(status.approved_on == "2026-03-10");
    } else {
      CHECK_FALSE(status.approved_on);
    }
  }
}

TEST_CASE("policy/approval: an answer inside the window, after it, and an explicit approval",
          "[policy][approval]") {
  using O = std::optional<std::string>;
  const auto none = std::nullopt;
  struct Case {
    const char* what;
    O answer;
    O approval;
    const char* today;
    DeliveryState state;
    O approved_on;
  };
  const Case cases[] = {
      {"an answer on the delivery day", "2026-03-02", none, "2026-03-03", DeliveryState::kAnswered, none},
      {"an answer inside the window", "2026-03-04", none, "2026-03-05", DeliveryState::kAnswered, none},
      {"an answer on the last comment day", "2026-03-09", none, "2026-03-09", DeliveryState::kAnswered, none},
      {"still answered once the window has closed", "2026-03-04", none, "2026-03-20",
       DeliveryState::kAnswered, none},
      {"an answer the day after the window: approved before it", "2026-03-10", none, "2026-03-10",
       DeliveryState::kApprovedByWindow, "2026-03-10"},
      {"an answer long after the window", "2026-03-12", none, "2026-03-20", DeliveryState::kApprovedByWindow,
       "2026-03-10"},
      {"the answer decides, whatever today is", "2026-03-12", none, "2026-03-05",
       DeliveryState::kApprovedByWindow, "2026-03-10"},
      {"an explicit approval inside the window", none, "2026-03-04", "2026-03-05",
       DeliveryState::kApprovedExplicitly, "2026-03-04"},
      {"an explicit approval wins over an earlier answer", "2026-03-03", "2026-03-04", "2026-03-05",
       DeliveryState::kApprovedExplicitly, "2026-03-04"},
      {"an explicit approval after the window keeps its own day", none, "2026-03-16", "2026-03-20",
       DeliveryState::kApprovedExplicitly, "2026-03-16"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    const DeliveryStatus status = delivery_status({"2026-03-02", c.answer, c.approval}, kFiveDays, c.today);
    CHECK(status.state == c.state);
    CHECK(status.approved_on == c.approved_on);
    CHECK(status.last_comment_day == "2026-03-09");
    CHECK(status.business_days_left == 0);
    CHECK_FALSE(reminder_due(status, 5));
  }
}

TEST_CASE("policy/approval: a holiday inside the window moves the last comment day", "[policy][approval]") {
  // Wednesday 2026-03-04 off: Tue 3, Thu 5, Fri 6, Mon 9, Tue 10.
  const FeedbackWindow window{5, {"2026-03-04"}};
  DeliveryStatus status = delivery_status(delivered("2026-03-02"), window, "2026-03-05");
  CHECK(status.state == DeliveryState::kAwaitingFeedback);
  CHECK(status.last_comment_day == "2026-03-10");
  CHECK(status.business_days_left == 3);  // Fri 6, Mon 9, Tue 10
  status = delivery_status(delivered("2026-03-02"), window, "2026-03-03");
  CHECK(status.business_days_left == 4);  // the holiday is not counted
  status = delivery_status(delivered("2026-03-02"), window, "2026-03-10");
  CHECK(status.state == DeliveryState::kAwaitingFeedback);
  CHECK(status.business_days_left == 0);
  status = delivery_status(delivered("2026-03-02"), window, "2026-03-11");
  CHECK(status.state == DeliveryState::kApprovedByWindow);
  CHECK(status.approved_on == "2026-03-11");
  // An answer on Tuesday 10 is inside this window, though it would be late without the holiday.
  CHECK(delivery_status({"2026-03-02", "2026-03-10", std::nullopt}, window, "2026-03-11").state ==
        DeliveryState::kAnswered);
  CHECK(delivery_status({"2026-03-02", "2026-03-10", std::nullopt}, kFiveDays, "2026-03-11").state ==
        DeliveryState::kApprovedByWindow);
}

TEST_CASE("policy/approval: deliveries on a weekend and on the Friday before a leap day",
          "[policy][approval]") {
  // Saturday 2026-03-07: the count starts on Monday 9; five days end on Friday 13.
  DeliveryStatus status = delivery_status(delivered("2026-03-07"), kFiveDays, "2026-03-08");
  CHECK(status.last_comment_day == "2026-03-13");
  CHECK(status.business_days_left == 5);

  // Friday 2028-02-25: Mon 28, Tue 29 (the leap day), Wed 1, Thu 2, Fri 3 March.
  status = delivery_status(delivered("2028-02-25"), kFiveDays, "2028-02-29");
  CHECK(status.state == DeliveryState::kAwaitingFeedback);
  CHECK(status.last_comment_day == "2028-03-03");
  CHECK(status.business_days_left == 3);
  status = delivery_status(delivered("2028-02-25"), kFiveDays, "2028-03-04");
  CHECK(status.state == DeliveryState::kApprovedByWindow);
  CHECK(status.approved_on == "2028-03-04");  // a Saturday: the day after the last comment day

  // Two business days: Monday 28 and the leap day; approved on Wednesday 1 March.
  status = delivery_status(delivered("2028-02-25"), FeedbackWindow{2, {}}, "2028-03-01");
  CHECK(status.last_comment_day == "2028-02-29");
  CHECK(status.state == DeliveryState::kApprovedByWindow);
  CHECK(status.approved_on == "2028-03-01");
}

TEST_CASE("policy/approval: without a window", "[policy][approval]") {
  const std::optional<FeedbackWindow> no_window;
  DeliveryStatus status = delivery_status(delivered("2026-03-02"), no_window, "2027-01-01");
  CHECK(status.state == DeliveryState::kNoWindow);
  CHECK(status.last_comment_day.empty());
  CHECK_FALSE(status.approved_on);
  CHECK_FALSE(reminder_due(status, 100));

  status = delivery_status({"2026-03-02", "2026-05-01", std::nullopt}, no_window, "2027-01-01");
  CHECK(status.state == DeliveryState::kAnswered);
  CHECK_FALSE(status.approved_on);

  status = delivery_status({"2026-03-02", "2026-03-03", "2026-03-20"}, no_window, "2027-01-01");
  CHECK(status.state == DeliveryState::kApprovedExplicitly);
  CHECK(status.approved_on == "2026-03-20");
  CHECK(status.last_comment_day.empty());
}

TEST_CASE("policy/approval: reminder_due at one and two business days before", "[policy][approval]") {
  const DeliveryFacts facts = delivered("2026-03-02");  // last comment day Monday 2026-03-09
  struct Case {
    const char* today;
    bool one_before;
    bool two_before;
  };
  const Case cases[] = {
      {"2026-03-04", false, false},  // 3 left
      {"2026-03-05", false, true},   // 2 left
      {"2026-03-06", true, true},    // 1 left
      {"2026-03-08", true, true},    // Sunday: 1 left
      {"2026-03-09", true, true},    // the last day: 0 left
      {"2026-03-10", false, false},  // approved: no reminder
  };
  for (const Case& c : cases) {
    CAPTURE(c.today);
    const DeliveryStatus status = delivery_status(facts, kFiveDays, c.today);
    CHECK(reminder_due(status, 1) == c.one_before);
    CHECK(reminder_due(status, 2) == c.two_before);
  }
  const DeliveryStatus last_day = delivery_status(facts, kFiveDays, "2026-03-09");
  CHECK(reminder_due(last_day, 0));
  CHECK_FALSE(reminder_due(last_day, -1));
  CHECK_FALSE(
      reminder_due(delivery_status({"2026-03-02", "2026-03-04", std::nullopt}, kFiveDays, "2026-03-06"),
                   1));  // answered
}

TEST_CASE("policy/approval: invalid facts are refused", "[policy][approval]") {
  const auto none = std::nullopt;
  CHECK_THROWS_AS(delivery_status({"2026-02-29", none, none}, kFiveDays, "2026-03-05"),
                  std::invalid_argument);
  CHECK_THROWS_AS(delivery_status({"2026-03-02", none, none}, kFiveDays, "2026-3-5"), std::invalid_argument);
  CHECK_THROWS_AS(delivery_status({"2026-03-02", "2026-03-32", none}, kFiveDays, "2026-03-05"),
                  std::invalid_argument);
  CHECK_THROWS_AS(delivery_status({"2026-03-02", none, "tomorrow"}, kFiveDays, "2026-03-05"),
                  std::invalid_argument);
  CHECK_THROWS_AS(delivery_status({"2026-03-02", none, none}, std::nullopt, ""), std::invalid_argument);
  // Facts about another delivery: an answer or an approval before this one was delivered.
  CHECK_THROWS_AS(delivery_status({"2026-03-02", "2026-03-01", none}, kFiveDays, "2026-03-05"),
                  std::invalid_argument);
  CHECK_THROWS_AS(delivery_status({"2026-03-02", none, "2026-02-27"}, std::nullopt, "2026-03-05"),
                  std::invalid_argument);
  CHECK_THROWS_AS(delivery_status(delivered("2026-03-02"), FeedbackWindow{0, {}}, "2026-03-05"),
                  std::invalid_argument);
}
