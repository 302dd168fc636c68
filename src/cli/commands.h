// The subcommands of scopekeeper-cli: each registers itself on the CLI11 app and runs when chosen.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ledger/database.h"
#include "ledger/delivery_states.h"
#include "ledger/history.h"

namespace sk::cli {

// Options every command shares.
struct GlobalOptions {
  std::string db_path;  // empty: the default database
};

// A registered command: `run` is called after parsing when the command was given, and returns the exit code.
using Runner = std::function<int()>;

Runner add_diff_command(CLI::App& app, const GlobalOptions& global);
Runner add_project_command(CLI::App& app, const GlobalOptions& global);   // project add|list|show|terms|...
Runner add_revision_command(CLI::App& app, const GlobalOptions& global);  // revision add|mark|withdraw|...
Runner add_history_command(CLI::App& app, const GlobalOptions& global);
Runner add_backup_command(CLI::App& app, const GlobalOptions& global);
Runner add_restore_command(CLI::App& app, const GlobalOptions& global);
Runner add_demo_command(CLI::App& app, const GlobalOptions& global);
Runner add_notice_command(CLI::App& app, const GlobalOptions& global);    // notice PROJECT_ID -o OUT.pdf
Runner add_profile_command(CLI::App& app, const GlobalOptions& global);   // profile show|set
Runner add_delivery_command(CLI::App& app, const GlobalOptions& global);  // delivery add|approve|list
Runner add_due_command(CLI::App& app, const GlobalOptions& global);       // due

// Shared by the ledger commands (ledger_commands.cpp).

// Opens the database named by --db, or the default one (creating its folder). When opening upgraded an
// older database, says on stderr where the copy made before the upgrade is.
ledger::Database open_ledger(const GlobalOptions& global);

// A share 0..1 as a percentage for people: "12.5%" (two decimals under 10%).
std::string percent(double share);

// A number of percent as given in the terms: "30%", "12.5%".
std::string percent_value(double percent);

// JSON shapes shared by `project show` and `history`.
nlohmann::ordered_json project_json(const ledger::ProjectDetails& project);
nlohmann::ordered_json terms_json(const ledger::TermsVersion& terms);
nlohmann::ordered_json revision_json(const ledger::JudgedRevision& revision);
nlohmann::ordered_json delivery_json(const ledger::JudgedDelivery& delivery);
// Where a delivery stands, in one line: "waiting for comments until 2026-03-09 (2 business days left)".
std::string delivery_state_words(const ledger::JudgedDelivery& delivery);

// Prints `json` indented, replacing invalid UTF-8 rather than failing.
void print_json(const nlohmann::ordered_json& json);

// The codes of common/languages.h, for a CLI11 IsMember check.
std::vector<std::string> language_codes();

// Reads a whole-number project id or revision number; throws sk::Error(kInvalidInput) otherwise.
std::int64_t parse_id(const std::string& text, const char* what);

}  // namespace sk::cli
