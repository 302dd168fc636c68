// The agreed terms of a project, versioned: each edit adds a version that applies from a given day; old
// versions are never changed, so every revision stays judged by the terms in force when it arrived.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "ledger/database.h"
#include "policy/limits.h"

namespace sk::ledger {

// The agreed terms: one struct wherever terms travel (a new project, a terms version, the window's defaults).
// The part the policy judges by — included rounds (>= 0), the share a round may change (1..100), the
// heads-up (1..100) — is policy::Limits itself.
struct Terms : policy::Limits {
  std::optional<double> extra_round_price;  // >= 0 when given, in the project's currency
  std::optional<double> hourly_rate;        // >= 0 when given
  std::string clause;                       // free text from the agreement, may be empty
  // Comments on a delivery count for this many business days (1..60); none: no feedback window.
  std::optional<int> feedback_days;
  // The project's agreed non-working days inside feedback windows, as policy::format_non_working_days
  // writes them ("2026-12-24, 2026-12-25"); empty for none. Weekends never count.
  std::string non_working_days;
};

struct TermsVersion {
  std::int64_t id = 0;
  int version = 1;
  std::string effective_from;  // YYYY-MM-DD
  std::string created_at;      // UTC, ISO 8601 with milliseconds
  Terms terms;
};

// The most revision rounds an agreement may include (the window's controls stop there too).
inline constexpr int kMaxIncludedRounds = 99;

// The first problem with `terms` in words, or an empty string when they are valid.
std::string terms_problem(const Terms& terms);

// What the policy judges by.
policy::Limits limits_of(const Terms& terms);

// Inserts terms version `version` of the project, applying from `from` (checked by the caller), inside a
// transaction: the one place a terms row is written (new projects and new versions).
void insert_terms_row(SQLite::Database& sql, std::int64_t project_id, int version, const std::string& from,
                      const Terms& terms);

// Adds the next terms version of project `project_id`, applying from `effective_from` (YYYY-MM-DD; empty
// means today), and logs a "terms.edited" event, in one transaction. Returns the new version number.
// Throws sk::Error: kInvalidInput (subject "terms") for invalid terms, a bad date or a date before the
// current version's; kNotFound (subject "project N") for an unknown project; kBusy, kIo.
int add_terms_version(Database& db, std::int64_t project_id, const Terms& terms,
                      const std::string& effective_from = "");

// All terms versions of a project, oldest first. Throws sk::Error(kNotFound) for an unknown project.
std::vector<TermsVersion> list_terms(Database& db, std::int64_t project_id);

// As list_terms, for use inside Database::read or transaction; an unknown project gives an empty list.
std::vector<TermsVersion> query_terms(SQLite::Database& sql, std::int64_t project_id);

}  // namespace sk::ledger
