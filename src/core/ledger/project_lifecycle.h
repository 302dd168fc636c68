// Closing and deleting projects: both logged, and deleting only after a safety copy of the whole ledger.
#pragma once

#include <cstdint>
#include <string>

#include "ledger/database.h"

namespace sk::ledger {

// Marks the project closed (no more revisions can be logged) and logs "project.closed"; its records stay.
// Throws sk::Error: kNotFound for an unknown project; kInvalidInput when it is already closed; kBusy, kIo.
void close_project(Database& db, std::int64_t project_id);

// What a deletion removed, for the confirmation line.
struct DeletedProject {
  std::string title;
  int revisions = 0;
  int notices = 0;
  int terms_versions = 0;
};

// Deletes the project with its terms, revisions and notices, after copying the whole ledger to the new
// file `backup_path` while holding the write lock (so the copy has everything the deletion removes). The
// project's events stay, detached, with a "project.deleted" event naming the backup. The caller asks
// for confirmation first. Throws sk::Error: kNotFound for an unknown project; kInvalidInput when
// `backup_path` exists; kIo when the copy cannot be written (then nothing is deleted); kBusy.
DeletedProject delete_project(Database& db, std::int64_t project_id, const std::string& backup_path);

}  // namespace sk::ledger
