// Round numbering: the first counted file is the original delivery (round 0); each later counted file is the
// next round; files marked "not counted" take no round.
#pragma once

#include <optional>
#include <vector>

namespace sk::policy {

// `counted[i]` tells whether revision i (in logging order) counts. Returns each revision's round, or nullopt
// for the revisions that do not count. Example: {true, true, false, true} -> {0, 1, none, 2}.
std::vector<std::optional<int>> number_rounds(const std::vector<bool>& counted);

}  // namespace sk::policy
