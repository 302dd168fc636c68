// Running the real scopekeeper-cli in tests: a scratch folder with its own ledger and settings, captured
// output.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace sk::test {

struct CliRun {
  int code;
  std::string out, err;
};

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline size_t count_lines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// The database file and its WAL, byte for byte (the WAL is empty or absent once no process has it open).
inline std::string file_bytes(const std::string& path) {
  return slurp(path) + "|wal|" + (std::filesystem::exists(path + "-wal") ? slurp(path + "-wal") : "");
}

// A temporary folder, removed afterwards, holding the ledger `ledger.db` and a `config/` that serves as
// $XDG_CONFIG_HOME, so the user's own settings never leak into a test. Its settings file holds only the
// freelancer's name (a notice is never written unsigned); a test may replace or remove it.
class CliSandbox {
 public:
  CliSandbox() {
    char tmpl[] = "/tmp/sk-cli-test-XXXXXX";
    dir_ = mkdtemp(tmpl);
    std::filesystem::create_directories(dir_ / "config" / "scopekeeper");
    std::ofstream(dir_ / "config" / "scopekeeper" / "scopekeeper.ini") << "[Profile]\nName=Alex Morgan\n";
  }
  ~CliSandbox() { std::filesystem::remove_all(dir_); }
  CliSandbox(const CliSandbox&) = delete;
  CliSandbox& operator=(const CliSandbox&) = delete;

  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::string db() const { return path("ledger.db"); }

  // Writes `content` to `name` (parent folders created) and returns its path.
  std::string write(const std::string& name, const std::string& content) {
    std::filesystem::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return path(name);
  }

  // Runs `scopekeeper-cli --db <sandbox ledger> ARGS`, standard input from `stdin_file` (or nothing).
  CliRun run(const std::string& args, const std::string& stdin_file = "") {
    const std::string out = path("stdout"), err = path("stderr");
    const std::string input = stdin_file.empty() ? std::string("/dev/null") : stdin_file;
    const std::string cmd = "XDG_CONFIG_HOME='" + path("config") + "' '" + SK_CLI + "' --db '" + db() + "' " +
                            args + " >'" + out + "' 2>'" + err + "' <'" + input + "'";
    const int status = std::system(cmd.c_str());
    return CliRun{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  }

 private:
  std::filesystem::path dir_;
};

// Today's date on this computer, YYYY-MM-DD (what the CLI writes when no date is given).
inline std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

}  // namespace sk::test
