// The ledger's database file: opening it safely (WAL, foreign keys, version checks, migrations) and
// running work in one transaction. Every SQLite failure leaves here as sk::Error.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>

#include "ledger/sqlite_error.h"

namespace sk::ledger {

class Database {
 public:
  // Stamped in `PRAGMA application_id`: 'SCKP'.
  static constexpr std::int32_t kApplicationId = 0x53434B50;
  static constexpr std::chrono::milliseconds kDefaultBusyTimeout{5000};

  // Opens `path`, creating the file if missing (its folder must exist: see ensure_parent_directory),
  // or ":memory:" for a private in-memory database. Turns on WAL (files only), foreign keys and a 5 s busy
  // timeout, stamps the application id and runs the migrations. Before upgrading a database that already
  // has a schema (user_version >= 1) it writes a safety copy beside it (see upgrade_backup()).
  // Throws sk::Error with `path` as subject: kUnsupported for another program's SQLite file or a schema
  // newer than this build; kCorrupt for a file that is not a database; kIo when it cannot be opened;
  // kBusy when another process holds the write lock for longer than the timeout.
  static Database open(const std::string& path);

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  ~Database() = default;

  const std::string& path() const { return path_; }
  // The safety copy written before this open upgraded the schema; empty when nothing was upgraded.
  const std::string& upgrade_backup() const { return upgrade_backup_; }
  int schema_version() const;
  // A number that changes whenever another connection (another program, or background work) commits to
  // the ledger; the same between two calls when nothing else wrote. Its own commits do not change it.
  // Cheap (SQLite's PRAGMA data_version): windows poll it to show what the CLI did. Throws sk::Error.
  std::int64_t data_version() const;

  // How long a statement waits for another connection's lock before failing with kBusy.
  void set_busy_timeout(std::chrono::milliseconds timeout);

  // The underlying connection, for the ledger's own stores. Callers outside src/core/ledger should not
  // need it. SQLite exceptions thrown while using it should pass through transaction() or read().
  SQLite::Database& sql() { return *sql_; }

  // Runs `fn()` inside one BEGIN IMMEDIATE transaction (the write lock is taken up front, so a busy
  // database fails before any work is done) and commits; on any exception rolls back and rethrows,
  // SQLite exceptions as sk::Error. Returns what `fn` returns.
  // REQUIRES: not already inside a transaction on this connection (throws std::logic_error).
  template <typename Fn>
  std::invoke_result_t<Fn&> transaction(Fn&& fn) {
    return guarded(fn, "BEGIN IMMEDIATE");
  }

  // Like transaction() for reads: BEGIN DEFERRED, so the reads see one snapshot and take no write lock.
  template <typename Fn>
  std::invoke_result_t<Fn&> read(Fn&& fn) {
    return guarded(fn, "BEGIN DEFERRED");
  }

 private:
  Database(std::unique_ptr<SQLite::Database> sql, std::string path, std::string upgrade_backup);

  template <typename Fn>
  std::invoke_result_t<Fn&> guarded(Fn& fn, const char* begin_statement) {
    begin(begin_statement);
    try {
      if constexpr (std::is_void_v<std::invoke_result_t<Fn&>>) {
        fn();
        commit();
      } else {
        auto result = fn();
        commit();
        return result;
      }
    } catch (const SQLite::Exception& exception) {
      rollback_quietly();
      throw to_error(exception, path_);
    } catch (...) {
      rollback_quietly();
      throw;
    }
  }

  void begin(const char* begin_statement);
  void commit();
  void rollback_quietly() noexcept;

  std::unique_ptr<SQLite::Database> sql_;
  std::string path_;
  std::string upgrade_backup_;
};

}  // namespace sk::ledger
