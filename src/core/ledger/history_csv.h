// A project's record as CSV for spreadsheets (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
// a quote or a line break, UTF-8), shared by `scopekeeper-cli history --csv` and the History tab's export.
// Three tables, one per file, because a CSV file holds one table: the revisions with their figures, the
// event log, and the notices. Columns are documented in docs/ledger.md; new columns are only ever appended.
//
// Formula injection: a text cell that starts with = + - @, a tab or a carriage return would be run as a
// formula by Excel, LibreOffice and Google Sheets when the file is opened, and file names, reasons and notes
// come from clients. Such cells get a leading apostrophe ("'=HYPERLINK(…)"), which spreadsheets show as
// text. Number, date and hash cells are written by Scopekeeper and never start with those characters.
#pragma once

#include <string>
#include <string_view>

#include "ledger/history.h"

namespace sk::ledger {

// The UTF-8 byte order mark. Not part of the tables; add it in front of a file meant for Excel, which
// otherwise reads UTF-8 as the Windows code page (and mangles ș, ț and Hangul). Pipes stay without it.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

enum class CsvTable {
  kRevisions,  // one row per revision: number, round, date, file, counted, figures, status, limit, ...,
               // withdrawn_on, withdrawn_reason (empty unless withdrawn)
  kEvents,     // one row per event: at (UTC), kind, detail
  kNotices,    // one row per notice: id, date, kind, language, revision answered, PDF size, text
};

// The table as CSV text: a header row, then one row per record, each ending in CRLF.
std::string history_csv(const ProjectHistory& history, CsvTable table = CsvTable::kRevisions);

// One text field: the formula guard applied, then quoted when needed. Exposed for tests.
std::string csv_text_field(std::string_view value);

}  // namespace sk::ledger
