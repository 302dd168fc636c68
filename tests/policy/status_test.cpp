// Tests for policy/status and policy/notice_kind: each status, the precedence between them, the notices.
#include <catch2/catch.hpp>

#include "policy/notice_kind.h"
#include "policy/status.h"

using sk::policy::judge;
using sk::policy::Limits;
using sk::policy::project_scope;
using sk::policy::Status;

TEST_CASE("policy/status: judge applies the limits with the documented precedence", "[policy][status]") {
  const Limits two_rounds{2, 30, 80};  // heads-up from 24%
  const Limits no_rounds{0, 30, 80};
  const Limits half{3, 20, 50};  // heads-up from 10%
  struct Case {
    const char* what;
    std::optional<int> round;
    std::optional<double> share;
    Limits limits;
    Status expected;
  };
  const auto none = std::nullopt;
  const Case cases[] = {
      {"not counted, whatever it changed", none, 0.9, two_rounds, Status::kWithin},
      {"original delivery", 0, none, two_rounds, Status::kWithin},
      {"original delivery with no rounds included", 0, none, no_rounds, Status::kWithin},
      {"round 1, small change", 1, 0.10, two_rounds, Status::kWithin},
      {"round 1, not measured", 1, none, two_rounds, Status::kWithin},
      {"round 1, just under the heads-up", 1, 0.2399, two_rounds, Status::kWithin},
      {"round 1, exactly the heads-up (24%)", 1, 0.24, two_rounds, Status::kHeadsUp},
      {"round 1, exactly the limit (30%) is still within scope", 1, 0.30, two_rounds, Status::kHeadsUp},
      {"round 1, just over the limit", 1, 0.3001, two_rounds, Status::kOverScope},
      {"round 2 starts the last included round", 2, 0.01, two_rounds, Status::kHeadsUp},
      {"last round and over the limit: over-scope wins", 2, 0.5, two_rounds, Status::kOverScope},
      {"round 3 of 2: rounds exhausted", 3, 0.01, two_rounds, Status::kRoundsExhausted},
      {"rounds exhausted wins over over-scope", 3, 0.9, two_rounds, Status::kRoundsExhausted},
      {"no rounds included: the first edit exhausts them", 1, 0.05, no_rounds, Status::kRoundsExhausted},
      {"a round past the included ones that changed nothing bills nothing", 3, 0.0, two_rounds,
       Status::kWithin},
      {"no rounds included and nothing changed: nothing to bill", 1, 0.0, no_rounds, Status::kWithin},
      {"the last included round that changed nothing is still the last one", 2, 0.0, two_rounds,
       Status::kHeadsUp},
      {"custom heads-up at 50% of a 20% share", 1, 0.10, half, Status::kHeadsUp},
      {"custom heads-up, below it", 1, 0.099, half, Status::kWithin},
      {"a 100% share limit", 1, 1.0, Limits{2, 100, 80}, Status::kHeadsUp},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(judge(c.round, c.share, c.limits) == c.expected);
  }
}

TEST_CASE("policy/status: names and the notices each status calls for", "[policy][status]") {
  struct Case {
    Status status;
    const char* name;
    std::optional<std::string> notice;
  };
  const Case cases[] = {
      {Status::kWithin, "within", std::nullopt},
      {Status::kHeadsUp, "heads-up", "heads-up"},
      {Status::kOverScope, "over-scope", "over-scope"},
      {Status::kRoundsExhausted, "rounds-exhausted", "rounds-exhausted"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(std::string(sk::policy::to_string(c.status)) == c.name);
    CHECK(sk::policy::status_from_string(c.name) == c.status);
    const auto notice = sk::policy::notice_for(c.status);
    CHECK((notice ? std::optional<std::string>(sk::policy::to_string(*notice)) : std::nullopt) == c.notice);
    if (notice) CHECK(sk::policy::parse_notice_kind(*c.notice) == notice);
  }
  CHECK_FALSE(sk::policy::status_from_string("over scope").has_value());
}

TEST_CASE("policy/status: a project's scope is its latest counted round, judged", "[policy][status]") {
  const Limits two_rounds{2, 30, 80};
  CHECK(project_scope(0, std::nullopt, two_rounds) == Status::kWithin);   // nothing counted yet
  CHECK(project_scope(1, std::nullopt, two_rounds) == Status::kWithin);   // the original delivery
  CHECK(project_scope(2, 0.10, two_rounds) == Status::kWithin);           // round 1
  CHECK(project_scope(2, 0.35, two_rounds) == Status::kOverScope);        // round 1, over the share
  CHECK(project_scope(3, 0.01, two_rounds) == Status::kHeadsUp);          // the last included round
  CHECK(project_scope(4, 0.01, two_rounds) == Status::kRoundsExhausted);  // round 3 of 2
  for (int counted = 1; counted < 6; ++counted) {
    CAPTURE(counted);
    CHECK(project_scope(counted, 0.2, two_rounds) == judge(counted - 1, 0.2, two_rounds));
  }
}
