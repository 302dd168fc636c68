// scopekeeper-cli: parses the command line and runs one command. Exit codes: 0 success, 1 usage error,
// 2 an expected failure (bad input, unknown id), reported as one "error: ..." line on stderr.
#include <iostream>
#include <vector>

#include "cli/commands.h"
#include "common/error.h"

int main(int argc, char** argv) {
  CLI::App app{
      "Scopekeeper: counts a client's edits fairly and writes the notice when the agreed limit is reached.",
      "scopekeeper-cli"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "scopekeeper-cli 0.1.0");
  sk::cli::GlobalOptions global;
  app.add_option("--db", global.db_path,
                 "Database file (default: $XDG_DATA_HOME/scopekeeper/scopekeeper.db)");
  app.fallthrough();  // so --db may also follow the command: `scopekeeper-cli project list --db x.db`

  std::vector<std::pair<CLI::App*, sk::cli::Runner>> commands;
  auto add = [&](sk::cli::Runner run) {
    commands.emplace_back(app.get_subcommands({}).back(), std::move(run));
  };
  add(sk::cli::add_diff_command(app, global));
  add(sk::cli::add_project_command(app, global));
  add(sk::cli::add_revision_command(app, global));
  add(sk::cli::add_history_command(app, global));
  add(sk::cli::add_backup_command(app, global));
  add(sk::cli::add_restore_command(app, global));
  add(sk::cli::add_demo_command(app, global));
  add(sk::cli::add_notice_command(app, global));
  add(sk::cli::add_profile_command(app, global));
  add(sk::cli::add_delivery_command(app, global));
  add(sk::cli::add_due_command(app, global));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 1;
  }
  try {
    for (auto& [command, run] : commands) {
      if (command->parsed()) return run();
    }
  } catch (const sk::Error& e) {
    std::cerr << "error: " << sk::describe(e) << '\n';
    return 2;
  } catch (const std::bad_alloc&) {
    std::cerr << "error: out of memory\n";
    return 2;
  }
  return 1;
}
