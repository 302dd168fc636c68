// Adding and listing versions of a project's terms; see terms_store.h.
#include "ledger/terms_store.h"

#include <cmath>
#include <sstream>

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "ledger/dates.h"
#include "ledger/event_log.h"
#include "ledger/project_store.h"
#include "policy/business_days.h"

namespace sk::ledger {

namespace {

std::optional<double> optional_double(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getDouble();
}

void bind_optional(SQLite::Statement& statement, const char* name, const std::optional<double>& value) {
  if (value) {
    statement.bind(name, *value);
  } else {
    statement.bind(name);
  }
}

std::string edited_detail(int version, const std::string& from, const Terms& terms) {
  std::ostringstream detail;
  detail << "terms v" << version << " from " << from << ": " << terms.included_rounds
         << " included rounds, max " << terms.max_share_percent << "% per round, heads-up at "
         << terms.heads_up_percent << "% of it";
  if (terms.extra_round_price) detail << ", extra round " << *terms.extra_round_price;
  if (terms.hourly_rate) detail << ", hourly " << *terms.hourly_rate;
  if (terms.feedback_days) detail << ", feedback within " << *terms.feedback_days << " business days";
  if (!terms.non_working_days.empty()) detail << ", non-working days " << terms.non_working_days;
  return detail.str();
}

}  // namespace

std::string terms_problem(const Terms& terms) {
  if (terms.included_rounds < 0) return "included rounds cannot be negative";
  if (terms.included_rounds > kMaxIncludedRounds) {
    return "included rounds must be at most " + std::to_string(kMaxIncludedRounds) + " (got " +
           std::to_string(terms.included_rounds) + ")";
  }
  if (!(terms.max_share_percent >= 1 && terms.max_share_percent <= 100)) {
    return "the maximum changed share must be between 1 and 100 percent";
  }
  if (!(terms.heads_up_percent >= 1 && terms.heads_up_percent <= 100)) {
    return "the heads-up threshold must be between 1 and 100 percent of the share";
  }
  if (terms.extra_round_price &&
      !(std::isfinite(*terms.extra_round_price) && *terms.extra_round_price >= 0)) {
    return "the extra-round price cannot be negative";
  }
  if (terms.hourly_rate && !(std::isfinite(*terms.hourly_rate) && *terms.hourly_rate >= 0)) {
    return "the hourly rate cannot be negative";
  }
  if (terms.feedback_days && (*terms.feedback_days < 1 || *terms.feedback_days > 60)) {
    return "the feedback window must be between 1 and 60 business days (got " +
           std::to_string(*terms.feedback_days) + ")";
  }
  std::string problem;
  if (!policy::parse_non_working_days(terms.non_working_days, problem)) {
    return "the non-working days: " + problem;
  }
  return {};
}

policy::Limits limits_of(const Terms& terms) {
  return terms;  // the Limits part
}

std::vector<TermsVersion> query_terms(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(
      sql,
      "SELECT id, version, effective_from, created_at, included_rounds, max_share_percent, "
      "heads_up_percent, extra_round_price, hourly_rate, clause, feedback_days, non_working_days FROM terms "
      "WHERE project_id = ? ORDER BY version");
  query.bind(1, project_id);
  std::vector<TermsVersion> versions;
  while (query.executeStep()) {
    TermsVersion v;
    v.id = query.getColumn(0).getInt64();
    v.version = query.getColumn(1).getInt();
    v.effective_from = query.getColumn(2).getString();
    v.created_at = query.getColumn(3).getString();
    v.terms.included_rounds = query.getColumn(4).getInt();
    v.terms.max_share_percent = query.getColumn(5).getDouble();
    v.terms.heads_up_percent = query.getColumn(6).getDouble();
    v.terms.extra_round_price = optional_double(query.getColumn(7));
    v.terms.hourly_rate = optional_double(query.getColumn(8));
    v.terms.clause = query.getColumn(9).getString();
    if (!query.getColumn(10).isNull()) v.terms.feedback_days = query.getColumn(10).getInt();
    v.terms.non_working_days = query.getColumn(11).getString();
    versions.push_back(std::move(v));
  }
  return versions;
}

void insert_terms_row(SQLite::Database& sql, std::int64_t project_id, int version, const std::string& from,
                      const Terms& terms) {
  std::string problem;
  const auto non_working = policy::parse_non_working_days(terms.non_working_days, problem);
  SQLite::Statement insert(sql,
                           "INSERT INTO terms (project_id, version, effective_from, included_rounds, "
                           "max_share_percent, heads_up_percent, extra_round_price, hourly_rate, clause, "
                           "feedback_days, non_working_days) "
                           "VALUES (:project, :version, :from, :rounds, :share, :heads_up, :price, :rate, "
                           ":clause, :feedback, :non_working)");
  insert.bind(":project", project_id);
  insert.bind(":version", version);
  insert.bind(":from", from);
  insert.bind(":rounds", terms.included_rounds);
  insert.bind(":share", terms.max_share_percent);
  insert.bind(":heads_up", terms.heads_up_percent);
  bind_optional(insert, ":price", terms.extra_round_price);
  bind_optional(insert, ":rate", terms.hourly_rate);
  insert.bind(":clause", terms.clause);
  if (terms.feedback_days) {
    insert.bind(":feedback", *terms.feedback_days);
  } else {
    insert.bind(":feedback");
  }
  // Stored the one way policy writes it, so equal lists are equal text.
  insert.bind(":non_working",
              non_working ? policy::format_non_working_days(*non_working) : terms.non_working_days);
  insert.exec();
}

std::vector<TermsVersion> list_terms(Database& db, std::int64_t project_id) {
  return db.read([&] {
    require_project(db.sql(), project_id);
    return query_terms(db.sql(), project_id);
  });
}

int add_terms_version(Database& db, std::int64_t project_id, const Terms& terms,
                      const std::string& effective_from) {
  if (std::string problem = terms_problem(terms); !problem.empty()) {
    throw Error(ErrorKind::kInvalidInput, "terms", problem);
  }
  const std::string from = effective_from.empty() ? today() : effective_from;
  if (!is_valid_date(from)) {
    throw Error(ErrorKind::kInvalidInput, "terms",
                "the start date must be YYYY-MM-DD (got \"" + from + "\")");
  }
  return db.transaction([&] {
    SQLite::Database& sql = db.sql();
    require_project(sql, project_id);
    const std::vector<TermsVersion> versions = query_terms(sql, project_id);
    const TermsVersion& current = versions.back();
    if (from < current.effective_from) {
      throw Error(ErrorKind::kInvalidInput, "terms",
                  "new terms cannot start on " + from + ", before the current terms (v" +
                      std::to_string(current.version) + " from " + current.effective_from + ")");
    }
    const int version = current.version + 1;
    insert_terms_row(sql, project_id, version, from, terms);
    log_event(sql, project_id, "terms.edited", edited_detail(version, from, terms));
    return version;
  });
}

}  // namespace sk::ledger
