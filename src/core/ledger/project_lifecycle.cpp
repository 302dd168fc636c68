// Closing and deleting projects; see project_lifecycle.h.
#include "ledger/project_lifecycle.h"

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "ledger/backup.h"
#include "ledger/event_log.h"
#include "ledger/project_store.h"

namespace sk::ledger {

namespace {

int count_of(SQLite::Database& sql, const char* table, std::int64_t project_id) {
  SQLite::Statement query(sql, std::string("SELECT count(*) FROM ") + table + " WHERE project_id = ?");
  query.bind(1, project_id);
  query.executeStep();
  return query.getColumn(0).getInt();
}

void delete_rows(SQLite::Database& sql, const char* table, const char* key, std::int64_t id) {
  SQLite::Statement statement(sql, std::string("DELETE FROM ") + table + " WHERE " + key + " = ?");
  statement.bind(1, id);
  statement.exec();
}

}  // namespace

void close_project(Database& db, std::int64_t project_id) {
  db.transaction([&] {
    SQLite::Database& sql = db.sql();
    const ProjectDetails project = require_project(sql, project_id);
    if (project.status == "closed") {
      throw Error(ErrorKind::kInvalidInput, "project " + std::to_string(project_id),
                  "already closed (on " + project.closed_at + ")");
    }
    SQLite::Statement update(sql,
                             "UPDATE projects SET status = 'closed', "
                             "closed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?");
    update.bind(1, project_id);
    update.exec();
    log_event(sql, project_id, "project.closed", "closed \"" + project.title + "\"");
  });
}

DeletedProject delete_project(Database& db, std::int64_t project_id, const std::string& backup_path) {
  const bool in_memory = db.path() == ":memory:";
  if (in_memory) {
    get_project(db, project_id);       // an unknown id writes no copy
    backup_to(db.sql(), backup_path);  // a private database: nobody can write in between
  }
  return db.transaction([&] {
    SQLite::Database& sql = db.sql();
    const ProjectDetails project = require_project(sql, project_id);
    DeletedProject deleted;
    deleted.title = project.title;
    deleted.revisions = count_of(sql, "revisions", project_id);
    deleted.notices = count_of(sql, "notices", project_id);
    deleted.terms_versions = count_of(sql, "terms", project_id);

    if (!in_memory) {
      // SQLite cannot copy through a connection that holds the write lock, so a second connection reads
      // the last committed state: exactly what is about to be deleted, since nobody else can write now.
      SQLite::Database reader(db.path(), SQLite::OPEN_READONLY);
      backup_to(reader, backup_path);
    }
    delete_rows(sql, "notices", "project_id", project_id);
    delete_rows(sql, "approvals", "project_id", project_id);  // before the deliveries they name
    delete_rows(sql, "deliveries", "project_id", project_id);
    delete_rows(sql, "revisions", "project_id", project_id);
    delete_rows(sql, "terms", "project_id", project_id);
    delete_rows(sql, "projects", "id", project_id);
    log_event(sql, std::nullopt, "project.deleted",
              "deleted project " + std::to_string(project_id) + " \"" + project.title + "\" (" +
                  std::to_string(deleted.revisions) + " revisions, " + std::to_string(deleted.notices) +
                  " notices); a copy of the ledger before the deletion is in " + backup_path);
    return deleted;
  });
}

}  // namespace sk::ledger
