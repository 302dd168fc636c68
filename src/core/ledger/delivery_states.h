// Where each delivery stands — waiting for the client's comments, answered, approved by the agreed feedback
// window or approved explicitly — worked out from the record by policy/approval.h: the terms in force on
// the delivery day give the window, and each client revision answers the latest delivery on or before the
// day it arrived (withdrawn revisions answer nothing).
#pragma once

#include <string>
#include <vector>

#include "ledger/history.h"
#include "policy/approval.h"

namespace sk::ledger {

struct JudgedDelivery {
  DeliveryRecord delivery;
  policy::DeliveryStatus status;
  std::vector<int> answered_by;  // the revisions that answer it, by number
  int terms_version = 1;         // the terms version in force on the delivery day
};

// Every delivery of `history`, oldest first, as of `today` (YYYY-MM-DD; the policy never reads the clock).
std::vector<JudgedDelivery> judge_deliveries(const ProjectHistory& history, const std::string& today);

}  // namespace sk::ledger
