// Tests for ledger/backup: online backup, refusing to overwrite, restore with a safety copy, and refusals.
#include <catch2/catch.hpp>

#include <fstream>

#include "common/error.h"
#include "ledger/backup.h"
#include "ledger_fixtures.h"
#include "temp_dir.h"

using namespace sk::ledger;
using sk::ledger::testing::count_rows;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::TempDir;
using sk::ledger::testing::ten_words;

TEST_CASE("ledger/backup: backup copies everything and never overwrites", "[ledger][backup]") {
  TempDir temp;
  Database db = Database::open(temp.file("live.db"));
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words());

  const std::string out = temp.file("copy.db");
  backup_to(db, out);
  CHECK_FALSE(std::filesystem::exists(out + ".partial"));
  {
    Database copy = Database::open(out);
    CHECK(count_rows(copy, "revisions") == 1);
    CHECK(revision_original(copy, id, 1) == ten_words());
  }
  try {
    backup_to(db, out);
    FAIL("expected sk::Error");
  } catch (const sk::Error& error) {
    CHECK(error.kind() == sk::ErrorKind::kInvalidInput);
    CHECK(error.subject() == out);
  }
  CHECK_THROWS_AS(backup_to(db, temp.file("no/such/folder/x.db")), sk::Error);
}

TEST_CASE("ledger/backup: restore replaces the contents after a safety copy", "[ledger][backup]") {
  TempDir temp;
  Database db = Database::open(temp.file("live.db"));
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words());
  backup_to(db, temp.file("one-revision.db"));
  log_text(db, id, ten_words({2}));
  REQUIRE(count_rows(db, "revisions") == 2);

  const std::string safety = safety_backup_path(db.path(), "before-restore");
  restore_from(db, temp.file("one-revision.db"), safety);
  CHECK(count_rows(db, "revisions") == 1);
  Database before = Database::open(safety);
  CHECK(count_rows(before, "revisions") == 2);
}

TEST_CASE("ledger/backup: restore refuses files that are not Scopekeeper backups, changing nothing",
          "[ledger][backup]") {
  TempDir temp;
  Database db = Database::open(temp.file("live.db"));
  add_project(db, sample_project());
  std::ofstream(temp.file("text.db")) << std::string(8192, 'x');
  {
    SQLite::Database other(temp.file("other.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE t (x)");
  }
  for (const char* name : {"missing.db", "text.db", "other.db", "live.db"}) {
    CAPTURE(name);
    CHECK_THROWS_AS(restore_from(db, temp.file(name), temp.file(std::string(name) + ".safety")), sk::Error);
    CHECK_FALSE(std::filesystem::exists(temp.file(std::string(name) + ".safety")));
  }
  CHECK(count_rows(db, "projects") == 1);
}

TEST_CASE("ledger/backup: what a killed backup left behind is cleared by the next one", "[ledger][backup]") {
  TempDir temp;
  Database db = Database::open(temp.file("live.db"));
  add_project(db, sample_project());
  const std::string out = temp.file("copy.db");
  // A backup killed while writing leaves its partial file and SQLite's rollback journal beside it.
  std::ofstream(out + ".partial") << std::string(4096, 'p');
  std::ofstream(out + ".partial-journal") << std::string(512, 'j');
  backup_to(db, out);
  CHECK_FALSE(std::filesystem::exists(out + ".partial"));
  CHECK_FALSE(std::filesystem::exists(out + ".partial-journal"));
  Database copy = Database::open(out);
  CHECK(count_rows(copy, "projects") == 1);
}

TEST_CASE("ledger/backup: a damaged backup is refused in one line, changing nothing", "[ledger][backup]") {
  TempDir temp;
  Database db = Database::open(temp.file("live.db"));
  for (int i = 0; i < 40; ++i) add_project(db, sample_project());
  backup_to(db, temp.file("copy.db"));
  // Overwrite the middle of a few pages: SQLite's check reports them on several lines.
  {
    std::fstream file(temp.file("copy.db"), std::ios::in | std::ios::out | std::ios::binary);
    for (int page = 2; page < 5; ++page) {
      file.seekp(page * 4096 + 100);
      const std::string junk(1500, '\x55');
      file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
  }
  add_project(db, sample_project());
  try {
    restore_from(db, temp.file("copy.db"), temp.file("safety.db"));
    FAIL("a damaged backup was restored");
  } catch (const sk::Error& error) {
    CHECK(error.kind() == sk::ErrorKind::kCorrupt);
    CHECK(describe(error).find('\n') == std::string::npos);
    CHECK(describe(error).find("***") == std::string::npos);
    CHECK_THAT(describe(error), Catch::Contains("the backup is damaged ("));
  }
  CHECK_FALSE(std::filesystem::exists(temp.file("safety.db")));
  CHECK(count_rows(db, "projects") == 41);
}
