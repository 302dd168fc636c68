// Where the ledger lives on disk by default (XDG base directories) and making its folder.
#pragma once

#include <string>

namespace sk::ledger {

// `$XDG_DATA_HOME/scopekeeper/scopekeeper.db`, or `$HOME/.local/share/scopekeeper/scopekeeper.db` when
// XDG_DATA_HOME is unset, empty or relative (the XDG spec says to ignore relative values).
// Pure: creates nothing. Throws sk::Error(kNotFound) when neither variable gives an absolute folder.
std::string default_database_path();

// Creates the folder that will hold `file_path` (and its parents) if missing.
// Throws sk::Error(kIo) with the folder as subject when the OS refuses.
void ensure_parent_directory(const std::string& file_path);

}  // namespace sk::ledger
