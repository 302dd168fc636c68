// Changing a project's details after it was recorded: its title and currency, its client's name, email,
// notice language, contact person and greeting; reopening a closed project. Every change is logged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/database.h"

namespace sk::ledger {

// What to change; an absent field is left as it is. The client's fields (name, email, language, contact,
// salutation) belong to the client, so they change for all of that client's projects.
struct ProjectEdit {
  std::optional<std::string> title;
  std::optional<std::string> currency;
  std::optional<std::string> client_name;  // corrects the client's name (not a move to another client)
  std::optional<std::string> client_email;
  std::optional<std::string> language;
  std::optional<std::string> contact;
  std::optional<std::string> salutation;
  bool reopen = false;  // a closed project is opened again (its closing stays in the history)
};

// Applies `edit` in one transaction and logs one "project.edited" event listing each change with its old
// and new value (and "project.reopened" when reopened). Returns the changes in words, in that order; an
// empty list when every field already had its value (nothing is written then). A change of the client's
// name is also logged in each other project of that client, so every history explains the new name.
// Throws sk::Error: kNotFound for an unknown project; kInvalidInput (subject "project N") when a new value
// is not valid (the same rules as add_project), the new client name is another client's, or reopen is
// asked of an open project; kBusy, kIo.
std::vector<std::string> edit_project(Database& db, std::int64_t project_id, const ProjectEdit& edit);

}  // namespace sk::ledger
