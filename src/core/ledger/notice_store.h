// Storing the notices sent to a client (writing them is src/core/notice's job): kind, language, the text
// as sent, the PDF, and the revision they answer. An issued notice is never rewritten.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "ledger/database.h"
#include "policy/notice_kind.h"

namespace sk::ledger {

struct NewNotice {
  std::optional<int> revision_number;  // the revision it answers, if any
  policy::NoticeKind kind = policy::NoticeKind::kSummary;
  std::string language;  // "en", "ko" or "ro"
  std::string text;      // the rendered text as sent
  std::string pdf;       // the PDF bytes; may be empty (text-only notice)
};

// A stored notice without its PDF bytes (see notice_pdf).
struct NoticeRecord {
  std::int64_t id = 0;
  std::optional<int> revision_number;
  std::optional<policy::NoticeKind> kind;  // none: a kind this build does not know (kind_name says which)
  std::string kind_name;                   // as stored: "over-scope", ...
  std::string language;
  std::string text;
  std::int64_t pdf_bytes = 0;  // 0: no PDF
  std::string created_at;
};

// Stores `notice` for the project and logs a "notice.issued" event, in one transaction. Returns its id.
// `before_commit`, when given, runs last inside the transaction (e.g. to put the notice's PDF in place):
// if it throws, nothing is stored. Throws sk::Error: kNotFound for an unknown project or revision;
// kInvalidInput for an empty kind or unknown language; kBusy, kIo; or what `before_commit` throws.
std::int64_t add_notice(Database& db, std::int64_t project_id, const NewNotice& notice,
                        const std::function<void()>& before_commit = {});

// A project's notices, oldest first. Throws sk::Error(kNotFound) for an unknown project.
std::vector<NoticeRecord> list_notices(Database& db, std::int64_t project_id);
// As list_notices, inside Database::read or transaction.
std::vector<NoticeRecord> query_notices(SQLite::Database& sql, std::int64_t project_id);

// The PDF bytes of notice `notice_id` (empty when it has none). Throws sk::Error(kNotFound).
std::string notice_pdf(Database& db, std::int64_t notice_id);

}  // namespace sk::ledger
