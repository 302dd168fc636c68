// Tests for policy/rounds: the original delivery is round 0; not-counted revisions take no round.
#include <catch2/catch.hpp>

#include "policy/rounds.h"

using sk::policy::number_rounds;

TEST_CASE("policy/rounds: numbering skips revisions that do not count", "[policy][rounds]") {
  using Rounds = std::vector<std::optional<int>>;
  const auto none = std::nullopt;
  CHECK(number_rounds({}).empty());
  CHECK(number_rounds({true}) == Rounds{0});
  CHECK(number_rounds({true, true, true}) == Rounds{0, 1, 2});
  CHECK(number_rounds({true, true, false, true}) == Rounds{0, 1, none, 2});
  // A first file that does not count: the next counted one is the original delivery.
  CHECK(number_rounds({false, true, true}) == Rounds{none, 0, 1});
  CHECK(number_rounds({false, false}) == Rounds{none, none});
}
