// The deliveries and their recorded approvals; see delivery_store.h.
#include "ledger/delivery_store.h"

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "ledger/event_log.h"
#include "ledger/project_store.h"

namespace sk::ledger {

namespace {

std::string delivery_subject(std::int64_t project_id, int number) {
  return "delivery " + std::to_string(number) + " of project " + std::to_string(project_id);
}

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

std::vector<DeliveryRecord> query_deliveries(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(sql,
                          "SELECT d.id, d.number, d.delivered_on, d.file_name, d.format, d.sha256, "
                          "length(d.original), d.note, d.created_at, a.approved_on, a.how, a.created_at "
                          "FROM deliveries d LEFT JOIN approvals a ON a.delivery_id = d.id "
                          "WHERE d.project_id = ? ORDER BY d.number");
  query.bind(1, project_id);
  std::vector<DeliveryRecord> deliveries;
  while (query.executeStep()) {
    DeliveryRecord d;
    d.id = query.getColumn(0).getInt64();
    d.number = query.getColumn(1).getInt();
    d.delivered_on = query.getColumn(2).getString();
    d.file_name = query.getColumn(3).getString();
    d.format = query.getColumn(4).getString();
    d.sha256 = query.getColumn(5).getString();
    d.size_bytes = query.getColumn(6).getInt64();
    d.note = query.getColumn(7).getString();
    d.created_at = query.getColumn(8).getString();
    if (!query.getColumn(9).isNull()) {
      d.approval = ApprovalRecord{query.getColumn(9).getString(), query.getColumn(10).getString(),
                                  query.getColumn(11).getString()};
    }
    deliveries.push_back(std::move(d));
  }
  return deliveries;
}

std::vector<DeliveryRecord> list_deliveries(Database& db, std::int64_t project_id) {
  return db.read([&] {
    require_project(db.sql(), project_id);
    return query_deliveries(db.sql(), project_id);
  });
}

int add_delivery(Database& db, std::int64_t project_id, const NewDelivery& delivery) {
  return db.transaction([&] {
    SQLite::Database& sql = db.sql();
    const ProjectDetails project = require_project(sql, project_id);
    if (project.status == "closed") {
      throw Error(ErrorKind::kInvalidInput, "project " + std::to_string(project_id),
                  "is closed; no deliveries can be recorded (reopen it with project edit --reopen)");
    }
    SQLite::Statement last(sql,
                           "SELECT number, delivered_on FROM deliveries WHERE project_id = ? "
                           "ORDER BY number DESC LIMIT 1");
    last.bind(1, project_id);
    int number = 1;
    if (last.executeStep()) {
      number = last.getColumn(0).getInt() + 1;
      const std::string previous = last.getColumn(1).getString();
      if (delivery.delivered_on < previous) {
        throw Error(ErrorKind::kInvalidInput, delivery.file_name,
                    "cannot be recorded as delivered on " + delivery.delivered_on + ", before delivery " +
                        std::to_string(number - 1) + " (" + previous + ")");
      }
    }
    SQLite::Statement insert(sql,
                             "INSERT INTO deliveries (project_id, number, delivered_on, file_name, format, "
                             "original, sha256, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, project_id);
    insert.bind(2, number);
    insert.bind(3, delivery.delivered_on);
    insert.bind(4, delivery.file_name);
    insert.bind(5, delivery.format);
    insert.bind(6, delivery.original.data(), static_cast<int>(delivery.original.size()));
    insert.bind(7, delivery.sha256);
    insert.bind(8, delivery.note);
    insert.exec();
    log_event(sql, project_id, "delivery.recorded",
              "delivery " + std::to_string(number) + ": " + delivery.file_name + " (" + delivery.format +
                  ", " + std::to_string(delivery.original.size()) + " bytes, sha256 " + delivery.sha256 +
                  ") delivered on " + delivery.delivered_on);
    return number;
  });
}

void add_approval(Database& db, std::int64_t project_id, int number, const std::string& approved_on,
                  const std::string& how) {
  const std::string subject = delivery_subject(project_id, number);
  if (blank(how)) {
    throw Error(ErrorKind::kInvalidInput, subject, "say how it was approved (e.g. \"by email\")");
  }
  db.transaction([&] {
    SQLite::Database& sql = db.sql();
    require_project(sql, project_id);
    SQLite::Statement find(sql,
                           "SELECT d.id, d.delivered_on, a.approved_on FROM deliveries d "
                           "LEFT JOIN approvals a ON a.delivery_id = d.id "
                           "WHERE d.project_id = ? AND d.number = ?");
    find.bind(1, project_id);
    find.bind(2, number);
    if (!find.executeStep()) throw Error(ErrorKind::kNotFound, subject, "no such delivery");
    const std::int64_t id = find.getColumn(0).getInt64();
    const std::string delivered_on = find.getColumn(1).getString();
    if (!find.getColumn(2).isNull()) {
      throw Error(ErrorKind::kInvalidInput, subject,
                  "is already recorded as approved on " + find.getColumn(2).getString());
    }
    if (approved_on < delivered_on) {
      throw Error(
          ErrorKind::kInvalidInput, subject,
          "cannot be approved on " + approved_on + ", before it was delivered (" + delivered_on + ")");
    }
    SQLite::Statement insert(
        sql, "INSERT INTO approvals (project_id, delivery_id, approved_on, how) VALUES (?, ?, ?, ?)");
    insert.bind(1, project_id);
    insert.bind(2, id);
    insert.bind(3, approved_on);
    insert.bind(4, how);
    insert.exec();
    log_event(sql, project_id, "delivery.approved",
              "delivery " + std::to_string(number) + " approved on " + approved_on + ": " + how);
  });
}

std::vector<std::int64_t> projects_with_unapproved_deliveries(Database& db) {
  return db.read([&] {
    SQLite::Statement query(db.sql(),
                            "SELECT DISTINCT d.project_id FROM deliveries d JOIN projects p ON p.id = d.project_id "
                            "WHERE p.status = 'open' AND NOT EXISTS "
                            "(SELECT 1 FROM approvals a WHERE a.delivery_id = d.id) ORDER BY d.project_id");
    std::vector<std::int64_t> ids;
    while (query.executeStep()) ids.push_back(query.getColumn(0).getInt64());
    return ids;
  });
}

std::string delivery_original(Database& db, std::int64_t project_id, int number) {
  return db.read([&] {
    require_project(db.sql(), project_id);
    SQLite::Statement query(db.sql(), "SELECT original FROM deliveries WHERE project_id = ? AND number = ?");
    query.bind(1, project_id);
    query.bind(2, number);
    if (!query.executeStep()) {
      throw Error(ErrorKind::kNotFound, delivery_subject(project_id, number), "no such delivery");
    }
    const SQLite::Column column = query.getColumn(0);
    return std::string(static_cast<const char*>(column.getBlob()),
                       static_cast<std::size_t>(column.getBytes()));
  });
}

}  // namespace sk::ledger
