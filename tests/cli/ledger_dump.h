// A full, byte-exact dump of a ledger file, to prove that a failed command changed nothing.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <string>
#include <vector>

namespace sk::test {

// Every table's schema and rows (all columns, with their types and exact bytes), the schema version and
// application id.
inline std::string dump(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  std::string out = "user_version " + db.execAndGet("PRAGMA user_version").getString() + "\napplication_id " +
                    db.execAndGet("PRAGMA application_id").getString() + "\n";
  SQLite::Statement tables(db, "SELECT name, sql FROM sqlite_schema ORDER BY type, name");
  std::vector<std::string> names;
  while (tables.executeStep()) {
    out += tables.getColumn(1).getString() + "\n";
    if (tables.getColumn(1).getString().rfind("CREATE TABLE", 0) == 0) names.push_back(tables.getColumn(0));
  }
  for (const std::string& name : names) {
    SQLite::Statement rows(db, "SELECT * FROM \"" + name + "\" ORDER BY rowid");
    while (rows.executeStep()) {
      out += name + ":";
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        const SQLite::Column column = rows.getColumn(i);
        if (column.isNull()) {
          out += " NULL";
          continue;
        }
        const auto size = static_cast<std::size_t>(column.getBytes());
        const auto* bytes = static_cast<const char*>(column.getBlob());
        // Appended piece by piece: `" " + std::to_string(...)` trips GCC 12's false -Wrestrict at -O3.
        out += ' ';
        out += std::to_string(column.getType());
        out += ':';
        out.append(bytes, size);
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace sk::test
