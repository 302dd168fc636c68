// File > Back up ledger… and Restore from backup…: the CLI's `backup` and `restore` (ledger/backup.h) with
// the window's file dialogs, a question before anything is replaced, and the outcome in one sentence.
// The safety is core's: a backup never overwrites a file; a restore copies the current contents aside
// first and refuses a file that is not a sound Scopekeeper ledger, changing nothing.
#pragma once

#include <string>

#include "ledger/database.h"

class wxWindow;

namespace sk::gui {

// Asks where to write the copy (a new file; the folder and name are suggested), writes it and says where.
// Returns the path written, or an empty string when cancelled or refused (the reason shown).
std::string back_up_with_dialog(wxWindow* parent, ledger::Database& db);
// Writes the copy to `path` (no word on success); false after showing why not (e.g. the file exists).
bool back_up_to(wxWindow* parent, ledger::Database& db, const std::string& path);

// Asks for the backup to restore, asks to confirm, restores it and says where the replaced contents went.
// Returns true when the ledger was replaced (the caller then closes what showed the old contents).
bool restore_with_dialog(wxWindow* parent, ledger::Database& db);
// Project windows may stay open meanwhile: they hold no statement on the ledger between reads.
// Restores `path` into `db` (after a safety copy of the current contents, whose path goes to
// `safety_copy_written`) and reopens `db`, so a backup made by an older version is upgraded. `ask`:
// confirm first. False, with the reason shown, when refused or cancelled; `db` is then unchanged.
bool restore_from(wxWindow* parent, ledger::Database& db, const std::string& path, bool ask,
                  std::string* safety_copy_written = nullptr);

}  // namespace sk::gui
