// `scopekeeper-cli history PROJECT_ID [--json|--csv|--csv-events|--csv-notices]`: the project's whole
// record — terms, revisions with rounds and statuses, notices, events (CSV: ledger/history_csv.h).
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/error.h"
#include "ledger/dates.h"
#include "ledger/history.h"
#include "ledger/history_csv.h"

namespace sk::cli {

namespace {

struct HistoryOptions {
  std::string project;
  bool json = false, csv = false, csv_events = false, csv_notices = false;
};

void print_json_history(const ledger::ProjectHistory& h) {
  nlohmann::ordered_json j;
  j["project"] = project_json(h.project);
  j["terms"] = terms_json(h.terms.back());
  auto& versions = j["terms_versions"] = nlohmann::ordered_json::array();
  for (const auto& v : h.terms) versions.push_back(terms_json(v));
  auto& revisions = j["revisions"] = nlohmann::ordered_json::array();
  for (const auto& r : h.revisions) revisions.push_back(revision_json(r));
  auto& notices = j["notices"] = nlohmann::ordered_json::array();
  for (const auto& n : h.notices) {
    notices.push_back({{"id", n.id},
                       {"revision", n.revision_number ? nlohmann::ordered_json(*n.revision_number)
                                                      : nlohmann::ordered_json()},
                       {"kind", n.kind_name},
                       {"language", n.language},
                       {"date", n.created_at},
                       {"pdf_bytes", n.pdf_bytes},
                       {"text", n.text}});
  }
  auto& deliveries = j["deliveries"] = nlohmann::ordered_json::array();
  for (const auto& d : ledger::judge_deliveries(h, ledger::today())) deliveries.push_back(delivery_json(d));
  auto& events = j["events"] = nlohmann::ordered_json::array();
  for (const auto& e : h.events) events.push_back({{"at", e.at}, {"kind", e.kind}, {"detail", e.detail}});
  print_json(j);
}

void print_text(const ledger::ProjectHistory& h) {
  const auto& p = h.project;
  std::cout << "project " << p.id << ": " << p.title << " — " << p.client_name << " (" << p.status << ")\n\n";
  std::cout << "terms\n";
  for (const auto& v : h.terms) {
    std::cout << "  v" << v.version << " from " << v.effective_from << ": " << v.terms.included_rounds
              << " rounds, max " << percent_value(v.terms.max_share_percent) << " per round\n";
  }
  std::cout << "\nrevisions\n   NO  ROUND  DATE        CHANGED  STATUS            FILE\n";
  for (const auto& j : h.revisions) {
    const auto& r = j.revision;
    const bool withdrawn = !r.withdrawn_on.empty();
    // A withdrawn revision was logged by mistake: no round, no figure, its day and reason instead.
    const std::string remark = withdrawn
                                   ? "  (withdrawn on " + r.withdrawn_on + ": " + r.withdrawn_reason + ")"
                               : r.counted ? std::string()
                                           : "  (not counted: " + r.not_counted_reason + ")";
    std::printf("  %3d  %5s  %s  %7s  %-16s  %s%s\n", r.number,
                j.round ? std::to_string(*j.round).c_str() : "-", r.received_on.c_str(),
                r.measured && !withdrawn ? percent(r.measured->changed_share).c_str() : "-",
                withdrawn ? "withdrawn" : policy::to_string(j.status), r.file_name.c_str(), remark.c_str());
  }
  // Shares measured by different rules are not comparable without saying so.
  std::string rules;
  for (const auto& j : h.revisions) {
    if (!j.revision.rules.empty() && rules.find(j.revision.rules) == std::string::npos) {
      rules += (rules.empty() ? "" : ", ") + j.revision.rules;
    }
  }
  if (rules.find(',') != std::string::npos) {
    std::cout << "  note: these revisions were measured by different rules (" << rules
              << "); see each revision's \"rules\" in --json\n";
  }
  if (!h.deliveries.empty()) {
    std::cout << "\ndeliveries\n";
    for (const auto& d : ledger::judge_deliveries(h, ledger::today())) {
      std::cout << "  " << d.delivery.number << "  " << d.delivery.delivered_on << "  "
                << d.delivery.file_name << "  " << delivery_state_words(d) << '\n';
    }
  }
  std::cout << "\nnotices\n";
  if (h.notices.empty()) std::cout << "  none\n";
  for (const auto& n : h.notices) {
    std::cout << "  " << n.created_at << "  " << n.kind_name << " (" << n.language << ")"
              << (n.revision_number ? ", answering revision " + std::to_string(*n.revision_number) : "")
              << '\n';
  }
  std::cout << "\nevents\n";
  for (const auto& e : h.events) std::cout << "  " << e.at << "  " << e.kind << ": " << e.detail << '\n';
}

}  // namespace

Runner add_history_command(CLI::App& app, const GlobalOptions& global) {
  auto o = std::make_shared<HistoryOptions>();
  CLI::App* cmd = app.add_subcommand("history", "A project's terms, revisions, notices and events");
  cmd->add_option("PROJECT_ID", o->project, "Project id")->required();
  auto* json = cmd->add_flag("--json", o->json, "Print one JSON object");
  auto* csv = cmd->add_flag("--csv", o->csv, "Print the revisions as CSV (RFC 4180, UTF-8)")->excludes(json);
  auto* events =
      cmd->add_flag("--csv-events", o->csv_events, "Print the event log as CSV")->excludes(json, csv);
  cmd->add_flag("--csv-notices", o->csv_notices, "Print the notices as CSV")->excludes(json, csv, events);
  return [o, &global]() {
    const std::int64_t id = parse_id(o->project, "project id");
    ledger::Database db = open_ledger(global);
    const ledger::ProjectHistory h = ledger::load_history(db, id);
    if (o->json) {
      print_json_history(h);
    } else if (o->csv || o->csv_events || o->csv_notices) {
      const ledger::CsvTable table = o->csv_events    ? ledger::CsvTable::kEvents
                                     : o->csv_notices ? ledger::CsvTable::kNotices
                                                      : ledger::CsvTable::kRevisions;
      std::cout << ledger::history_csv(h, table);
    } else {
      print_text(h);
    }
    return 0;
  };
}

}  // namespace sk::cli
