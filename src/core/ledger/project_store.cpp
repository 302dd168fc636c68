// Creating and listing projects; see project_store.h.
#include "ledger/project_store.h"

#include <cctype>
#include <cmath>
#include <optional>
#include <sstream>
#include <unordered_map>

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "common/languages.h"
#include "common/one_line_text.h"
#include "ledger/dates.h"
#include "ledger/terms_store.h"

namespace sk::ledger {

namespace {

bool blank(const std::string& text) {
  for (unsigned char c : text) {
    if (!std::isspace(c)) return false;
  }
  return true;
}

bool is_currency_code(const std::string& code) {
  if (code.size() != 3) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

std::int64_t find_or_create_client(SQLite::Database& sql, const NewProject& project) {
  SQLite::Statement find(sql, "SELECT id FROM clients WHERE name = ? ORDER BY id LIMIT 1");
  find.bind(1, project.client_name);
  if (find.executeStep()) return find.getColumn(0).getInt64();

  SQLite::Statement insert(
      sql, "INSERT INTO clients (name, email, language, contact, salutation) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, project.client_name);
  insert.bind(2, project.client_email);
  insert.bind(3, project.language);
  insert.bind(4, project.contact);
  insert.bind(5, project.salutation);
  insert.exec();
  return sql.getLastInsertRowid();
}

std::string created_detail(const NewProject& project) {
  std::ostringstream detail;
  detail << "created \"" << project.title << "\" for " << project.client_name
         << "; terms v1: " << project.terms.included_rounds << " included rounds, max "
         << project.terms.max_share_percent << "% per round";
  if (!project.terms_from.empty() && project.terms_from != today()) {
    detail << ", agreed from " << project.terms_from;
  }
  if (project.terms.extra_round_price) {
    detail << ", extra round " << *project.terms.extra_round_price << ' ' << project.currency;
  }
  return detail.str();
}

}  // namespace

std::string client_contact_problem(const std::string& contact, const std::string& salutation) {
  if (std::string problem = one_line_text_problem(contact); !problem.empty()) {
    return "the contact person's name " + problem;
  }
  if (std::string problem = one_line_text_problem(salutation); !problem.empty()) {
    return "the greeting " + problem;
  }
  return {};
}

std::string validation_problem(const NewProject& project) {
  if (blank(project.title)) return "the title is empty";
  if (std::string problem = one_line_text_problem(project.title); !problem.empty()) {
    return "the title " + problem;
  }
  if (blank(project.client_name)) return "the client's name is empty";
  if (std::string problem = one_line_text_problem(project.client_name); !problem.empty()) {
    return "the client's name " + problem;
  }
  if (std::string problem = one_line_text_problem(project.client_email); !problem.empty()) {
    return "the client's email " + problem;
  }
  if (!project.client_email.empty() && !looks_like_email(project.client_email)) {
    return "the client's email \"" + project.client_email +
           "\" does not look like an email address (name@example.com)";
  }
  if (std::string problem = client_contact_problem(project.contact, project.salutation); !problem.empty()) {
    return problem;
  }
  if (find_language(project.language) == nullptr) {
    return "the language must be " + language_codes_for_people() + " (got \"" + project.language + "\")";
  }
  if (!project.terms_from.empty()) {
    if (!is_valid_date(project.terms_from)) {
      return "the day the terms were agreed must be a date written YYYY-MM-DD (got \"" + project.terms_from +
             "\")";
    }
    if (project.terms_from > today()) {
      return "the day the terms were agreed, " + project.terms_from +
             ", is in the future; record the project on or after that day";
    }
  }
  if (!is_currency_code(project.currency)) {
    return "the currency must be a three-letter code such as EUR (got \"" + project.currency + "\")";
  }
  return terms_problem(project.terms);
}

std::int64_t add_project(Database& db, const NewProject& project) {
  if (std::string problem = validation_problem(project); !problem.empty()) {
    throw Error(ErrorKind::kInvalidInput, "project", problem);
  }
  return db.transaction([&] {
    SQLite::Database& sql = db.sql();
    const std::int64_t client_id = find_or_create_client(sql, project);

    SQLite::Statement insert_project(sql,
                                     "INSERT INTO projects (title, client_id, currency) VALUES (?, ?, ?)");
    insert_project.bind(1, project.title);
    insert_project.bind(2, client_id);
    insert_project.bind(3, project.currency);
    insert_project.exec();
    const std::int64_t project_id = sql.getLastInsertRowid();

    insert_terms_row(sql, project_id, 1, project.terms_from.empty() ? today() : project.terms_from,
                     project.terms);

    SQLite::Statement insert_event(
        sql, "INSERT INTO events (project_id, kind, detail) VALUES (?, 'project.created', ?)");
    insert_event.bind(1, project_id);
    insert_event.bind(2, created_detail(project));
    insert_event.exec();
    return project_id;
  });
}

std::vector<ProjectSummary> list_projects(Database& db) {
  return db.read([&] {
    SQLite::Statement query(db.sql(), R"sql(
SELECT p.id, p.title, c.name, p.status,
       (SELECT count(*) FROM revisions r WHERE r.project_id = p.id) AS revision_count,
       max(p.created_at,
           coalesce((SELECT max(at) FROM events e WHERE e.project_id = p.id), ''),
           coalesce((SELECT max(created_at) FROM revisions r WHERE r.project_id = p.id), ''),
           coalesce((SELECT max(created_at) FROM notices n WHERE n.project_id = p.id), '')) AS last_activity
FROM projects p JOIN clients c ON c.id = p.client_id
ORDER BY last_activity DESC, p.id DESC
)sql");
    std::vector<ProjectSummary> projects;
    while (query.executeStep()) {
      ProjectSummary summary;
      summary.id = query.getColumn(0).getInt64();
      summary.title = query.getColumn(1).getString();
      summary.client_name = query.getColumn(2).getString();
      summary.status = query.getColumn(3).getString();
      summary.revision_count = query.getColumn(4).getInt();
      summary.last_activity = query.getColumn(5).getString();
      projects.push_back(std::move(summary));
    }
    // Each project's count of counted revisions, and the latest one's share and the terms it was logged
    // under, for policy::project_scope (the one judge of where a project stands). One pass over the
    // revisions_scope index groups the counted revisions, then one index seek per project fetches the latest
    // one's measurement.
    SQLite::Statement latest(db.sql(), R"sql(
WITH latest AS (
  SELECT project_id, count(*) AS counted, max(number) AS number
  FROM revisions WHERE counted = 1 GROUP BY project_id)
SELECT l.project_id, l.counted, m.changed_share,
       t.included_rounds, t.max_share_percent, t.heads_up_percent
FROM latest l
JOIN revisions r ON r.project_id = l.project_id AND r.counted = 1 AND r.number = l.number
LEFT JOIN measurements m ON m.revision_id = r.id
JOIN terms t ON t.id = coalesce(r.terms_id, (SELECT v.id FROM terms v WHERE v.project_id = l.project_id
                                                                           AND v.version = 1))
)sql");
    std::unordered_map<std::int64_t, policy::Status> scope;
    while (latest.executeStep()) {
      const std::optional<double> share = latest.getColumn(2).isNull()
                                              ? std::nullopt
                                              : std::optional<double>(latest.getColumn(2).getDouble());
      policy::Limits limits;
      limits.included_rounds = latest.getColumn(3).getInt();
      limits.max_share_percent = latest.getColumn(4).getDouble();
      limits.heads_up_percent = latest.getColumn(5).getDouble();
      scope[latest.getColumn(0).getInt64()] =
          policy::project_scope(latest.getColumn(1).getInt(), share, limits);
    }
    for (ProjectSummary& summary : projects) {
      if (auto found = scope.find(summary.id); found != scope.end()) summary.scope = found->second;
    }
    return projects;
  });
}

ProjectDetails require_project(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(sql,
                          "SELECT p.id, p.title, c.name, c.email, c.language, p.currency, p.status, "
                          "p.created_at, coalesce(p.closed_at, ''), c.contact, c.salutation FROM projects p "
                          "JOIN clients c ON c.id = p.client_id WHERE p.id = ?");
  query.bind(1, project_id);
  if (!query.executeStep()) {
    throw Error(ErrorKind::kNotFound, "project " + std::to_string(project_id), "no such project");
  }
  ProjectDetails details;
  details.id = query.getColumn(0).getInt64();
  details.title = query.getColumn(1).getString();
  details.client_name = query.getColumn(2).getString();
  details.client_email = query.getColumn(3).getString();
  details.language = query.getColumn(4).getString();
  details.currency = query.getColumn(5).getString();
  details.status = query.getColumn(6).getString();
  details.created_at = query.getColumn(7).getString();
  details.closed_at = query.getColumn(8).getString();
  details.contact = query.getColumn(9).getString();
  details.salutation = query.getColumn(10).getString();
  return details;
}

ProjectDetails get_project(Database& db, std::int64_t project_id) {
  return db.read([&] { return require_project(db.sql(), project_id); });
}

std::vector<std::string> list_client_names(Database& db) {
  return db.read([&] {
    SQLite::Statement query(db.sql(), "SELECT name FROM clients ORDER BY name COLLATE NOCASE, id");
    std::vector<std::string> names;
    while (query.executeStep()) names.push_back(query.getColumn(0).getString());
    return names;
  });
}

}  // namespace sk::ledger
