// A second program on the same ledger, for the tests that share one database between processes:
//   scopekeeper-ledger-peer DB count          prints how many projects the ledger holds
//   scopekeeper-ledger-peer DB add TITLE      records a project titled TITLE, prints its id
// It opens the ledger, does its one thing and closes it, as a CLI command does (so it checkpoints and
// removes the write-ahead log when it believes it is the last one using the ledger). Exit 2 on sk::Error.
#include <iostream>
#include <string>

#include "common/error.h"
#include "ledger/database.h"
#include "ledger/project_store.h"

int main(int argc, char** argv) {
  const std::string usage = "usage: scopekeeper-ledger-peer DB count | DB add TITLE";
  if (argc < 3) {
    std::cerr << usage << '\n';
    return 1;
  }
  const std::string verb = argv[2];
  try {
    sk::ledger::Database db = sk::ledger::Database::open(argv[1]);
    if (verb == "count" && argc == 3) {
      std::cout << sk::ledger::list_projects(db).size() << '\n';
      return 0;
    }
    if (verb == "add" && argc == 4) {
      sk::ledger::NewProject project;
      project.title = argv[3];
      project.client_name = "Peer";
      std::cout << sk::ledger::add_project(db, project) << '\n';
      return 0;
    }
  } catch (const sk::Error& error) {
    std::cerr << "error: " << error.subject() << ": " << error.message() << '\n';
    return 2;
  }
  std::cerr << usage << '\n';
  return 1;
}
