// Tests for ledger/database: opening settings, refusing foreign or newer files, transactions, two writers.
#include <catch2/catch.hpp>

#include <atomic>
#include <fstream>
#include <thread>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

#include "common/error.h"
#include "ledger/database.h"
#include "ledger/migrations.h"
#include "temp_dir.h"

using sk::ErrorKind;
using sk::ledger::Database;
using sk::ledger::testing::TempDir;

namespace {

// Runs `fn` and returns the kind of the sk::Error it throws; fails the test when it throws nothing.
template <typename Fn>
ErrorKind error_kind_of(Fn&& fn) {
  try {
    fn();
  } catch (const sk::Error& error) {
    return error.kind();
  }
  FAIL("expected sk::Error");
  return ErrorKind::kInvalidInput;  // not reached
}

int pragma(const std::string& path, const std::string& name) {
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  return raw.execAndGet("PRAGMA " + name).getInt();
}

void make_raw_file(const std::string& path, const std::string& sql) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  raw.exec(sql);
}

int count_rows(Database& db, const std::string& table) {
  return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
}

void insert_client(Database& db, const std::string& name) {
  SQLite::Statement insert(db.sql(), "INSERT INTO clients (name) VALUES (?)");
  insert.bind(1, name);
  insert.exec();
}

}  // namespace

TEST_CASE("ledger/database: a fresh database file is WAL, enforces foreign keys and is stamped",
          "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("fresh.db");
  REQUIRE_FALSE(std::filesystem::exists(path));
  Database db = Database::open(path);

  CHECK(std::filesystem::exists(path));
  CHECK(db.path() == path);
  CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(db.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK(db.sql().execAndGet("PRAGMA busy_timeout").getInt() == 5000);
  CHECK(db.schema_version() == sk::ledger::latest_schema_version());
  CHECK(pragma(path, "user_version") == sk::ledger::latest_schema_version());
  CHECK(pragma(path, "application_id") == Database::kApplicationId);
  for (const char* table : {"clients", "projects", "terms", "revisions", "notices", "events"}) {
    CAPTURE(table);
    CHECK(db.sql().tableExists(table));
  }
}

TEST_CASE("ledger/database: foreign keys are enforced", "[ledger][Database]") {
  Database db = Database::open(":memory:");
  CHECK(error_kind_of([&] {
          db.transaction([&] { db.sql().exec("INSERT INTO projects (title, client_id) VALUES ('x', 999)"); });
        }) == ErrorKind::kInvalidInput);
  CHECK(count_rows(db, "projects") == 0);
}

TEST_CASE("ledger/database: reopening keeps the data and does not migrate again", "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("reopen.db");
  {
    Database db = Database::open(path);
    db.transaction([&] { insert_client(db, "Ana Popescu"); });
  }
  Database again = Database::open(path);
  CHECK(count_rows(again, "clients") == 1);
  CHECK(again.schema_version() == sk::ledger::latest_schema_version());
}

TEST_CASE("ledger/database: a database from a newer Scopekeeper is refused and left alone",
          "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("newer.db");
  { Database db = Database::open(path); }
  const int newer = sk::ledger::latest_schema_version() + 1;
  make_raw_file(path, "PRAGMA user_version = " + std::to_string(newer));

  try {
    Database::open(path);
    FAIL("expected sk::Error");
  } catch (const sk::Error& error) {
    CHECK(error.kind() == ErrorKind::kUnsupported);
    CHECK(error.subject() == path);
    CHECK_THAT(error.message(), Catch::Contains("newer Scopekeeper"));
  }
  CHECK(pragma(path, "user_version") == newer);
}

TEST_CASE("ledger/database: another program's SQLite file is refused and not modified",
          "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("other.db");

  SECTION("with a foreign application_id") {
    make_raw_file(path, "PRAGMA application_id = 1234; CREATE TABLE notes (body TEXT);");
    try {
      Database::open(path);
      FAIL("expected sk::Error");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == ErrorKind::kUnsupported);
      CHECK_THAT(error.message(), Catch::Contains("another program"));
    }
    CHECK(pragma(path, "application_id") == 1234);
  }
  SECTION("unmarked but already holding tables") {
    make_raw_file(path, "CREATE TABLE notes (body TEXT);");
    CHECK(error_kind_of([&] { Database::open(path); }) == ErrorKind::kUnsupported);
    CHECK(pragma(path, "application_id") == 0);
  }
  SQLite::Database raw(path, SQLite::OPEN_READONLY);
  CHECK(raw.execAndGet("PRAGMA journal_mode").getString() == "delete");
  CHECK_FALSE(raw.tableExists("projects"));
}

TEST_CASE("ledger/database: a file that is not a database is reported as corrupt", "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("notes.txt");
  std::ofstream(path) << std::string(4096, 'x');
  CHECK(error_kind_of([&] { Database::open(path); }) == ErrorKind::kCorrupt);
}

TEST_CASE("ledger/database: a database in a missing folder cannot be opened", "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("missing/folder/x.db");
  try {
    Database::open(path);
    FAIL("expected sk::Error");
  } catch (const sk::Error& error) {
    CHECK(error.kind() == ErrorKind::kIo);
    CHECK(error.subject() == path);
  }
}

TEST_CASE("ledger/database: transaction commits, returns a value and rolls back on failure",
          "[ledger][Database]") {
  Database db = Database::open(":memory:");

  const int inserted = db.transaction([&] {
    insert_client(db, "Kim Ji-woo");
    return 1;
  });
  CHECK(inserted == 1);
  CHECK(count_rows(db, "clients") == 1);

  SECTION("a C++ exception rolls back and passes through") {
    CHECK_THROWS_AS(db.transaction([&] {
      insert_client(db, "lost");
      throw std::runtime_error("stop");
    }),
                    std::runtime_error);
  }
  SECTION("a SQLite failure rolls back the earlier statements and becomes sk::Error") {
    CHECK(error_kind_of([&] {
            db.transaction([&] {
              insert_client(db, "lost");
              insert_client(db, "   ");  // fails CHECK (non-blank name)
            });
          }) == ErrorKind::kInvalidInput);
  }
  SECTION("a nested transaction is a programming error") {
    CHECK_THROWS_AS(db.transaction([&] { db.transaction([] {}); }), std::logic_error);
  }
  CHECK(count_rows(db, "clients") == 1);
  CHECK(sqlite3_get_autocommit(db.sql().getHandle()) != 0);  // no transaction left open
}

TEST_CASE("ledger/database: a second writer gets kBusy while the first holds the write lock, nothing is lost",
          "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("shared.db");
  Database first = Database::open(path);
  Database second = Database::open(path);
  second.set_busy_timeout(std::chrono::milliseconds(100));

  first.transaction([&] {
    insert_client(first, "written by first");
    // WAL: the second connection still reads (the last committed state) while the first writes.
    CHECK(second.read([&] { return count_rows(second, "clients"); }) == 0);
    try {
      second.transaction([&] { insert_client(second, "written by second"); });
      FAIL("expected kBusy");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == ErrorKind::kBusy);
      CHECK(error.message() == "database busy, try again");
      CHECK(error.subject() == path);
    }
  });

  // Once the first commits, the retry succeeds.
  second.transaction([&] { insert_client(second, "written by second"); });
  CHECK(count_rows(first, "clients") == 2);
  CHECK(count_rows(second, "clients") == 2);
}

TEST_CASE("ledger/database: two connections writing at once both succeed within the busy timeout",
          "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("concurrent.db");
  { Database setup = Database::open(path); }
  constexpr int kPerWriter = 50;
  std::atomic<int> failures{0};

  auto writer = [&](const std::string& prefix) {
    try {
      Database db = Database::open(path);
      for (int i = 0; i < kPerWriter; ++i) {
        db.transaction([&] { insert_client(db, prefix + std::to_string(i)); });
      }
    } catch (...) {
      ++failures;
    }
  };
  std::thread a(writer, "a");
  std::thread b(writer, "b");
  a.join();
  b.join();

  CHECK(failures == 0);
  Database check = Database::open(path);
  CHECK(count_rows(check, "clients") == 2 * kPerWriter);
}

TEST_CASE("ledger/database: data_version tells another connection's commit from none", "[ledger][Database]") {
  TempDir temp;
  const std::string path = temp.file("watched.db");
  Database window = Database::open(path);
  Database cli = Database::open(path);
  const std::int64_t first = window.data_version();
  CHECK(window.data_version() == first);  // nothing written: the same

  // Its own write does not count as news...
  window.transaction([&] { window.sql().exec("CREATE TABLE mine (x)"); });
  const std::int64_t after_own = window.data_version();
  CHECK(window.data_version() == after_own);

  // ...another connection's commit does.
  cli.transaction([&] { cli.sql().exec("CREATE TABLE theirs (x)"); });
  CHECK(window.data_version() != after_own);
  // A read by the other connection is not a change.
  const std::int64_t seen = window.data_version();
  cli.read([&] { return cli.sql().execAndGet("SELECT count(*) FROM theirs").getInt(); });
  CHECK(window.data_version() == seen);
}
