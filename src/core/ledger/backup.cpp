// Online backups and restores through sqlite3_backup; see backup.h.
#include "ledger/backup.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <system_error>
#include <thread>

#include <sqlite3.h>

#include "common/error.h"
#include "ledger/dates.h"
#include "ledger/descriptor_locks.h"
#include "ledger/migrations.h"

namespace sk::ledger {

namespace {

constexpr auto kBusyWait = std::chrono::milliseconds(50);
constexpr int kBusyTries = 100;  // 5 s, like the connections' busy timeout

struct CloseDatabase {
  void operator()(sqlite3* handle) const { sqlite3_close_v2(handle); }
};
using Handle = std::unique_ptr<sqlite3, CloseDatabase>;

Error sqlite_failure(int code, const std::string& subject, const std::string& what) {
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    return Error(ErrorKind::kBusy, subject, "database busy, try again");
  }
  return Error(ErrorKind::kIo, subject, what + " (" + sqlite3_errstr(code) + ")");
}

// Copies every page of `from` into `to`; returns the SQLite result code (SQLITE_OK on success).
int copy_pages(sqlite3* to, sqlite3* from) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (backup == nullptr) return sqlite3_errcode(to);
  int code = SQLITE_OK;
  for (int tries = 0; tries < kBusyTries; ++tries) {
    code = sqlite3_backup_step(backup, -1);
    if (code != SQLITE_BUSY && code != SQLITE_LOCKED) break;
    std::this_thread::sleep_for(kBusyWait);
  }
  const int finish = sqlite3_backup_finish(backup);
  if (code == SQLITE_DONE) return finish;
  return code == SQLITE_OK ? finish : code;
}

void remove_quietly(const std::string& path) {
  std::error_code ignored;
  std::filesystem::remove(path, ignored);
}

// A backup being written, with the files SQLite keeps beside it: what a killed backup leaves behind, and
// what the next backup to the same name clears before it starts (nobody else writes there).
void remove_partial(const std::string& partial) {
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) remove_quietly(partial + suffix);
}

// Checks that `source` is a Scopekeeper database this build can read and that it is intact.
// SQLite's integrity report, which spans lines ("*** in database main ***", then one line per problem), as
// one line: the problems joined, the headings left out, at most 200 characters.
std::string one_line_report(const std::string& report) {
  std::string line;
  std::size_t start = 0;
  while (start <= report.size()) {
    const std::size_t end = std::min(report.find('\n', start), report.size());
    const std::string part = report.substr(start, end - start);
    if (!part.empty() && part.rfind("***", 0) != 0) line += (line.empty() ? "" : "; ") + part;
    start = end + 1;
  }
  if (line.size() > 200) line = line.substr(0, 197) + "...";
  return line;
}

void check_restorable(sqlite3* source, const std::string& in_path) {
  auto single_value = [&](const char* sql) {
    sqlite3_stmt* statement = nullptr;
    std::string value;
    int code = sqlite3_prepare_v2(source, sql, -1, &statement, nullptr);
    if (code == SQLITE_OK) code = sqlite3_step(statement);
    if (code == SQLITE_ROW) {
      const auto* text = sqlite3_column_text(statement, 0);
      value = text == nullptr ? "" : reinterpret_cast<const char*>(text);
    }
    sqlite3_finalize(statement);
    if (code != SQLITE_ROW) {
      if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
        throw Error(ErrorKind::kCorrupt, in_path, "not a database file, or the file is damaged");
      }
      throw sqlite_failure(code, in_path, "cannot read the backup");
    }
    return value;
  };
  if (std::stoll(single_value("PRAGMA application_id")) != Database::kApplicationId) {
    throw Error(ErrorKind::kUnsupported, in_path, "not a Scopekeeper database");
  }
  const int version = std::stoi(single_value("PRAGMA user_version"));
  if (version > latest_schema_version()) {
    throw Error(ErrorKind::kUnsupported, in_path,
                "written by a newer Scopekeeper (schema version " + std::to_string(version) +
                    "): please update Scopekeeper");
  }
  const std::string check = single_value("PRAGMA quick_check");
  if (check != "ok") {
    throw Error(ErrorKind::kCorrupt, in_path, "the backup is damaged (" + one_line_report(check) + ")");
  }
}

}  // namespace

void backup_to(SQLite::Database& source, const std::string& out_path) {
  if (std::filesystem::exists(out_path)) {
    throw Error(ErrorKind::kInvalidInput, out_path, "already exists (a backup never overwrites a file)");
  }
  const std::string partial = out_path + ".partial";
  remove_partial(partial);
  use_descriptor_locks();
  sqlite3* raw = nullptr;
  int code = sqlite3_open_v2(partial.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  Handle destination(raw);
  if (code == SQLITE_OK) code = copy_pages(destination.get(), source.getHandle());
  destination.reset();
  if (code != SQLITE_OK) {
    remove_partial(partial);
    throw sqlite_failure(code, out_path, "cannot write the backup");
  }
  std::error_code error;
  std::filesystem::rename(partial, out_path, error);
  if (error) {
    remove_quietly(partial);
    throw Error(ErrorKind::kIo, out_path, "cannot write the backup: " + error.message());
  }
}

void backup_to(Database& db, const std::string& out_path) {
  backup_to(db.sql(), out_path);
}

std::string safety_backup_path(const std::string& db_path, const std::string& reason) {
  const std::string base = db_path + "." + reason + "-" + utc_stamp();
  std::string candidate = base + ".bak";
  for (int n = 2; std::filesystem::exists(candidate); ++n) {
    candidate = base + "-" + std::to_string(n) + ".bak";
  }
  return candidate;
}

void restore_from(Database& db, const std::string& in_path, const std::string& safety_copy) {
  std::error_code ignored;
  if (!std::filesystem::is_regular_file(in_path)) {
    throw Error(ErrorKind::kIo, in_path, "cannot read the backup: no such file");
  }
  if (std::filesystem::equivalent(in_path, db.path(), ignored)) {
    throw Error(ErrorKind::kInvalidInput, in_path, "this is the database in use; restore another file");
  }
  use_descriptor_locks();
  sqlite3* raw = nullptr;
  int code = sqlite3_open_v2(in_path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
  Handle source(raw);
  if (code != SQLITE_OK) throw sqlite_failure(code, in_path, "cannot open the backup");
  sqlite3_busy_timeout(source.get(), 5000);
  check_restorable(source.get(), in_path);

  backup_to(db.sql(), safety_copy);
  code = copy_pages(db.sql().getHandle(), source.get());
  if (code != SQLITE_OK) throw sqlite_failure(code, db.path(), "cannot restore " + in_path);
}

}  // namespace sk::ledger
