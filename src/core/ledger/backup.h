// Copies of the ledger file made with SQLite's online backup API: `backup`, `restore`, and the safety
// copies written before an upgrade, a restore or a deletion.
#pragma once

#include <string>

#include <SQLiteCpp/Database.h>

#include "ledger/database.h"

namespace sk::ledger {

// Copies the whole database behind `source` into the new file `out_path`, consistently even while other
// processes write (the copy is written beside it, as OUT.partial, and renamed into place when complete; what
// a killed backup left there — OUT.partial and its -journal — is removed by the next backup to OUT). Throws
// sk::Error with `out_path` as subject: kInvalidInput when the file already exists (nothing is ever
// overwritten), kIo when it cannot be written, kBusy.
void backup_to(SQLite::Database& source, const std::string& out_path);
void backup_to(Database& db, const std::string& out_path);

// A fresh name for a safety copy of `db_path`: "<db_path>.<reason>-<UTC YYYYMMDD-HHMMSS>.bak", with a
// counter added when that name is taken.
std::string safety_backup_path(const std::string& db_path, const std::string& reason);

// Replaces the contents of `db` with the Scopekeeper database `in_path`, after writing a safety copy of
// the current contents to `safety_copy`. The caller reopens the database afterwards (Database::open
// upgrades a copy made by an older version). Refuses, changing nothing: a file that is not a
// Scopekeeper database, one from a newer version, or one that fails SQLite's integrity check
// (sk::Error with `in_path` as subject: kUnsupported, kCorrupt, kIo).
void restore_from(Database& db, const std::string& in_path, const std::string& safety_copy);

}  // namespace sk::ledger
