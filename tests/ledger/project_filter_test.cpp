// Tests for ledger/project_filter: the Projects screen's search.
#include <catch2/catch.hpp>

#include "ledger/project_filter.h"

using sk::ledger::ProjectSummary;

TEST_CASE("ledger/project_filter: matches_search folds case in any script and needs every word",
          "[ledger][project]") {
  ProjectSummary romanian;
  romanian.title = "Broșură de primăvară — ediția țării";
  romanian.client_name = "Editura Ștefan";
  ProjectSummary korean;
  korean.title = "브랜드 카피 리뉴얼";
  korean.client_name = "김지우";

  struct Case {
    const ProjectSummary* project;
    const char* query;
    bool matches;
  };
  const Case cases[] = {
      {&romanian, "", true},
      {&romanian, "   ", true},
      {&romanian, "BROȘURĂ", true},
      {&romanian, "ștefan", true},             // client name, lower case vs upper-case Ș
      {&romanian, "primăvară editura", true},  // words may come from title and client
      {&romanian, "primavara", false},         // diacritics matter
      {&romanian, "broșură iarnă", false},     // every word must match
      {&korean, "카피", true},
      {&korean, "김지우", true},
      {&korean, "카피 김", true},
      {&korean, "로고", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.project->title, c.query);
    CHECK(sk::ledger::matches_search(*c.project, c.query) == c.matches);
  }

  const auto found = sk::ledger::filter_projects({romanian, korean}, "카피");
  REQUIRE(found.size() == 1);
  CHECK(found[0].title == korean.title);
}
