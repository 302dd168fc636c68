// Editing a project's details; see project_edit.h.
#include "ledger/project_edit.h"

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "ledger/event_log.h"
#include "ledger/project_store.h"

namespace sk::ledger {

namespace {

std::string in_quotes(const std::string& value) {
  return "\"" + value + "\"";
}

}  // namespace

std::vector<std::string> edit_project(Database& db, std::int64_t project_id, const ProjectEdit& edit) {
  const std::string subject = "project " + std::to_string(project_id);
  return db.transaction([&] {
    SQLite::Database& sql = db.sql();
    const ProjectDetails before = require_project(sql, project_id);

    // The new values are checked by the rules of a new project, so an edit can never make a record that
    // add_project would have refused.
    NewProject after;
    after.title = edit.title.value_or(before.title);
    after.client_name = edit.client_name.value_or(before.client_name);
    after.client_email = edit.client_email.value_or(before.client_email);
    after.language = edit.language.value_or(before.language);
    after.currency = edit.currency.value_or(before.currency);
    after.contact = edit.contact.value_or(before.contact);
    after.salutation = edit.salutation.value_or(before.salutation);
    if (std::string problem = validation_problem(after); !problem.empty()) {
      throw Error(ErrorKind::kInvalidInput, subject, problem);
    }
    if (after.client_name != before.client_name) {
      SQLite::Statement other(sql,
                              "SELECT 1 FROM clients WHERE name = ? AND id != "
                              "(SELECT client_id FROM projects WHERE id = ?)");
      other.bind(1, after.client_name);
      other.bind(2, project_id);
      if (other.executeStep()) {
        throw Error(ErrorKind::kInvalidInput, subject,
                    "another client is already called " + in_quotes(after.client_name) +
                        "; a project cannot be moved to another client, only its client's name corrected");
      }
    }
    if (edit.reopen && before.status != "closed") {
      throw Error(ErrorKind::kInvalidInput, subject,
                  "is open already; only a closed project can be reopened");
    }

    std::vector<std::string> changes;
    auto note = [&](const char* what, const std::string& old_value, const std::string& new_value) {
      if (old_value != new_value) {
        changes.push_back(std::string(what) + ": " + in_quotes(old_value) + " → " + in_quotes(new_value));
      }
    };
    note("title", before.title, after.title);
    note("currency", before.currency, after.currency);
    note("client's name", before.client_name, after.client_name);
    note("client's email", before.client_email, after.client_email);
    note("notice language", before.language, after.language);
    note("contact person", before.contact, after.contact);
    note("greeting", before.salutation, after.salutation);
    if (edit.reopen) changes.push_back("reopened (it was closed on " + before.closed_at + ")");
    if (changes.empty()) return changes;

    SQLite::Statement project(sql, "UPDATE projects SET title = ?, currency = ? WHERE id = ?");
    project.bind(1, after.title);
    project.bind(2, after.currency);
    project.bind(3, project_id);
    project.exec();
    SQLite::Statement client(
        sql,
        "UPDATE clients SET name = ?, email = ?, language = ?, contact = ?, salutation = ? "
        "WHERE id = (SELECT client_id FROM projects WHERE id = ?)");
    client.bind(1, after.client_name);
    client.bind(2, after.client_email);
    client.bind(3, after.language);
    client.bind(4, after.contact);
    client.bind(5, after.salutation);
    client.bind(6, project_id);
    client.exec();
    if (after.client_name != before.client_name) {
      SQLite::Statement others(sql,
                               "SELECT id FROM projects WHERE client_id = "
                               "(SELECT client_id FROM projects WHERE id = ?) AND id != ? ORDER BY id");
      others.bind(1, project_id);
      others.bind(2, project_id);
      std::vector<std::int64_t> ids;
      while (others.executeStep()) ids.push_back(others.getColumn(0).getInt64());
      for (const std::int64_t other : ids) {
        log_event(sql, other, "project.edited",
                  "client's name: " + in_quotes(before.client_name) + " → " + in_quotes(after.client_name) +
                      " (edited in project " + std::to_string(project_id) + ")");
      }
    }
    if (edit.reopen) {
      SQLite::Statement reopen(sql, "UPDATE projects SET status = 'open', closed_at = NULL WHERE id = ?");
      reopen.bind(1, project_id);
      reopen.exec();
    }
    std::string detail;
    for (const std::string& change : changes) detail += (detail.empty() ? "" : "; ") + change;
    log_event(sql, project_id, edit.reopen ? "project.reopened" : "project.edited", detail);
    return changes;
  });
}

}  // namespace sk::ledger
