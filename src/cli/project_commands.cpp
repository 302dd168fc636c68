// `scopekeeper-cli project add|list|show|terms|close|delete`: the projects in the ledger and their terms.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "common/error.h"
#include "common/languages.h"
#include "ledger/backup.h"
#include "ledger/history.h"
#include "ledger/project_edit.h"
#include "ledger/project_lifecycle.h"
#include "ledger/project_store.h"
#include "ledger/terms_store.h"

namespace sk::cli {

namespace {

struct ProjectOptions {
  ledger::NewProject add;
  std::optional<double> add_price, add_rate;
  std::string id;
  bool json = false, yes = false;
  // project terms: each unset value keeps the current version's.
  std::optional<int> rounds;
  std::optional<double> max_share, heads_up, price, rate;
  std::optional<std::string> clause;
  std::optional<int> feedback_days;
  std::optional<std::string> non_working;
  std::string from;
  ledger::ProjectEdit edit;  // project edit
};

void add_terms_options(CLI::App* cmd, ProjectOptions& o) {
  cmd->add_option("--heads-up", o.heads_up,
                  "Warn when a round uses at least this percent of its share (default 80)");
  cmd->add_option("--hourly-rate", o.rate, "Hourly rate for work beyond the terms");
  cmd->add_option("--clause", o.clause, "The agreement's wording, kept with the terms");
  cmd->add_option(
      "--feedback-days", o.feedback_days,
      "Comments on a delivery count for this many business days; after that it counts as approved "
      "(0: no feedback window)");
  cmd->add_option(
      "--non-working", o.non_working,
      "The project's non-working days, not counted in a feedback window: \"2026-12-24, 2026-12-25\"");
}

std::string amount(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

std::string terms_line(const ledger::TermsVersion& v, const std::string& currency) {
  std::string line = "v" + std::to_string(v.version) + " from " + v.effective_from + ": " +
                     std::to_string(v.terms.included_rounds) + " included round" +
                     (v.terms.included_rounds == 1 ? "" : "s") + ", at most " +
                     percent_value(v.terms.max_share_percent) + " changed per round, heads-up at " +
                     percent_value(v.terms.heads_up_percent) + " of that";
  if (v.terms.extra_round_price)
    line += ", extra round " + amount(*v.terms.extra_round_price) + " " + currency;
  if (v.terms.hourly_rate) line += ", hourly " + amount(*v.terms.hourly_rate) + " " + currency;
  if (v.terms.feedback_days) {
    line += ", comments within " + std::to_string(*v.terms.feedback_days) + " business day" +
            (*v.terms.feedback_days == 1 ? "" : "s") + " of a delivery";
  }
  if (!v.terms.non_working_days.empty()) line += " (not counting " + v.terms.non_working_days + ")";
  return line;
}

int run_add(const GlobalOptions& global, ProjectOptions& o) {
  o.add.terms.extra_round_price = o.add_price;
  o.add.terms.hourly_rate = o.add_rate;
  if (const std::string problem = ledger::validation_problem(o.add); !problem.empty()) {
    throw Error(ErrorKind::kInvalidInput, "project", problem);  // before the database is touched
  }
  ledger::Database db = open_ledger(global);
  std::cout << ledger::add_project(db, o.add) << '\n';
  return 0;
}

int run_list(const GlobalOptions& global, const ProjectOptions& o) {
  ledger::Database db = open_ledger(global);
  const std::vector<ledger::ProjectSummary> projects = ledger::list_projects(db);
  if (o.json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& p : projects) {
      list.push_back({{"id", p.id},
                      {"title", p.title},
                      {"client", p.client_name},
                      {"status", p.status},
                      {"scope", policy::to_string(p.scope)},
                      {"revisions", p.revision_count},
                      {"last_activity", p.last_activity}});
    }
    print_json(list);
    return 0;
  }
  if (projects.empty()) {
    std::cout
        << "no projects yet: add one with `scopekeeper-cli project add` or try `scopekeeper-cli demo`\n";
    return 0;
  }
  std::cout << "    ID  STATUS  SCOPE             REVISIONS  LAST ACTIVITY (UTC)   CLIENT / TITLE\n";
  for (const auto& p : projects) {
    std::printf("%6lld  %-6s  %-16s  %9d  %.19s  %s / %s\n", static_cast<long long>(p.id), p.status.c_str(),
                policy::to_string(p.scope), p.revision_count, p.last_activity.c_str(), p.client_name.c_str(),
                p.title.c_str());
  }
  return 0;
}

int run_show(const GlobalOptions& global, const ProjectOptions& o) {
  const std::int64_t id = parse_id(o.id, "project id");
  ledger::Database db = open_ledger(global);
  const ledger::ProjectHistory h = ledger::load_history(db, id);
  const ledger::TermsVersion& current = h.terms.back();
  const ledger::JudgedRevision* latest = h.revisions.empty() ? nullptr : &h.revisions.back();
  if (o.json) {
    nlohmann::ordered_json j;
    j["project"] = project_json(h.project);
    j["terms"] = terms_json(current);
    j["terms_versions"] = h.terms.size();
    j["revisions"] = h.revisions.size();
    j["notices"] = h.notices.size();
    j["latest_revision"] = latest ? revision_json(*latest) : nlohmann::ordered_json(nullptr);
    print_json(j);
    return 0;
  }
  const auto& p = h.project;
  std::cout << "project " << p.id << ": " << p.title << '\n'
            << "  client     " << p.client_name << (p.client_email.empty() ? "" : " <" + p.client_email + ">")
            << ", notices in " << p.language << '\n';
  if (!p.contact.empty() || !p.salutation.empty()) {
    std::cout << "  contact    " << (p.contact.empty() ? "-" : p.contact)
              << (p.salutation.empty() ? "" : ", greeted \"" + p.salutation + "\"") << '\n';
  }
  std::cout << "  status     " << p.status << (p.closed_at.empty() ? "" : " since " + p.closed_at) << '\n'
            << "  created    " << p.created_at << '\n'
            << "  terms      " << terms_line(current, p.currency) << '\n';
  if (!current.terms.clause.empty()) std::cout << "  clause     " << current.terms.clause << '\n';
  std::cout << "  revisions  " << h.revisions.size() << ", notices " << h.notices.size() << '\n';
  if (latest) {
    std::cout << "  latest     revision " << latest->revision.number << " ("
              << (!latest->revision.withdrawn_on.empty() ? "withdrawn on " + latest->revision.withdrawn_on
                  : latest->round                        ? "round " + std::to_string(*latest->round)
                                                         : std::string("not counted"))
              << "), status " << policy::to_string(latest->status) << '\n';
  }
  return 0;
}

int run_edit(const GlobalOptions& global, const ProjectOptions& o) {
  const std::int64_t id = parse_id(o.id, "project id");
  const ledger::ProjectEdit& e = o.edit;
  if (!e.title && !e.currency && !e.client_name && !e.client_email && !e.language && !e.contact &&
      !e.salutation && !e.reopen) {
    throw Error(ErrorKind::kInvalidInput, "project edit", "nothing to change; see --help");
  }
  ledger::Database db = open_ledger(global);
  const std::vector<std::string> changes = ledger::edit_project(db, id, e);
  if (changes.empty()) {
    std::cout << "project " << id << ": nothing changed (every value was already so)\n";
    return 0;
  }
  for (const std::string& change : changes) std::cout << "project " << id << ": " << change << '\n';
  return 0;
}

int run_terms(const GlobalOptions& global, const ProjectOptions& o) {
  const std::int64_t id = parse_id(o.id, "project id");
  const bool editing = o.rounds || o.max_share || o.heads_up || o.price || o.rate || o.clause ||
                       o.feedback_days || o.non_working || !o.from.empty();
  if (!editing) {
    ledger::Database db = open_ledger(global);
    const std::vector<ledger::TermsVersion> versions = ledger::list_terms(db, id);
    if (o.json) {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const auto& v : versions) list.push_back(terms_json(v));
      print_json(list);
    } else {
      const std::string currency = ledger::get_project(db, id).currency;
      for (const auto& v : versions) std::cout << terms_line(v, currency) << '\n';
    }
    return 0;
  }
  // Check the values given before touching the database (the full check runs again with the merged terms).
  ledger::Terms given;
  if (o.rounds) given.included_rounds = *o.rounds;
  if (o.max_share) given.max_share_percent = *o.max_share;
  if (o.heads_up) given.heads_up_percent = *o.heads_up;
  given.extra_round_price = o.price;
  given.hourly_rate = o.rate;
  if (o.feedback_days && *o.feedback_days != 0) given.feedback_days = o.feedback_days;
  if (o.non_working) given.non_working_days = *o.non_working;
  if (const std::string problem = ledger::terms_problem(given); !problem.empty()) {
    throw Error(ErrorKind::kInvalidInput, "terms", problem);
  }
  ledger::Database db = open_ledger(global);
  ledger::Terms terms = ledger::list_terms(db, id).back().terms;
  if (o.rounds) terms.included_rounds = *o.rounds;
  if (o.max_share) terms.max_share_percent = *o.max_share;
  if (o.heads_up) terms.heads_up_percent = *o.heads_up;
  if (o.price) terms.extra_round_price = o.price;
  if (o.rate) terms.hourly_rate = o.rate;
  if (o.clause) terms.clause = *o.clause;
  if (o.feedback_days) terms.feedback_days = *o.feedback_days == 0 ? std::nullopt : o.feedback_days;
  if (o.non_working) terms.non_working_days = *o.non_working;
  ledger::add_terms_version(db, id, terms, o.from);
  const std::vector<ledger::TermsVersion> versions = ledger::list_terms(db, id);
  std::cout << "project " << id << ": new terms "
            << terms_line(versions.back(), ledger::get_project(db, id).currency) << '\n';
  return 0;
}

int run_close(const GlobalOptions& global, const ProjectOptions& o) {
  const std::int64_t id = parse_id(o.id, "project id");
  ledger::Database db = open_ledger(global);
  ledger::close_project(db, id);
  std::cout << "project " << id << " closed; its records are kept\n";
  return 0;
}

bool confirmed(const ledger::ProjectDetails& project, int revisions) {
  if (!isatty(STDIN_FILENO)) return false;
  std::cerr << "Delete project " << project.id << " \"" << project.title << "\" with " << revisions
            << " revision(s)? A copy of the ledger is written first. [y/N] ";
  std::string answer;
  std::getline(std::cin, answer);
  return answer == "y" || answer == "Y" || answer == "yes";
}

int run_delete(const GlobalOptions& global, const ProjectOptions& o) {
  const std::int64_t id = parse_id(o.id, "project id");
  ledger::Database db = open_ledger(global);
  const ledger::ProjectHistory h = ledger::load_history(db, id);
  if (!o.yes && !confirmed(h.project, static_cast<int>(h.revisions.size()))) {
    throw Error(ErrorKind::kInvalidInput, "project " + std::to_string(id),
                "not deleted: confirm with --yes (a copy of the ledger is written first)");
  }
  const std::string copy = ledger::safety_backup_path(db.path() == ":memory:" ? "scopekeeper" : db.path(),
                                                      "before-delete-" + std::to_string(id));
  const ledger::DeletedProject deleted = ledger::delete_project(db, id, copy);
  std::cout << "deleted project " << id << " \"" << deleted.title << "\" (" << deleted.revisions
            << " revisions, " << deleted.notices << " notices); the ledger as it was is in " << copy << '\n';
  return 0;
}

}  // namespace

Runner add_project_command(CLI::App& app, const GlobalOptions& global) {
  auto o = std::make_shared<ProjectOptions>();
  CLI::App* project = app.add_subcommand("project", "Projects and their agreed terms");
  project->require_subcommand(1);

  CLI::App* add = project->add_subcommand("add", "Record a new project and its terms; prints its id");
  add->add_option("--title", o->add.title, "The project's title")->required();
  add->add_option("--client", o->add.client_name, "The client's name (an existing client is reused)")
      ->required();
  add->add_option("--client-email", o->add.client_email, "The client's email");
  add->add_option("--language", o->add.language,
                  "The client's notice language: " + language_codes_for_people() + " (default en)");
  add->add_option("--rounds", o->add.terms.included_rounds, "Revision rounds included in the price")
      ->required();
  add->add_option("--max-share", o->add.terms.max_share_percent,
                  "The most one round may change, in percent (1-100)")
      ->required();
  add->add_option("--heads-up", o->add.terms.heads_up_percent,
                  "Warn when a round uses at least this percent of its share (default 80)");
  add->add_option("--extra-round-price", o->add_price, "Price of each round beyond the included ones");
  add->add_option("--hourly-rate", o->add_rate, "Hourly rate for work beyond the terms");
  add->add_option("--currency", o->add.currency, "ISO 4217 code (default EUR)");
  add->add_option("--clause", o->add.terms.clause, "The agreement's wording, kept with the terms");
  add->add_option(
      "--feedback-days", o->add.terms.feedback_days,
      "Comments on a delivery count for this many business days; after that it counts as approved");
  add->add_option(
      "--non-working", o->add.terms.non_working_days,
      "The project's non-working days, not counted in a feedback window: \"2026-12-24, 2026-12-25\"");
  add->add_option(
      "--from", o->add.terms_from,
      "The day the terms were agreed, YYYY-MM-DD, when the work started before today (default today)");
  add->add_option("--contact", o->add.contact,
                  "The person at the client your letters go to (\"Sarah Thompson\")");
  add->add_option("--salutation", o->add.salutation,
                  "How your letters greet them (\"Dear Sarah,\"); default: the language's usual greeting");

  CLI::App* list = project->add_subcommand("list", "All projects, most recent activity first");
  list->add_flag("--json", o->json, "Print a JSON array");

  CLI::App* show = project->add_subcommand("show", "One project, its current terms and latest revision");
  show->add_option("ID", o->id, "Project id")->required();
  show->add_flag("--json", o->json, "Print one JSON object");

  CLI::App* terms = project->add_subcommand(
      "terms", "Show the terms versions, or with any option record a new version (unset values carry over)");
  terms->add_option("ID", o->id, "Project id")->required();
  terms->add_option("--rounds", o->rounds, "Revision rounds included in the price");
  terms->add_option("--max-share", o->max_share, "The most one round may change, in percent (1-100)");
  terms->add_option("--extra-round-price", o->price, "Price of each round beyond the included ones");
  add_terms_options(terms, *o);
  terms->add_option("--from", o->from, "The day the new terms apply from, YYYY-MM-DD (default today)");
  terms->add_flag("--json", o->json, "Print the versions as a JSON array");

  CLI::App* edit = project->add_subcommand(
      "edit",
      "Change a project's title or currency, or its client's name, email, language, contact or greeting");
  edit->add_option("ID", o->id, "Project id")->required();
  edit->add_option("--title", o->edit.title, "The project's new title");
  edit->add_option("--currency", o->edit.currency, "ISO 4217 code");
  edit->add_option("--client", o->edit.client_name,
                   "The client's name, corrected (for all of that client's projects)");
  edit->add_option("--client-email", o->edit.client_email, "The client's email (\"\" to clear it)");
  edit->add_option("--language", o->edit.language, "The client's notice language")
      ->check(CLI::IsMember(language_codes()));
  edit->add_option("--contact", o->edit.contact, "The person your letters go to (\"\" for none)");
  edit->add_option("--salutation", o->edit.salutation,
                   "How your letters greet them (\"\": the language's usual greeting)");
  edit->add_flag("--reopen", o->edit.reopen, "Open a closed project again");

  CLI::App* close = project->add_subcommand("close", "Close a project (its records are kept)");
  close->add_option("ID", o->id, "Project id")->required();

  CLI::App* remove = project->add_subcommand(
      "delete", "Delete a project and its records, after writing a copy of the whole ledger");
  remove->add_option("ID", o->id, "Project id")->required();
  remove->add_flag("--yes", o->yes, "Do not ask for confirmation");

  return [o, &global, add, list, show, terms, edit, close, remove]() {
    if (edit->parsed()) return run_edit(global, *o);
    if (add->parsed()) return run_add(global, *o);
    if (list->parsed()) return run_list(global, *o);
    if (show->parsed()) return run_show(global, *o);
    if (terms->parsed()) return run_terms(global, *o);
    if (close->parsed()) return run_close(global, *o);
    if (remove->parsed()) return run_delete(global, *o);
    return 1;
  };
}

}  // namespace sk::cli
