// `scopekeeper-cli history PROJECT_ID [--json|--csv]`: the project's whole record — terms, revisions with
// their rounds and statuses, notices and the event log.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "common/error.h"
#include "ledger/history.h"

namespace sk::cli {

namespace {

struct HistoryOptions {
  std::string project;
  bool json = false, csv = false;
};

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string share_number(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", share);
  return buffer;
}

void print_csv(const ledger::ProjectHistory& h) {
  std::cout << "number,round,date,file,counted,changed_share,kept,deleted,inserted,status,notice,"
               "not_counted_reason,terms_version,sha256\r\n";
  for (const auto& j : h.revisions) {
    const auto& r = j.revision;
    const auto& m = r.measured;
    std::cout << r.number << ',' << (j.round ? std::to_string(*j.round) : "") << ',' << r.received_on << ','
              << csv_field(r.file_name) << ',' << (r.counted ? "yes" : "no") << ','
              << (m ? share_number(m->changed_share) : "") << ',' << (m ? std::to_string(m->kept) : "") << ','
              << (m ? std::to_string(m->deleted) : "") << ',' << (m ? std::to_string(m->inserted) : "") << ','
              << policy::to_string(j.status) << ',' << j.notice_kind.value_or("") << ','
              << csv_field(r.not_counted_reason) << ',' << r.terms_version << ',' << r.sha256 << "\r\n";
  }
}

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
                       {"kind", n.kind},
                       {"language", n.language},
                       {"date", n.created_at},
                       {"pdf_bytes", n.pdf_bytes},
                       {"text", n.text}});
  }
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
    std::printf("  %3d  %5s  %s  %7s  %-16s  %s%s\n", r.number,
                j.round ? std::to_string(*j.round).c_str() : "-", r.received_on.c_str(),
                r.measured ? percent(r.measured->changed_share).c_str() : "-", policy::to_string(j.status),
                r.file_name.c_str(),
                r.counted ? "" : ("  (not counted: " + r.not_counted_reason + ")").c_str());
  }
  std::cout << "\nnotices\n";
  if (h.notices.empty()) std::cout << "  none\n";
  for (const auto& n : h.notices) {
    std::cout << "  " << n.created_at << "  " << n.kind << " (" << n.language << ")"
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
  cmd->add_flag("--csv", o->csv, "Print the revisions as CSV")->excludes(json);
  return [o, &global]() {
    const std::int64_t id = parse_id(o->project, "project id");
    ledger::Database db = open_ledger(global);
    const ledger::ProjectHistory h = ledger::load_history(db, id);
    if (o->json) {
      print_json_history(h);
    } else if (o->csv) {
      print_csv(h);
    } else {
      print_text(h);
    }
    return 0;
  };
}

}  // namespace sk::cli
