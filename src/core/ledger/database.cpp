// Opening, checking and migrating the ledger database; see database.h.
#include "ledger/database.h"

#include <cstdio>
#include <stdexcept>

#include <sqlite3.h>

#include "common/error.h"
#include "ledger/backup.h"
#include "ledger/descriptor_locks.h"
#include "ledger/migrations.h"

namespace sk::ledger {

namespace {

std::string hex(std::int32_t value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "0x%08X", static_cast<unsigned>(value));
  return buffer;
}

// Refuses files this build must not touch: another program's database, or a newer Scopekeeper's.
void check_ownership(SQLite::Database& db, const std::string& path) {
  const auto application_id = db.execAndGet("PRAGMA application_id").getInt();
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (application_id != 0 && application_id != Database::kApplicationId) {
    throw Error(ErrorKind::kUnsupported, path,
                "not a Scopekeeper database (it belongs to another program: application_id " +
                    hex(application_id) + ")");
  }
  if (application_id == 0) {
    const int tables = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
    if (tables > 0 || version != 0) {
      throw Error(ErrorKind::kUnsupported, path,
                  "not a Scopekeeper database (an unmarked SQLite file that already holds data)");
    }
  }
  if (version > latest_schema_version()) {
    throw Error(ErrorKind::kUnsupported, path,
                "written by a newer Scopekeeper (schema version " + std::to_string(version) +
                    "; this build knows up to " + std::to_string(latest_schema_version()) +
                    "): please update Scopekeeper");
  }
}

void configure(SQLite::Database& db, const std::string& path) {
  db.exec("PRAGMA foreign_keys = ON");
  if (path != ":memory:") {
    const std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
    if (mode != "wal") {
      throw Error(ErrorKind::kIo, path,
                  "cannot switch the database to WAL mode (journal mode is " + mode + ")");
    }
  }
}

// Writes a safety copy before the migrations touch a database that already holds a schema (and so,
// possibly, records). Returns its path, or an empty string when no upgrade is due.
std::string back_up_before_upgrade(SQLite::Database& db, const std::string& path) {
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  if (path == ":memory:" || version == 0 || version >= latest_schema_version()) return {};
  const std::string copy = safety_backup_path(path, "before-v" + std::to_string(latest_schema_version()));
  backup_to(db, copy);
  return copy;
}

}  // namespace

Database::Database(std::unique_ptr<SQLite::Database> sql, std::string path, std::string upgrade_backup)
    : sql_(std::move(sql)), path_(std::move(path)), upgrade_backup_(std::move(upgrade_backup)) {}

Database Database::open(const std::string& path) {
  use_descriptor_locks();
  try {
    auto sql = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                                  static_cast<int>(kDefaultBusyTimeout.count()));
    check_ownership(*sql, path);
    configure(*sql, path);
    if (sql->execAndGet("PRAGMA application_id").getInt() == 0) {
      sql->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    }
    std::string upgrade_backup = back_up_before_upgrade(*sql, path);
    migrate(*sql, migrations());
    return Database(std::move(sql), path, std::move(upgrade_backup));
  } catch (const SQLite::Exception& exception) {
    throw to_error(exception, path);
  }
}

int Database::schema_version() const {
  try {
    return sql_->execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception& exception) {
    throw to_error(exception, path_);
  }
}

std::int64_t Database::data_version() const {
  try {
    return sql_->execAndGet("PRAGMA data_version").getInt64();
  } catch (const SQLite::Exception& exception) {
    throw to_error(exception, path_);
  }
}

void Database::set_busy_timeout(std::chrono::milliseconds timeout) {
  sql_->setBusyTimeout(static_cast<int>(timeout.count()));
}

void Database::begin(const char* begin_statement) {
  if (sqlite3_get_autocommit(sql_->getHandle()) == 0) {
    throw std::logic_error("sk::ledger::Database: nested transaction");
  }
  try {
    sql_->exec(begin_statement);
  } catch (const SQLite::Exception& exception) {
    throw to_error(exception, path_);
  }
}

void Database::commit() {
  sql_->exec("COMMIT");
}

void Database::rollback_quietly() noexcept {
  if (sqlite3_get_autocommit(sql_->getHandle()) != 0) return;  // SQLite already rolled back
  try {
    sql_->exec("ROLLBACK");
  } catch (...) {
    // Nothing better to do: the connection's next BEGIN will report the problem.
  }
}

}  // namespace sk::ledger
