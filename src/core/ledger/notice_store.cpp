// Storing and listing notices; see notice_store.h.
#include "ledger/notice_store.h"

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "common/languages.h"
#include "ledger/event_log.h"
#include "ledger/project_store.h"

namespace sk::ledger {

std::int64_t add_notice(Database& db, std::int64_t project_id, const NewNotice& notice,
                        const std::function<void()>& before_commit) {
  if (find_language(notice.language) == nullptr) {
    throw Error(ErrorKind::kInvalidInput, "notice",
                "the language must be " + language_codes_for_people() + " (got \"" + notice.language + "\")");
  }
  return db.transaction([&] {
    SQLite::Database& sql = db.sql();
    require_project(sql, project_id);
    std::optional<std::int64_t> revision_id;
    if (notice.revision_number) {
      SQLite::Statement find(sql, "SELECT id FROM revisions WHERE project_id = ? AND number = ?");
      find.bind(1, project_id);
      find.bind(2, *notice.revision_number);
      if (!find.executeStep()) {
        throw Error(ErrorKind::kNotFound,
                    "revision " + std::to_string(*notice.revision_number) + " of project " +
                        std::to_string(project_id),
                    "no such revision");
      }
      revision_id = find.getColumn(0).getInt64();
    }
    SQLite::Statement insert(sql,
                             "INSERT INTO notices (project_id, revision_id, kind, language, text, pdf) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, project_id);
    if (revision_id) {
      insert.bind(2, *revision_id);
    } else {
      insert.bind(2);
    }
    insert.bind(3, policy::to_string(notice.kind));
    insert.bind(4, notice.language);
    insert.bind(5, notice.text);
    if (notice.pdf.empty()) {
      insert.bind(6);
    } else {
      insert.bind(6, notice.pdf.data(), static_cast<int>(notice.pdf.size()));
    }
    insert.exec();
    const std::int64_t id = sql.getLastInsertRowid();
    std::string detail = "notice " + std::to_string(id) + " issued: " + policy::to_string(notice.kind) +
                         " (" + notice.language + ")";
    if (notice.revision_number) detail += " answering revision " + std::to_string(*notice.revision_number);
    log_event(sql, project_id, "notice.issued", detail);
    if (before_commit) before_commit();
    return id;
  });
}

std::vector<NoticeRecord> query_notices(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(sql,
                          "SELECT n.id, r.number, n.kind, n.language, n.text, coalesce(length(n.pdf), 0), "
                          "n.created_at FROM notices n LEFT JOIN revisions r ON r.id = n.revision_id "
                          "WHERE n.project_id = ? ORDER BY n.id");
  query.bind(1, project_id);
  std::vector<NoticeRecord> notices;
  while (query.executeStep()) {
    NoticeRecord n;
    n.id = query.getColumn(0).getInt64();
    if (!query.getColumn(1).isNull()) n.revision_number = query.getColumn(1).getInt();
    n.kind_name = query.getColumn(2).getString();
    n.kind = policy::parse_notice_kind(n.kind_name);
    n.language = query.getColumn(3).getString();
    n.text = query.getColumn(4).getString();
    n.pdf_bytes = query.getColumn(5).getInt64();
    n.created_at = query.getColumn(6).getString();
    notices.push_back(std::move(n));
  }
  return notices;
}

std::vector<NoticeRecord> list_notices(Database& db, std::int64_t project_id) {
  return db.read([&] {
    require_project(db.sql(), project_id);
    return query_notices(db.sql(), project_id);
  });
}

std::string notice_pdf(Database& db, std::int64_t notice_id) {
  return db.read([&] {
    SQLite::Statement query(db.sql(), "SELECT pdf FROM notices WHERE id = ?");
    query.bind(1, notice_id);
    if (!query.executeStep()) {
      throw Error(ErrorKind::kNotFound, "notice " + std::to_string(notice_id), "no such notice");
    }
    const SQLite::Column pdf = query.getColumn(0);
    const auto size = static_cast<std::size_t>(pdf.getBytes());
    return size == 0 ? std::string() : std::string(static_cast<const char*>(pdf.getBlob()), size);
  });
}

}  // namespace sk::ledger
