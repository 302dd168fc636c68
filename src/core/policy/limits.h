// The part of the agreed terms the policy judges by: included rounds, the share a round may change, the
// heads-up.
#pragma once

namespace sk::policy {

struct Limits {
  int included_rounds = 2;        // client revision rounds included in the price (round 0 is not one)
  double max_share_percent = 30;  // the most a round may change, in percent of the previous text
  double heads_up_percent = 80;   // warn when a round uses at least this percent of max_share_percent
};

}  // namespace sk::policy
