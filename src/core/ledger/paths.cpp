// Default database location (XDG) and creating its folder; see paths.h.
#include "ledger/paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "common/error.h"

namespace sk::ledger {

namespace {

// The value of an environment variable when it is an absolute path, else empty.
std::filesystem::path absolute_env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return {};
  std::filesystem::path path(value);
  return path.is_absolute() ? path : std::filesystem::path();
}

}  // namespace

std::string default_database_path() {
  std::filesystem::path data_home = absolute_env("XDG_DATA_HOME");
  if (data_home.empty()) {
    std::filesystem::path home = absolute_env("HOME");
    if (home.empty()) {
      throw Error(ErrorKind::kNotFound, "",
                  "cannot find a data folder: set XDG_DATA_HOME or HOME, or pass --db");
    }
    data_home = home / ".local" / "share";
  }
  return (data_home / "scopekeeper" / "scopekeeper.db").string();
}

void ensure_parent_directory(const std::string& file_path) {
  const std::filesystem::path parent = std::filesystem::path(file_path).parent_path();
  if (parent.empty()) return;
  std::error_code error;
  std::filesystem::create_directories(parent, error);
  if (error) throw Error(ErrorKind::kIo, parent.string(), "cannot create folder: " + error.message());
}

}  // namespace sk::ledger
