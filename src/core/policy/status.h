// A revision's status against the terms in force when it arrived: within, heads-up, over-scope or
// rounds-exhausted.
#pragma once

#include <optional>
#include <string_view>

#include "policy/limits.h"

namespace sk::policy {

// In order of precedence, lowest first: when several apply, the later one is the status.
enum class Status { kWithin, kHeadsUp, kOverScope, kRoundsExhausted };

// "within", "heads-up", "over-scope", "rounds-exhausted".
const char* to_string(Status status);
// The inverse of to_string; nullopt for anything else.
std::optional<Status> status_from_string(std::string_view text);

// The status of a revision in `round` (nullopt: not counted) that changed `changed_share` (0..1, nullopt when
// not measured) of the previous counted text, under `limits`:
//   - not counted, or round 0 (the original delivery): within;
//   - rounds-exhausted: the round is past the included rounds (round > included_rounds), unless it
//     changed nothing (a share of exactly 0, counted on purpose): within, so no notice bills it;
//   - over-scope: the round changed more than max_share_percent;
//   - heads-up: the round is the last included one (round == included_rounds), or it used at least
//     heads_up_percent of max_share_percent;
//   - within: otherwise.
// Shares are compared with a tolerance of 1e-9 percent, so exactly 30% is within a 30% limit.
Status judge(std::optional<int> round, std::optional<double> changed_share, const Limits& limits);

// Whether `changed_share` (0..1, nullopt: not measured) reached the heads-up share of `limits`
// (heads_up_percent of max_share_percent, with judge()'s tolerance). judge() gives a heads-up for this or for
// the last included round; a notice names which.
bool reached_heads_up_share(std::optional<double> changed_share, const Limits& limits);

// Where a project stands — its badge in the projects list and its window: the status of its latest counted
// revision, judged by judge() under the terms it was logged under; within while nothing counted has arrived.
// `counted_revisions` is how many of its revisions count, so the latest one is round counted_revisions - 1
// (rounds.h). The one place the projects list, the project window and the CLI learn a project's scope.
Status project_scope(int counted_revisions, std::optional<double> latest_share, const Limits& latest_limits);

}  // namespace sk::policy
