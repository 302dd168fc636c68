// Appending to and reading the event log; see event_log.h.
#include "ledger/event_log.h"

#include <SQLiteCpp/Statement.h>

namespace sk::ledger {

void log_event(SQLite::Database& sql, std::optional<std::int64_t> project_id, std::string_view kind,
               std::string_view detail) {
  SQLite::Statement insert(sql, "INSERT INTO events (project_id, kind, detail) VALUES (?, ?, ?)");
  if (project_id) {
    insert.bind(1, *project_id);
  } else {
    insert.bind(1);
  }
  insert.bind(2, std::string(kind));
  insert.bind(3, std::string(detail));
  insert.exec();
}

std::vector<Event> query_events(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(sql, "SELECT id, at, kind, detail FROM events WHERE project_id = ? ORDER BY id");
  query.bind(1, project_id);
  std::vector<Event> events;
  while (query.executeStep()) {
    events.push_back(Event{query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                           query.getColumn(2).getString(), query.getColumn(3).getString()});
  }
  return events;
}

}  // namespace sk::ledger
