// The state of one delivery under a feedback window; see approval.h.
#include "policy/approval.h"

#include <stdexcept>

namespace sk::policy {

namespace {

void require_date(const std::string& text, const char* what) {
  if (!is_iso_date(text)) {
    throw std::invalid_argument(std::string(what) + " \"" + text + "\" is not a date (YYYY-MM-DD)");
  }
}

// Checks an optional fact's date and that it is not before the delivery (valid YYYY-MM-DD dates compare
// as text in calendar order).
void require_not_before_delivery(const std::optional<std::string>& day, const std::string& delivered_on,
                                 const char* what) {
  if (!day) return;
  require_date(*day, what);
  if (*day < delivered_on) {
    throw std::invalid_argument(std::string(what) + " " + *day + " is before the delivery on " +
                                delivered_on);
  }
}

}  // namespace

DeliveryStatus delivery_status(const DeliveryFacts& facts, const std::optional<FeedbackWindow>& window,
                               const std::string& today) {
  require_date(facts.delivered_on, "delivery day");
  require_date(today, "today");
  require_not_before_delivery(facts.first_answer_on, facts.delivered_on, "answer day");
  require_not_before_delivery(facts.approved_explicitly_on, facts.delivered_on, "approval day");

  DeliveryStatus status;
  if (window) {
    if (window->business_days < 1) throw std::invalid_argument("a feedback window needs at least 1 day");
    status.last_comment_day =
        add_business_days(facts.delivered_on, window->business_days, window->non_working);
  }

  if (facts.approved_explicitly_on) {  // rule 1
    status.state = DeliveryState::kApprovedExplicitly;
    status.approved_on = facts.approved_explicitly_on;
    return status;
  }
  if (!window) {  // rule 2
    status.state = facts.first_answer_on ? DeliveryState::kAnswered : DeliveryState::kNoWindow;
    return status;
  }
  if (facts.first_answer_on && *facts.first_answer_on <= status.last_comment_day) {  // rule 3
    status.state = DeliveryState::kAnswered;
    return status;
  }
  if (facts.first_answer_on || today > status.last_comment_day) {  // rules 4 and 5
    status.state = DeliveryState::kApprovedByWindow;
    status.approved_on = next_day(status.last_comment_day);
    return status;
  }
  status.state = DeliveryState::kAwaitingFeedback;  // rule 6
  status.business_days_left = business_days_between(today, status.last_comment_day, window->non_working);
  return status;
}

bool reminder_due(const DeliveryStatus& status, int days_before) {
  return status.state == DeliveryState::kAwaitingFeedback && status.business_days_left <= days_before;
}

}  // namespace sk::policy
