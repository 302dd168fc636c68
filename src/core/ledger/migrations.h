// The ledger's schema history: an append-only list of steps tied to `PRAGMA user_version`.
#pragma once

#include <span>

#include <SQLiteCpp/Database.h>

namespace sk::ledger {

struct Migration {
  int version;                          // the user_version the database has after this step
  const char* summary;                  // one line for logs and the docs
  void (*apply)(SQLite::Database& db);  // runs inside the step's transaction
};

// The shipped steps, oldest first. Append only: never edit, remove or reorder a shipped step.
std::span<const Migration> migrations();

// The user_version a database has after all shipped steps.
int latest_schema_version();

// Brings `db` up to the last of `steps`, skipping those already applied. Each step runs in its own
// immediate transaction that also sets user_version, so a failed step leaves the previous version intact,
// and two processes migrating at once apply each step once. Does nothing to a database newer than `steps`
// (the caller refuses those). Returns how many steps were applied.
// REQUIRES: steps numbered 1, 2, 3, ... in order; `db` not inside a transaction.
// Throws SQLite::Exception (the caller turns it into sk::Error).
int migrate(SQLite::Database& db, std::span<const Migration> steps);

}  // namespace sk::ledger
