// Mapping SQLite result codes to sk::Error kinds; see sqlite_error.h.
#include "ledger/sqlite_error.h"

#include <sqlite3.h>

namespace sk::ledger {

Error to_error(const SQLite::Exception& exception, const std::string& subject) {
  const std::string detail = exception.what();
  switch (exception.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error(ErrorKind::kBusy, subject, "database busy, try again");
    case SQLITE_NOTADB:
      return Error(ErrorKind::kCorrupt, subject, "not a database file, or the file is damaged");
    case SQLITE_CORRUPT:
      return Error(ErrorKind::kCorrupt, subject, "the database file is damaged (" + detail + ")");
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_FULL:
      return Error(ErrorKind::kIo, subject, "cannot read or write the database (" + detail + ")");
    case SQLITE_CONSTRAINT:
      return Error(ErrorKind::kInvalidInput, subject, "rejected by the database (" + detail + ")");
    default:
      return Error(ErrorKind::kCorrupt, subject, "unexpected database error (" + detail + ")");
  }
}

}  // namespace sk::ledger
