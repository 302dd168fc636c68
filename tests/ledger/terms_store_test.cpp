// Tests for ledger/terms_store: versions, validation, dates, and old versions kept as they were.
#include <catch2/catch.hpp>

#include "common/error.h"
#include "ledger/terms_store.h"
#include "ledger_fixtures.h"

using namespace sk::ledger;
using sk::ledger::testing::count_rows;
using sk::ledger::testing::sample_project;

TEST_CASE("ledger/terms_store: a new version is added and logged, the old one stays", "[ledger][terms]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  Terms terms = list_terms(db, id).back().terms;
  CHECK(terms.included_rounds == 2);
  CHECK(terms.heads_up_percent == 80);

  terms.included_rounds = 3;
  terms.hourly_rate = 40;
  CHECK(add_terms_version(db, id, terms, "2030-01-01") == 2);
  const auto versions = list_terms(db, id);
  REQUIRE(versions.size() == 2);
  CHECK(versions[0].terms.included_rounds == 2);
  CHECK(versions[1].terms.included_rounds == 3);
  CHECK(versions[1].terms.hourly_rate == 40);
  CHECK(versions[1].effective_from == "2030-01-01");
  CHECK(db.sql().execAndGet("SELECT count(*) FROM events WHERE kind = 'terms.edited'").getInt() == 1);

  // The shipped schema refuses to rewrite a version.
  CHECK_THROWS_AS(db.transaction([&] { db.sql().exec("UPDATE terms SET included_rounds = 9"); }), sk::Error);
}

TEST_CASE("ledger/terms_store: bad terms, dates and ids change nothing", "[ledger][terms]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  const int events = count_rows(db, "events");
  struct Case {
    const char* what;
    std::int64_t project;
    Terms terms;
    const char* from;
    sk::ErrorKind kind;
  };
  Terms negative;
  negative.included_rounds = -1;
  Terms share_zero;
  share_zero.max_share_percent = 0;
  Terms share_big;
  share_big.max_share_percent = 101;
  Terms heads_up_zero;
  heads_up_zero.heads_up_percent = 0;
  Terms price;
  price.extra_round_price = -1;
  const Case cases[] = {
      {"negative rounds", id, negative, "", sk::ErrorKind::kInvalidInput},
      {"share 0", id, share_zero, "", sk::ErrorKind::kInvalidInput},
      {"share 101", id, share_big, "", sk::ErrorKind::kInvalidInput},
      {"heads-up 0", id, heads_up_zero, "", sk::ErrorKind::kInvalidInput},
      {"negative price", id, price, "", sk::ErrorKind::kInvalidInput},
      {"not a date", id, Terms{}, "2024-02-30", sk::ErrorKind::kInvalidInput},
      {"before the current version", id, Terms{}, "2000-01-01", sk::ErrorKind::kInvalidInput},
      {"unknown project", 999, Terms{}, "", sk::ErrorKind::kNotFound},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    try {
      add_terms_version(db, c.project, c.terms, c.from);
      FAIL("expected sk::Error");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == c.kind);
    }
  }
  CHECK(count_rows(db, "terms") == 1);
  CHECK(count_rows(db, "events") == events);
}
