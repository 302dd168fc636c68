// Tests that the ledger survives another program using it while something else in this process opens and
// closes the ledger file (as a GTK file chooser does when it shows the ledger's folder): see
// ledger/descriptor_locks.h. The other program is scopekeeper-ledger-peer, a real second process.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "ledger/database.h"
#include "ledger/descriptor_locks.h"
#include "ledger/project_store.h"
#include "temp_dir.h"

using sk::ledger::Database;
using sk::ledger::testing::TempDir;

namespace {

// Runs the peer program on `db_path` and returns what it printed (without the newline); fails the test
// when it does not exit 0.
std::string run_peer(const std::string& db_path, const std::string& arguments) {
  const std::string command = std::string(SK_LEDGER_PEER) + " '" + db_path + "' " + arguments;
  std::FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string output;
  std::array<char, 256> buffer{};
  while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) output += buffer.data();
  const int status = ::pclose(pipe);
  INFO(command << " printed: " << output);
  REQUIRE(status == 0);
  if (!output.empty() && output.back() == '\n') output.pop_back();
  return output;
}

// The files this process still has open although they were deleted, among those whose name starts
// with `prefix` (e.g. "/tmp/x/ledger.db" matches its -wal and -shm).
std::vector<std::string> deleted_open_files(const std::string& prefix) {
  std::vector<std::string> deleted;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
    std::error_code error;
    const std::string target = std::filesystem::read_symlink(entry.path(), error).string();
    if (!error && target.rfind(prefix, 0) == 0 && target.find(" (deleted)") != std::string::npos) {
      deleted.push_back(target);
    }
  }
  return deleted;
}

// What a file dialog does when it lists a folder: open the file, read a little, close it.
void open_and_close_elsewhere(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(fd >= 0);
  char head[16];
  REQUIRE(::read(fd, head, sizeof head) >= 0);
  ::close(fd);
}

sk::ledger::NewProject project_titled(const std::string& title) {
  sk::ledger::NewProject project;
  project.title = title;
  project.client_name = "Ana Popescu";
  return project;
}

}  // namespace

TEST_CASE("the ledger's locks belong to its own descriptors, not to the process") {
  TempDir dir;
  const std::string path = dir.file("ledger.db");
  Database db = Database::open(path);
  CHECK(sk::ledger::descriptor_locks_in_use());
  sk::ledger::add_project(db, project_titled("Spring catalogue"));

  // Something else in this process opens and closes the ledger and its log; then another program uses
  // the ledger and closes it, believing (with process locks) that it is the last user.
  open_and_close_elsewhere(path);
  open_and_close_elsewhere(path + "-wal");
  open_and_close_elsewhere(path + "-shm");
  REQUIRE(run_peer(path, "count") == "1");

  // What this process writes afterwards reaches the ledger the other program reads.
  sk::ledger::add_project(db, project_titled("Autumn catalogue"));
  CHECK(run_peer(path, "count") == "2");
  CHECK(deleted_open_files(path).empty());

  // And the other way round: the other program's write is seen here.
  REQUIRE(run_peer(path, "add 'Winter catalogue'") == "3");
  CHECK(sk::ledger::list_projects(db).size() == 3);
}

TEST_CASE("two connections in one process and another program share the ledger") {
  TempDir dir;
  const std::string path = dir.file("ledger.db");
  Database window = Database::open(path);
  sk::ledger::add_project(window, project_titled("One"));
  {
    // A background task's own connection, closed while the window's stays open.
    Database worker = Database::open(path);
    sk::ledger::add_project(worker, project_titled("Two"));
  }
  open_and_close_elsewhere(path);
  REQUIRE(run_peer(path, "add Three") == "3");
  sk::ledger::add_project(window, project_titled("Four"));
  CHECK(run_peer(path, "count") == "4");
  CHECK(deleted_open_files(path).empty());

  // When every connection here is closed, the ledger is whole and the peer sees all of it.
  { Database last = std::move(window); }
  CHECK(run_peer(path, "count") == "4");
}
