// What the ledger commands share: opening the database named by --db, formatting percentages, JSON shapes.
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "common/error.h"
#include "common/languages.h"
#include "ledger/paths.h"
#include "measure/figures_text.h"

namespace sk::cli {

ledger::Database open_ledger(const GlobalOptions& global) {
  std::string path = global.db_path;
  if (path.empty()) {
    path = ledger::default_database_path();
    ledger::ensure_parent_directory(path);
  }
  ledger::Database db = ledger::Database::open(path);
  if (!db.upgrade_backup().empty()) {
    std::cerr << "note: upgraded " << path << "; the copy from before the upgrade is " << db.upgrade_backup()
              << '\n';
  }
  return db;
}

std::vector<std::string> language_codes() {
  std::vector<std::string> codes;
  for (const Language& language : languages()) codes.emplace_back(language.code);
  return codes;
}

std::string percent(double share) {
  return measure::share_percent(share);  // the one writer of shares for people (measure/figures_text.h)
}

std::string percent_value(double percent) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g%%", percent);
  return buffer;
}

namespace {

nlohmann::ordered_json optional_number(const std::optional<double>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace

nlohmann::ordered_json project_json(const ledger::ProjectDetails& p) {
  return {{"id", p.id},
          {"title", p.title},
          {"client", p.client_name},
          {"client_email", p.client_email},
          {"language", p.language},
          {"contact", p.contact},
          {"salutation", p.salutation},
          {"currency", p.currency},
          {"status", p.status},
          {"created_at", p.created_at},
          {"closed_at",
           p.closed_at.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(p.closed_at)}};
}

nlohmann::ordered_json terms_json(const ledger::TermsVersion& t) {
  return {{"version", t.version},
          {"effective_from", t.effective_from},
          {"included_rounds", t.terms.included_rounds},
          {"max_share_percent", t.terms.max_share_percent},
          {"heads_up_percent", t.terms.heads_up_percent},
          {"extra_round_price", optional_number(t.terms.extra_round_price)},
          {"hourly_rate", optional_number(t.terms.hourly_rate)},
          {"clause", t.terms.clause},
          {"feedback_days", t.terms.feedback_days ? nlohmann::ordered_json(*t.terms.feedback_days)
                                                  : nlohmann::ordered_json(nullptr)},
          {"non_working_days", t.terms.non_working_days},
          {"created_at", t.created_at}};
}

nlohmann::ordered_json revision_json(const ledger::JudgedRevision& j) {
  const ledger::RevisionRecord& r = j.revision;
  const auto& m = r.measured;
  auto count = [&](std::int64_t ledger::Measurement::*field) {
    return m ? nlohmann::ordered_json((*m).*field) : nlohmann::ordered_json(nullptr);
  };
  nlohmann::ordered_json json = {
      {"number", r.number},
      {"round", j.round ? nlohmann::ordered_json(*j.round) : nlohmann::ordered_json(nullptr)},
      {"date", r.received_on},
      {"file", r.file_name},
      {"counted", r.counted},
      {"changed_share", m ? nlohmann::ordered_json(m->changed_share) : nlohmann::ordered_json(nullptr)},
      {"kept", count(&ledger::Measurement::kept)},
      {"deleted", count(&ledger::Measurement::deleted)},
      {"inserted", count(&ledger::Measurement::inserted)},
      {"status", policy::to_string(j.status)},
      {"notice", j.notice_kind ? nlohmann::ordered_json(policy::to_string(*j.notice_kind))
                               : nlohmann::ordered_json(nullptr)},
      {"against", m ? nlohmann::ordered_json(m->against) : nlohmann::ordered_json(nullptr)},
      {"words", r.words},
      {"moved_words", count(&ledger::Measurement::moved_words)},
      {"not_counted_reason", r.not_counted_reason.empty() ? nlohmann::ordered_json(nullptr)
                                                          : nlohmann::ordered_json(r.not_counted_reason)},
      {"note", r.note},
      {"format", r.format},
      {"size_bytes", r.size_bytes},
      {"sha256", r.sha256},
      {"terms_version", r.terms_version},
      {"logged_at", r.created_at},
      {"rules", r.rules},
      // A revision logged by mistake and withdrawn: the day and why (null otherwise).
      {"withdrawn_on",
       r.withdrawn_on.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.withdrawn_on)},
      {"withdrawn_reason", r.withdrawn_on.empty() ? nlohmann::ordered_json(nullptr)
                                                  : nlohmann::ordered_json(r.withdrawn_reason)}};
  if (r.kind == ContentKind::kImage) {  // an image is measured by its pixels, not its words
    json["kind"] = "image";
    json["width"] = r.width;
    json["height"] = r.height;
    json["changed_pixels"] = m ? nlohmann::ordered_json(m->changed_pixels) : nlohmann::ordered_json(nullptr);
    json["total_pixels"] = m ? nlohmann::ordered_json(m->total_pixels) : nlohmann::ordered_json(nullptr);
    json["regions"] = m ? nlohmann::ordered_json(m->regions) : nlohmann::ordered_json(nullptr);
    json["size_handling"] = m ? nlohmann::ordered_json(m->size_handling) : nlohmann::ordered_json(nullptr);
  }
  return json;
}

void print_json(const nlohmann::ordered_json& json) {
  std::cout << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

std::int64_t parse_id(const std::string& text, const char* what) {
  std::size_t used = 0;
  long long value = 0;
  try {
    value = std::stoll(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || value <= 0) {
    throw Error(ErrorKind::kInvalidInput, what,
                "not a valid " + std::string(what) + " (got \"" + text + "\")");
  }
  return value;
}

}  // namespace sk::cli
