// `scopekeeper-cli backup OUT.db` and `restore IN.db`: whole-ledger copies through SQLite's online backup.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "ledger/backup.h"

namespace sk::cli {

Runner add_backup_command(CLI::App& app, const GlobalOptions& global) {
  auto out = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("backup", "Copy the whole ledger to a new file, safely while in use");
  cmd->add_option("OUT", *out, "The new file (never overwritten)")->required();
  return [out, &global]() {
    ledger::Database db = open_ledger(global);
    ledger::backup_to(db, *out);
    std::cout << "backed up " << db.path() << " to " << *out << '\n';
    return 0;
  };
}

Runner add_restore_command(CLI::App& app, const GlobalOptions& global) {
  auto in = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "restore", "Replace the ledger with a backup; the current contents are copied aside first");
  cmd->add_option("IN", *in, "A backup made by `scopekeeper-cli backup`")->required();
  return [in, &global]() {
    std::string copy;
    std::string path;
    {
      ledger::Database db = open_ledger(global);
      path = db.path();
      copy = ledger::safety_backup_path(path, "before-restore");
      ledger::restore_from(db, *in, copy);
    }
    // Reopening upgrades a backup made by an older version.
    GlobalOptions reopened = global;
    reopened.db_path = path;
    open_ledger(reopened);
    std::cout << "restored " << path << " from " << *in << "; the contents it replaced are in " << copy
              << '\n';
    return 0;
  };
}

}  // namespace sk::cli
