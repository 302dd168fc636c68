// The subcommands of scopekeeper-cli: each registers itself on the CLI11 app and runs when chosen.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace sk::cli {

// Options every command shares.
struct GlobalOptions {
  std::string db_path;  // empty: the default database
};

// A registered command: `run` is called after parsing when the command was given, and returns the exit code.
using Runner = std::function<int()>;

Runner add_diff_command(CLI::App& app, const GlobalOptions& global);

}  // namespace sk::cli
