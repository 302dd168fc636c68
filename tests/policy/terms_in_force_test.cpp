// Tests for policy/terms_in_force: a revision is judged by the terms that applied on the day it arrived.
#include <catch2/catch.hpp>

#include "policy/terms_in_force.h"

using sk::policy::terms_in_force;
using sk::policy::TermsStart;

TEST_CASE("policy/terms_in_force: picks the latest version started on or before the date",
          "[policy][terms]") {
  const std::vector<TermsStart> versions = {{1, "2024-03-01"}, {2, "2024-04-01"}, {3, "2024-04-01"}};
  struct Case {
    const char* date;
    std::size_t expected;
  };
  const Case cases[] = {
      {"2024-02-15", 0},  // before every version: the terms agreed at the start
      {"2024-03-01", 0}, {"2024-03-31", 0},
      {"2024-04-01", 2},  // two versions from the same day: the later one
      {"2030-01-01", 2},
  };
  for (const Case& c : cases) {
    CAPTURE(c.date);
    CHECK(terms_in_force(versions, c.date) == c.expected);
  }
  CHECK(terms_in_force({{1, "2024-05-01"}}, "2024-01-01") == 0);
}
