// Approval by a feedback window: where one delivery stands — awaiting comments, answered, or approved.
#pragma once

#include <optional>
#include <string>

#include "policy/business_days.h"

namespace sk::policy {

// The contract's feedback window: "comments within 5 business days of each delivery; after that the
// delivery counts as approved".
struct FeedbackWindow {
  int business_days = 5;       // comments count for this many business days after the delivery day (>= 1)
  NonWorkingDays non_working;  // the project's agreed non-working days
};

// What is known about one delivery. Dates are YYYY-MM-DD.
struct DeliveryFacts {
  std::string delivered_on;
  // The first client revision received on or after delivered_on (and before the next delivery), if any.
  std::optional<std::string> first_answer_on;
  // An approval the freelancer recorded ("approved by email on ..."), if any; on or after delivered_on.
  std::optional<std::string> approved_explicitly_on;
};

enum class DeliveryState {
  kAwaitingFeedback,    // the window is open and the client has not answered
  kAnswered,            // the client sent a revision within the window (or, without a window, at all)
  kApprovedByWindow,    // the window closed with no answer in it
  kApprovedExplicitly,  // the freelancer recorded an approval
  kNoWindow,            // no window agreed, no answer and no approval: nothing to say
};

struct DeliveryStatus {
  DeliveryState state = DeliveryState::kNoWindow;
  // The last day comments count: the window's business_days-th business day after delivered_on (the
  // delivery day itself never counts). Empty without a window.
  std::string last_comment_day;
  // kApprovedByWindow: the day after last_comment_day (any day of the week); kApprovedExplicitly: the day
  // recorded. nullopt otherwise.
  std::optional<std::string> approved_on;
  // kAwaitingFeedback: business days after today up to and including last_comment_day, so 0 on the last
  // day itself. 0 in every other state.
  int business_days_left = 0;
};

// Where the delivery described by `facts` stands on `today` under `window` (nullopt: none agreed). The rules,
// the first that applies wins:
//   1. an explicit approval: kApprovedExplicitly on that day, whatever the client answered and whether or
//      not there is a window;
//   2. without a window: kAnswered when the client answered, else kNoWindow;
//   3. an answer on or before last_comment_day: kAnswered;
//   4. an answer after last_comment_day: kApprovedByWindow — the delivery was approved when the window
//      closed, and that revision is new work (the caller dates it from approved_on);
//   5. no answer and today after last_comment_day: kApprovedByWindow;
//   6. no answer and today on or before last_comment_day: kAwaitingFeedback, with business_days_left.
// The answer decides rules 2-4 whatever `today` is; `today` is a parameter: policy never reads the clock.
// Throws std::invalid_argument when a date (in `facts` or `today`) is not a real YYYY-MM-DD date, when
// first_answer_on or approved_explicitly_on is before delivered_on, and when window->business_days < 1.
DeliveryStatus delivery_status(const DeliveryFacts& facts, const std::optional<FeedbackWindow>& window,
                               const std::string& today);

// True when a reminder is due: the delivery is awaiting feedback and at most `days_before` business days
// are left (days_before 0: on the last comment day only; negative: never).
bool reminder_due(const DeliveryStatus& status, int days_before);

}  // namespace sk::policy
