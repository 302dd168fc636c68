// Turns SQLite's exceptions into sk::Error at the ledger's edge, so no caller sees a SQLite type.
#pragma once

#include <string>

#include <SQLiteCpp/Exception.h>

#include "common/error.h"

namespace sk::ledger {

// busy/locked -> kBusy "database busy, try again"; not a database/corrupt -> kCorrupt; cannot open, I/O,
// read-only, disk full -> kIo; constraint -> kInvalidInput; anything else -> kCorrupt. `subject` is
// usually the database path.
Error to_error(const SQLite::Exception& exception, const std::string& subject);

}  // namespace sk::ledger
