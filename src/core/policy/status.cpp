// Judging one revision against its limits; see status.h.
#include "policy/status.h"

namespace sk::policy {

namespace {

constexpr double kTolerancePercent = 1e-9;

}  // namespace

const char* to_string(Status status) {
  switch (status) {
    case Status::kWithin:
      return "within";
    case Status::kHeadsUp:
      return "heads-up";
    case Status::kOverScope:
      return "over-scope";
    case Status::kRoundsExhausted:
      return "rounds-exhausted";
  }
  return "within";
}

std::optional<Status> status_from_string(std::string_view text) {
  for (Status status : {Status::kWithin, Status::kHeadsUp, Status::kOverScope, Status::kRoundsExhausted}) {
    if (text == to_string(status)) return status;
  }
  return std::nullopt;
}

Status judge(std::optional<int> round, std::optional<double> changed_share, const Limits& limits) {
  if (!round || *round <= 0) return Status::kWithin;
  // A round the user counted although it changed nothing (0%) is never billed as an extra round.
  if (*round > limits.included_rounds) {
    return changed_share && *changed_share == 0 ? Status::kWithin : Status::kRoundsExhausted;
  }
  const double used_percent = changed_share.value_or(0.0) * 100.0;
  if (used_percent > limits.max_share_percent + kTolerancePercent) return Status::kOverScope;
  if (*round == limits.included_rounds || reached_heads_up_share(changed_share, limits))
    return Status::kHeadsUp;
  return Status::kWithin;
}

bool reached_heads_up_share(std::optional<double> changed_share, const Limits& limits) {
  const double heads_up_at = limits.max_share_percent * limits.heads_up_percent / 100.0;
  return changed_share.value_or(0.0) * 100.0 + kTolerancePercent >= heads_up_at;
}

Status project_scope(int counted_revisions, std::optional<double> latest_share, const Limits& latest_limits) {
  if (counted_revisions <= 0) return Status::kWithin;
  return judge(counted_revisions - 1, latest_share, latest_limits);
}

}  // namespace sk::policy
