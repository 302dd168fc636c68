// The event log: one append-only line per change (project created, terms edited, revision logged or marked,
// notice issued, project closed or deleted).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "ledger/database.h"

namespace sk::ledger {

struct Event {
  std::int64_t id = 0;
  std::string at;  // UTC, ISO 8601 with milliseconds
  std::string kind;
  std::string detail;
};

// Appends an event. REQUIRES: inside Database::transaction (it is part of the change it records).
// Throws SQLite::Exception (the transaction turns it into sk::Error).
void log_event(SQLite::Database& sql, std::optional<std::int64_t> project_id, std::string_view kind,
               std::string_view detail);

// A project's events, oldest first. REQUIRES: inside Database::read or transaction.
std::vector<Event> query_events(SQLite::Database& sql, std::int64_t project_id);

}  // namespace sk::ledger
