// Tests for ledger/migrations: upgrading from an empty v0 file, the step runner, and the schema's checks.
#include <catch2/catch.hpp>

#include <fstream>

#include <SQLiteCpp/Database.h>

#include "common/error.h"
#include "ledger/database.h"
#include "ledger/migrations.h"
#include "ledger/project_store.h"
#include "temp_dir.h"

using sk::ledger::Database;
using sk::ledger::Migration;
using sk::ledger::testing::TempDir;

namespace {

int user_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

void step_one(SQLite::Database& db) {
  db.exec("CREATE TABLE a (x INTEGER)");
}
void step_two(SQLite::Database& db) {
  db.exec("CREATE TABLE b (y INTEGER)");
}
void failing_step(SQLite::Database& db) {
  db.exec("CREATE TABLE c (z INTEGER)");
  db.exec("INSERT INTO no_such_table VALUES (1)");
}

}  // namespace

TEST_CASE("ledger/migrations: the shipped migrations are numbered 1, 2, 3, ...", "[ledger][migrations]") {
  const auto steps = sk::ledger::migrations();
  REQUIRE_FALSE(steps.empty());
  for (std::size_t i = 0; i < steps.size(); ++i) {
    CHECK(steps[i].version == static_cast<int>(i) + 1);
    CHECK(std::string(steps[i].summary).size() > 0);
  }
  CHECK(sk::ledger::latest_schema_version() == steps.back().version);
}

TEST_CASE("ledger/migrations: an empty v0 file is migrated to the latest schema", "[ledger][migrations]") {
  TempDir temp;
  const std::string path = temp.file("v0.db");

  SECTION("a zero-byte file") {
    std::ofstream{path};
  }
  SECTION("a SQLite file with user_version 0 and no tables") {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("PRAGMA page_size = 8192; VACUUM;");
    REQUIRE(user_version(raw) == 0);
  }
  REQUIRE(std::filesystem::exists(path));

  Database db = Database::open(path);
  CHECK(db.schema_version() == sk::ledger::latest_schema_version());
  CHECK(db.sql().tableExists("projects"));
  CHECK(db.sql().execAndGet("PRAGMA application_id").getInt() == Database::kApplicationId);
}

TEST_CASE("ledger/migrations: migrate applies each missing step once", "[ledger][migrations]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  const Migration steps[] = {{1, "a", &step_one}, {2, "b", &step_two}};

  CHECK(sk::ledger::migrate(db, std::span(steps, 1)) == 1);
  CHECK(user_version(db) == 1);
  CHECK(sk::ledger::migrate(db, steps) == 1);  // only step 2 is new
  CHECK(user_version(db) == 2);
  CHECK(db.tableExists("b"));
  CHECK(sk::ledger::migrate(db, steps) == 0);
}

TEST_CASE("ledger/migrations: a failing step leaves the database at the previous version",
          "[ledger][migrations]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  const Migration steps[] = {{1, "a", &step_one}, {2, "b", &step_two}, {3, "broken", &failing_step}};

  CHECK_THROWS_AS(sk::ledger::migrate(db, steps), SQLite::Exception);
  CHECK(user_version(db) == 2);
  CHECK(db.tableExists("b"));
  CHECK_FALSE(db.tableExists("c"));  // the failed step's own work was rolled back
}

TEST_CASE("ledger/migrations: the schema rejects values outside the agreed ranges", "[ledger][migrations]") {
  Database db = Database::open(":memory:");
  db.sql().exec(
      "INSERT INTO clients (id, name) VALUES (1, 'Client');"
      "INSERT INTO projects (id, title, client_id) VALUES (1, 'Project', 1);");

  struct Case {
    const char* what;
    const char* sql;
    bool accepted;
  };
  const Case cases[] = {
      {"valid terms",
       "INSERT INTO terms (project_id, version, included_rounds, max_share_percent) VALUES (1, 1, 2, 30)",
       true},
      {"negative rounds",
       "INSERT INTO terms (project_id, version, included_rounds, max_share_percent) VALUES (1, 2, -1, 30)",
       false},
      {"share 0",
       "INSERT INTO terms (project_id, version, included_rounds, max_share_percent) VALUES (1, 2, 2, 0)",
       false},
      {"share 101",
       "INSERT INTO terms (project_id, version, included_rounds, max_share_percent) VALUES (1, 2, 2, 101)",
       false},
      {"duplicate terms version",
       "INSERT INTO terms (project_id, version, included_rounds, max_share_percent) VALUES (1, 1, 3, 30)",
       false},
      {"another language (the stores check the registry, not the schema)",
       "INSERT INTO clients (name, language) VALUES ('X', 'fr')", true},
      {"no language", "INSERT INTO clients (name, language) VALUES ('X', '')", false},
      {"Korean client", "INSERT INTO clients (name, language) VALUES ('김지우', 'ko')", true},
      {"unknown status", "INSERT INTO projects (title, client_id, status) VALUES ('P', 1, 'paused')", false},
      {"closed without date", "INSERT INTO projects (title, client_id, status) VALUES ('P', 1, 'closed')",
       false},
      {"not counted without reason",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "counted) "
       "VALUES (1, 1, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', 0), 0)",
       false},
      {"measured that is not JSON",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "measured) "
       "VALUES (1, 1, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', 0), '{oops')",
       false},
      {"valid revision",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "measured) "
       "VALUES (1, 1, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', 0), '{\"share\": 12.5}')",
       true},
      // Step 7: a withdrawn revision does not count, has a day and a reason, and keeps its not-counted
      // reason (none when it counted before).
      {"withdrawn, without a not-counted reason",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "counted, "
       "withdrawn_on, withdrawn_reason) VALUES (1, 2, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', "
       "0), "
       "0, '2024-05-02', 'wrong project')",
       true},
      {"withdrawn but counted",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "counted, "
       "withdrawn_on, withdrawn_reason) VALUES (1, 3, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', "
       "0), "
       "1, '2024-05-02', 'wrong project')",
       false},
      {"withdrawn without a reason",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "counted, "
       "withdrawn_on) VALUES (1, 3, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', 0), 0, "
       "'2024-05-02')",
       false},
      {"withdrawn with a blank reason",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "counted, "
       "withdrawn_on, withdrawn_reason) VALUES (1, 3, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', "
       "0), "
       "0, '2024-05-02', '  ')",
       false},
      {"withdrawn on a day that is not a date",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "counted, "
       "withdrawn_on, withdrawn_reason) VALUES (1, 3, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', "
       "0), "
       "0, 'yesterday', 'wrong project')",
       false},
      {"a reason without a withdrawal",
       "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
       "withdrawn_reason) VALUES (1, 3, '2024-05-01', 'a.txt', 'txt', x'00', printf('%064d', 0), 'x')",
       false},
      {"notice in another language (the notice store checks the registry)",
       "INSERT INTO notices (project_id, kind, language, text) VALUES (1, 'heads-up', 'de', 'Hallo')", true},
      {"notice without a language",
       "INSERT INTO notices (project_id, kind, language, text) VALUES (1, 'heads-up', '', 'Hallo')", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    bool accepted = true;
    try {
      db.transaction([&] { db.sql().exec(c.sql); });
    } catch (const sk::Error& error) {
      CHECK(error.kind() == sk::ErrorKind::kInvalidInput);
      accepted = false;
    }
    CHECK(accepted == c.accepted);
  }
}

TEST_CASE("ledger/migrations: step 4 takes the language lists out of the schema, touching no row",
          "[ledger][migrations]") {
  Database db = Database::open(":memory:");
  for (const char* table : {"clients", "notices"}) {
    CAPTURE(table);
    const std::string sql =
        db.sql()
            .execAndGet(std::string("SELECT sql FROM sqlite_schema WHERE name = '") + table + "'")
            .getString();
    CHECK(sql.find("'ko'") == std::string::npos);
    CHECK(sql.find("CHECK (length(language) > 0)") != std::string::npos);
  }
  CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
  // The stores still refuse a language Scopekeeper does not speak, with the registry's words.
  sk::ledger::NewProject project;
  project.title = "T";
  project.client_name = "C";
  project.language = "fr";
  CHECK(sk::ledger::validation_problem(project) == "the language must be en, ko or ro (got \"fr\")");
}
