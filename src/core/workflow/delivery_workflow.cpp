// The use cases of deliveries; see delivery_workflow.h.
#include "workflow/delivery_workflow.h"

#include <algorithm>

#include "common/error.h"
#include "ledger/dates.h"
#include "ledger/delivery_store.h"
#include "ledger/history.h"
#include "ledger/project_store.h"
#include "ledger/sha256.h"
#include "workflow/revision_source.h"

namespace sk::workflow {

namespace {

std::string checked_day(const std::string& day, const std::string& today, const std::string& subject,
                        const char* what) {
  const std::string value = day.empty() ? today : day;
  if (!ledger::is_valid_date(value)) {
    throw Error(
        ErrorKind::kInvalidInput, subject,
        std::string("the day it was ") + what + " must be a date, YYYY-MM-DD (got \"" + value + "\")");
  }
  if (value > today) {
    throw Error(ErrorKind::kInvalidInput, subject,
                std::string("cannot have been ") + what + " on " + value + ", after today (" + today + ")");
  }
  return value;
}

}  // namespace

int record_delivery(ledger::Database& db, std::int64_t project_id, const std::string& path,
                    const std::string& delivered_on, const std::string& note, const std::string& today) {
  const RevisionSource source = read_revision_source(path);
  ledger::NewDelivery delivery;
  delivery.delivered_on = checked_day(delivered_on, today, source.file_name, "delivered");
  delivery.file_name = source.file_name;
  delivery.format = source.format;
  delivery.sha256 = ledger::sha256_hex(source.bytes);
  delivery.original = source.bytes;
  delivery.note = note;
  return ledger::add_delivery(db, project_id, delivery);
}

void approve_delivery(ledger::Database& db, std::int64_t project_id, int number,
                      const std::string& approved_on, const std::string& how, const std::string& today) {
  const std::string subject =
      "delivery " + std::to_string(number) + " of project " + std::to_string(project_id);
  ledger::add_approval(db, project_id, number, checked_day(approved_on, today, subject, "approved"), how);
}

std::vector<DueDelivery> due_deliveries(ledger::Database& db, const std::string& today) {
  std::vector<DueDelivery> due;
  // Only projects with a delivery not approved explicitly can have one waiting: the rest are never read.
  for (const std::int64_t id : ledger::projects_with_unapproved_deliveries(db)) {
    const ledger::ProjectHistory history = ledger::load_history(db, id);
    for (ledger::JudgedDelivery& d : ledger::judge_deliveries(history, today)) {
      const auto state = d.status.state;
      const bool waiting = state == policy::DeliveryState::kAwaitingFeedback ||
                           (state == policy::DeliveryState::kNoWindow && d.answered_by.empty());
      if (!waiting) continue;
      due.push_back({id, history.project.title, history.project.client_name, std::move(d)});
    }
  }
  std::stable_sort(due.begin(), due.end(), [](const DueDelivery& a, const DueDelivery& b) {
    const std::string& x = a.delivery.status.last_comment_day;
    const std::string& y = b.delivery.status.last_comment_day;
    if (x.empty() != y.empty()) return y.empty();  // windows first
    if (x != y) return x < y;
    return a.delivery.delivery.delivered_on < b.delivery.delivery.delivered_on;
  });
  return due;
}

}  // namespace sk::workflow
