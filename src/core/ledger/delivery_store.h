// The freelancer's deliveries as the ledger keeps them — the file sent (bytes and SHA-256, kept as
// evidence) and the day — and the approvals the freelancer records for them ("approved by email on …").
// Storage only; the use cases (reading the file, dates checked against today, the feedback window) are in
// workflow/delivery_workflow.h. Nothing here is ever rewritten or deleted on its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "ledger/database.h"

namespace sk::ledger {

// An approval the freelancer recorded for a delivery.
struct ApprovalRecord {
  std::string approved_on;  // YYYY-MM-DD
  std::string how;          // e.g. "by email", "signed PDF, ref. 2026-014"
  std::string created_at;
};

struct DeliveryRecord {
  std::int64_t id = 0;
  int number = 0;  // 1, 2, 3, ... in the order recorded
  std::string delivered_on;
  std::string file_name;
  std::string format;
  std::string sha256;
  std::int64_t size_bytes = 0;
  std::string note;
  std::string created_at;
  std::optional<ApprovalRecord> approval;  // recorded explicitly; an approval by the window is worked out
};

struct NewDelivery {
  std::string delivered_on;  // YYYY-MM-DD, checked by the caller
  std::string file_name, format, sha256;
  std::string_view original;  // the file as sent
  std::string note;
};

// A project's deliveries in order, with their recorded approvals. Inside Database::read or transaction.
std::vector<DeliveryRecord> query_deliveries(SQLite::Database& sql, std::int64_t project_id);
// As query_deliveries; throws sk::Error(kNotFound) for an unknown project.
std::vector<DeliveryRecord> list_deliveries(Database& db, std::int64_t project_id);

// Appends `delivery` as the project's next delivery and logs "delivery.recorded", in one transaction.
// Returns its number. Throws sk::Error: kNotFound for an unknown project; kInvalidInput for a closed
// project or a day before the previous delivery's; kBusy, kIo.
int add_delivery(Database& db, std::int64_t project_id, const NewDelivery& delivery);

// Records that delivery `number` was approved on `approved_on` (YYYY-MM-DD, checked by the caller) and
// how, and logs "delivery.approved", in one transaction. Throws sk::Error: kNotFound for an unknown project
// or delivery; kInvalidInput when it is already approved, the day is before the delivery, or `how` is
// blank; kBusy, kIo.
void add_approval(Database& db, std::int64_t project_id, int number, const std::string& approved_on,
                  const std::string& how);

// The open projects that have a delivery with no recorded approval (the only ones a delivery may still be
// waiting in), by id.
std::vector<std::int64_t> projects_with_unapproved_deliveries(Database& db);

// The file of delivery `number` as it was sent. Throws sk::Error(kNotFound).
std::string delivery_original(Database& db, std::int64_t project_id, int number);

}  // namespace sk::ledger
