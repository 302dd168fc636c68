// Which notice a status calls for (the notices themselves are written in src/core/notice).
#pragma once

#include <optional>
#include <string>

#include "policy/status.h"

namespace sk::policy {

// within: none; heads-up: "heads-up"; over-scope: "over-scope"; rounds-exhausted: "rounds-exhausted".
// The kind names are the notice templates' names.
std::optional<std::string> notice_for(Status status);

}  // namespace sk::policy
