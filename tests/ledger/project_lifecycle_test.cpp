// Tests for ledger/project_lifecycle: closing keeps records; deleting writes a full copy first.
#include <catch2/catch.hpp>

#include "common/error.h"
#include "ledger/backup.h"
#include "ledger/delivery_store.h"
#include "ledger/project_lifecycle.h"
#include "ledger_fixtures.h"
#include "temp_dir.h"

using namespace sk::ledger;
using sk::ledger::testing::count_rows;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_delivery;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::TempDir;
using sk::ledger::testing::ten_words;

TEST_CASE("ledger/project_lifecycle: close keeps the records and is logged", "[ledger][lifecycle]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words());
  close_project(db, id);
  const ProjectDetails project = get_project(db, id);
  CHECK(project.status == "closed");
  CHECK_FALSE(project.closed_at.empty());
  CHECK(count_rows(db, "revisions") == 1);
  CHECK(db.sql().execAndGet("SELECT count(*) FROM events WHERE kind = 'project.closed'").getInt() == 1);
  CHECK_THROWS_AS(close_project(db, id), sk::Error);
  CHECK_THROWS_AS(close_project(db, 999), sk::Error);
}

TEST_CASE("ledger/project_lifecycle: delete writes a backup holding everything it removes",
          "[ledger][lifecycle]") {
  TempDir temp;
  const std::string path = temp.file("ledger.db");
  Database db = Database::open(path);
  const auto kept = add_project(db, sample_project());
  const auto doomed = add_project(db, sample_project());
  log_text(db, doomed, ten_words());
  log_text(db, doomed, ten_words({1}));
  // A delivery with its approval goes with the project (the foreign keys would refuse otherwise).
  add_delivery(db, doomed, sample_delivery("2024-05-01", "v1.txt", "version one"));
  add_approval(db, doomed, 1, "2024-05-02", "by email");

  const std::string copy = safety_backup_path(path, "before-delete-2");
  const DeletedProject deleted = delete_project(db, doomed, copy);
  CHECK(deleted.revisions == 2);
  CHECK(count_rows(db, "projects") == 1);
  CHECK(count_rows(db, "revisions") == 0);
  CHECK(count_rows(db, "deliveries") == 0);
  CHECK(count_rows(db, "approvals") == 0);
  CHECK(get_project(db, kept).id == kept);
  CHECK_THROWS_AS(get_project(db, doomed), sk::Error);
  SQLite::Statement event(db.sql(), "SELECT project_id, detail FROM events WHERE kind = 'project.deleted'");
  REQUIRE(event.executeStep());
  CHECK(event.getColumn(0).isNull());
  CHECK_THAT(event.getColumn(1).getString(), Catch::Contains(copy));

  Database backup = Database::open(copy);
  CHECK(count_rows(backup, "projects") == 2);
  CHECK(count_rows(backup, "revisions") == 2);
  CHECK(count_rows(backup, "deliveries") == 1);
  CHECK(count_rows(backup, "approvals") == 1);
  CHECK(revision_text(backup, doomed, 2) == ten_words({1}));

  SECTION("a backup that cannot be written deletes nothing") {
    CHECK_THROWS_AS(delete_project(db, kept, copy), sk::Error);  // the file exists: never overwritten
    CHECK(count_rows(db, "projects") == 1);
  }
}
