// The use cases of the freelancer's deliveries: recording one from the file sent, recording an approval the
// client gave, and what is due across projects (feedback windows closing, deliveries waiting for an answer).
// Dates are checked against `today`, which the front ends pass in.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ledger/database.h"
#include "ledger/delivery_states.h"

namespace sk::workflow {

// Reads `path` (the formats a revision may have; docs/formats.md) and records it as the project's next
// delivery on `delivered_on` (empty: today), with `note`. Returns its number. Throws sk::Error, writing
// nothing: with `path` as subject when the file cannot be read; kInvalidInput for a day that is not a date,
// is after today or before the previous delivery, or a closed project; kNotFound for an unknown project.
int record_delivery(ledger::Database& db, std::int64_t project_id, const std::string& path,
                    const std::string& delivered_on, const std::string& note, const std::string& today);

// Records that delivery `number` was approved on `approved_on` (empty: today) and how ("by email").
// Throws sk::Error, writing nothing: kInvalidInput for a day that is not a date or is after today, and as
// ledger::add_approval.
void approve_delivery(ledger::Database& db, std::int64_t project_id, int number,
                      const std::string& approved_on, const std::string& how, const std::string& today);

// A delivery of an open project that is still waiting for the client's comments.
struct DueDelivery {
  std::int64_t project_id = 0;
  std::string project_title, client_name;
  ledger::JudgedDelivery delivery;
};

// Every delivery of the open projects waiting for comments as of `today`, the window closing soonest first
// (deliveries without a window last, oldest first).
std::vector<DueDelivery> due_deliveries(ledger::Database& db, const std::string& today);

}  // namespace sk::workflow
