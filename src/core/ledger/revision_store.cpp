// Storing, reading and marking revisions; see revision_store.h.
#include "ledger/revision_store.h"

#include <cstdio>
#include <utility>

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "ledger/dates.h"
#include "ledger/event_log.h"
#include "ledger/project_store.h"
#include "ledger/terms_store.h"
#include "policy/terms_in_force.h"

namespace sk::ledger {

namespace {

std::string percent(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", share * 100);
  return buffer;
}

ContentKind kind_of_format(const std::string& format) {
  return is_image_format(format) ? ContentKind::kImage : ContentKind::kText;
}

// Writes the revision's figures (its words or size, and the comparison when there was something to
// compare) as its one row in `measurements`, replacing what was there.
void store_measurement(SQLite::Database& sql, std::int64_t revision_id, ContentKind kind, std::int64_t words,
                       std::int64_t width, std::int64_t height, const std::string& rules,
                       const std::optional<Measurement>& m) {
  SQLite::Statement upsert(sql, R"sql(
INSERT OR REPLACE INTO measurements (revision_id, rules, kind, words, width, height, against, old_words, new_words,
  kept, deleted, inserted, moved_words, changed_pixels, total_pixels, regions, size_handling, changed_share)
VALUES (:revision, :rules, :kind, :words, :width, :height, :against, :old_words, :new_words, :kept, :deleted,
  :inserted, :moved_words, :changed_pixels, :total_pixels, :regions, :size_handling, :changed_share)
)sql");
  upsert.bind(":revision", revision_id);
  upsert.bind(":rules", m && !m->rules.empty() ? m->rules : rules);
  upsert.bind(":kind", kind == ContentKind::kImage ? "image" : "text");
  upsert.bind(":words", words);
  upsert.bind(":width", width);
  upsert.bind(":height", height);
  const Measurement none;
  const Measurement& v = m ? *m : none;
  if (m) {
    upsert.bind(":against", m->against);
    upsert.bind(":changed_share", m->changed_share);
  } else {
    upsert.bind(":against");
    upsert.bind(":changed_share");
  }
  upsert.bind(":old_words", v.old_words);
  upsert.bind(":new_words", v.new_words);
  upsert.bind(":kept", v.kept);
  upsert.bind(":deleted", v.deleted);
  upsert.bind(":inserted", v.inserted);
  upsert.bind(":moved_words", v.moved_words);
  upsert.bind(":changed_pixels", v.changed_pixels);
  upsert.bind(":total_pixels", v.total_pixels);
  upsert.bind(":regions", v.regions);
  upsert.bind(":size_handling", v.size_handling);
  upsert.exec();
}

// A revision with its figures, read by column name (revisions r, measurements m).
constexpr const char* kRecordSelect = R"sql(
SELECT r.id AS id, r.project_id AS project_id, r.number AS number, r.received_on AS received_on,
       r.file_name AS file_name, r.format AS format, r.sha256 AS sha256, length(r.original) AS size_bytes,
       r.note AS note, r.counted AS counted, coalesce(r.not_counted_reason, '') AS not_counted_reason,
       coalesce(r.withdrawn_on, '') AS withdrawn_on, coalesce(r.withdrawn_reason, '') AS withdrawn_reason,
       (SELECT version FROM terms t WHERE t.id = r.terms_id) AS terms_version, r.created_at AS created_at,
       coalesce(m.rules, '') AS rules, m.kind AS measured_kind, coalesce(m.words, 0) AS words,
       coalesce(m.width, 0) AS width, coalesce(m.height, 0) AS height, m.against AS against,
       m.old_words AS old_words, m.new_words AS new_words, m.kept AS kept, m.deleted AS deleted,
       m.inserted AS inserted, m.moved_words AS moved_words, m.changed_pixels AS changed_pixels,
       m.total_pixels AS total_pixels, m.regions AS regions, m.size_handling AS size_handling,
       m.changed_share AS changed_share
FROM revisions r LEFT JOIN measurements m ON m.revision_id = r.id
)sql";

RevisionRecord read_record(SQLite::Statement& row) {
  RevisionRecord r;
  r.id = row.getColumn("id").getInt64();
  r.project_id = row.getColumn("project_id").getInt64();
  r.number = row.getColumn("number").getInt();
  r.received_on = row.getColumn("received_on").getString();
  r.file_name = row.getColumn("file_name").getString();
  r.format = row.getColumn("format").getString();
  r.sha256 = row.getColumn("sha256").getString();
  r.size_bytes = row.getColumn("size_bytes").getInt64();
  r.note = row.getColumn("note").getString();
  r.counted = row.getColumn("counted").getInt() != 0;
  r.not_counted_reason = row.getColumn("not_counted_reason").getString();
  r.withdrawn_on = row.getColumn("withdrawn_on").getString();
  r.withdrawn_reason = row.getColumn("withdrawn_reason").getString();
  r.terms_version = row.getColumn("terms_version").isNull() ? 1 : row.getColumn("terms_version").getInt();
  r.created_at = row.getColumn("created_at").getString();
  r.rules = row.getColumn("rules").getString();
  r.words = row.getColumn("words").getInt64();
  r.kind = is_image_format(r.format) ? ContentKind::kImage : ContentKind::kText;
  r.width = row.getColumn("width").getInt64();
  r.height = row.getColumn("height").getInt64();
  if (!row.getColumn("against").isNull()) {
    Measurement m;
    m.kind = row.getColumn("measured_kind").getString() == "image" ? ContentKind::kImage : ContentKind::kText;
    m.rules = r.rules;
    m.against = row.getColumn("against").getInt();
    m.old_words = row.getColumn("old_words").getInt64();
    m.new_words = row.getColumn("new_words").getInt64();
    m.kept = row.getColumn("kept").getInt64();
    m.deleted = row.getColumn("deleted").getInt64();
    m.inserted = row.getColumn("inserted").getInt64();
    m.moved_words = row.getColumn("moved_words").getInt64();
    m.changed_share = row.getColumn("changed_share").getDouble();
    m.changed_pixels = row.getColumn("changed_pixels").getInt64();
    m.total_pixels = row.getColumn("total_pixels").getInt64();
    m.size_handling = row.getColumn("size_handling").getString();
    m.regions = row.getColumn("regions").getInt64();
    r.measured = m;
  }
  return r;
}

std::optional<RevisionRecord> find_in(SQLite::Database& sql, std::int64_t project_id, int number) {
  SQLite::Statement query(sql, std::string(kRecordSelect) + " WHERE r.project_id = ? AND r.number = ?");
  query.bind(1, project_id);
  query.bind(2, number);
  if (!query.executeStep()) return std::nullopt;
  return read_record(query);
}

std::int64_t terms_id_on(SQLite::Database& sql, std::int64_t project_id, const std::string& date) {
  const std::vector<TermsVersion> versions = query_terms(sql, project_id);
  std::vector<policy::TermsStart> starts;
  for (const TermsVersion& v : versions) starts.push_back({v.version, v.effective_from});
  return versions.at(policy::terms_in_force(starts, date)).id;
}

std::optional<RevisionRef> one_ref(SQLite::Statement& query) {
  if (!query.executeStep()) return std::nullopt;
  return RevisionRef{query.getColumn(0).getInt(), kind_of_format(query.getColumn(1).getString()),
                     query.getColumn(2).getString(), query.getColumn(3).getString()};
}

std::string logged_detail(int number, const RevisionRow& row) {
  std::string detail =
      "revision " + std::to_string(number) + " logged: " + row.file_name + ", received " + row.received_on;
  if (row.measured) {
    detail += ", " + percent(row.measured->changed_share) + " changed against revision " +
              std::to_string(row.measured->against);
  }
  if (row.not_counted_reason) detail += "; not counted: " + *row.not_counted_reason;
  return detail;
}

// Writes what `change` does to revision `target` (counted, its reason, the withdrawal) and returns the start
// of the event's detail ("revision 2 withdrawn on 2024-05-04: sent to the wrong project").
std::string update_flags(SQLite::Database& sql, const RevisionRecord& target, const CountedChange& change) {
  const std::string revision = "revision " + std::to_string(change.number);
  switch (change.action) {
    case CountedChange::Action::kMark: {
      const bool counted = !change.not_counted_reason;
      SQLite::Statement update(sql, "UPDATE revisions SET counted = ?, not_counted_reason = ? WHERE id = ?");
      update.bind(1, counted ? 1 : 0);
      if (change.not_counted_reason) {
        update.bind(2, *change.not_counted_reason);
      } else {
        update.bind(2);
      }
      update.bind(3, target.id);
      update.exec();
      return revision + (counted ? " counted again" : " marked not counted: " + *change.not_counted_reason);
    }
    case CountedChange::Action::kWithdraw: {
      SQLite::Statement update(
          sql, "UPDATE revisions SET counted = 0, withdrawn_on = ?, withdrawn_reason = ? WHERE id = ?");
      update.bind(1, change.withdrawn_on);
      update.bind(2, change.withdrawn_reason);
      update.bind(3, target.id);
      update.exec();
      return revision + " withdrawn on " + change.withdrawn_on + ": " + change.withdrawn_reason +
             (target.counted ? "" : " (it was not counted: " + target.not_counted_reason + ")");
    }
    case CountedChange::Action::kRestore: {
      SQLite::Statement update(
          sql,
          "UPDATE revisions SET counted = (not_counted_reason IS NULL), withdrawn_on = NULL, "
          "withdrawn_reason = NULL WHERE id = ?");
      update.bind(1, target.id);
      update.exec();
      return revision + " restored (withdrawn on " + target.withdrawn_on + ": " + target.withdrawn_reason +
             (target.not_counted_reason.empty() ? "); it counts again"
                                                : "); it stays not counted: " + target.not_counted_reason);
    }
  }
  return revision;
}

const char* event_kind(const CountedChange& change) {
  switch (change.action) {
    case CountedChange::Action::kWithdraw:
      return "revision.withdrawn";
    case CountedChange::Action::kRestore:
      return "revision.restored";
    case CountedChange::Action::kMark:
      break;
  }
  return change.not_counted_reason ? "revision.not_counted" : "revision.counted";
}

}  // namespace

std::string revision_subject(std::int64_t project_id, int number) {
  return "revision " + std::to_string(number) + " of project " + std::to_string(project_id);
}

bool is_image_format(const std::string& format) {
  return format == "png" || format == "jpeg";
}

RevisionSnapshot read_revision_snapshot(SQLite::Database& sql, std::int64_t project_id) {
  const ProjectDetails project = require_project(sql, project_id);
  if (project.status != "open") {
    throw Error(ErrorKind::kInvalidInput, "project " + std::to_string(project_id),
                "the project is closed; no revisions can be logged");
  }
  RevisionSnapshot snapshot;
  SQLite::Statement last(sql,
                         "SELECT number, received_on FROM revisions WHERE project_id = ? "
                         "ORDER BY number DESC LIMIT 1");
  last.bind(1, project_id);
  if (last.executeStep()) {
    snapshot.last_number = last.getColumn(0).getInt();
    snapshot.last_received_on = last.getColumn(1).getString();
  }
  snapshot.baseline = counted_before(sql, project_id, 0);
  return snapshot;
}

std::optional<RevisionRef> counted_before(SQLite::Database& sql, std::int64_t project_id, int number) {
  SQLite::Statement query(sql,
                          "SELECT number, format, file_name, received_on FROM revisions WHERE project_id = ? "
                          "AND counted = 1 AND (? = 0 OR number < ?) ORDER BY number DESC LIMIT 1");
  query.bind(1, project_id);
  query.bind(2, number);
  query.bind(3, number);
  return one_ref(query);
}

std::optional<RevisionRef> find_same_file(SQLite::Database& sql, std::int64_t project_id,
                                          const std::string& sha256_hex) {
  SQLite::Statement query(sql,
                          "SELECT number, format, file_name, received_on FROM revisions WHERE project_id = ? "
                          "AND sha256 = ? AND withdrawn_on IS NULL ORDER BY number DESC LIMIT 1");
  query.bind(1, project_id);
  query.bind(2, sha256_hex);
  return one_ref(query);
}

StoredRevision read_stored_revision(SQLite::Database& sql, std::int64_t project_id, int number) {
  SQLite::Statement query(
      sql,
      "SELECT number, format, file_name, received_on, text, id FROM revisions WHERE project_id = ? AND "
      "number = ?");
  query.bind(1, project_id);
  query.bind(2, number);
  StoredRevision stored;
  std::optional<RevisionRef> ref = one_ref(query);
  if (!ref) throw Error(ErrorKind::kNotFound, revision_subject(project_id, number), "no such revision");
  stored.ref = std::move(*ref);
  if (stored.ref.kind == ContentKind::kText) {
    stored.text = query.getColumn(4).getString();
    return stored;
  }
  // Only an image's bytes are read: a text's original is not needed to measure it.
  SQLite::Statement original(sql, "SELECT original FROM revisions WHERE id = ?");
  original.bind(1, query.getColumn(5).getInt64());
  original.executeStep();
  const SQLite::Column blob = original.getColumn(0);
  stored.original.assign(static_cast<const char*>(blob.getBlob()), static_cast<std::size_t>(blob.getBytes()));
  return stored;
}

std::optional<int> append_revision(Database& db, std::int64_t project_id, const RevisionRow& row,
                                   const RevisionSnapshot& expected) {
  return db.transaction([&]() -> std::optional<int> {
    SQLite::Database& sql = db.sql();
    const RevisionSnapshot now = read_revision_snapshot(sql, project_id);
    const auto baseline_number = [](const RevisionSnapshot& s) {
      return s.baseline ? s.baseline->number : 0;
    };
    if (now.last_number != expected.last_number || baseline_number(now) != baseline_number(expected)) {
      return std::nullopt;  // another revision arrived meanwhile
    }
    const int next = expected.last_number + 1;
    SQLite::Statement insert(sql,
                             "INSERT INTO revisions (project_id, number, received_on, file_name, format, "
                             "original, sha256, text, note, counted, not_counted_reason, terms_id) VALUES "
                             "(:project, :number, :received, :file, :format, :original, :sha, :text, :note, "
                             ":counted, :reason, :terms)");
    insert.bind(":project", project_id);
    insert.bind(":number", next);
    insert.bind(":received", row.received_on);
    insert.bind(":file", row.file_name);
    insert.bind(":format", row.format);
    insert.bind(":original", row.original.data(), static_cast<int>(row.original.size()));
    insert.bind(":sha", row.sha256);
    insert.bind(":text", row.text);
    insert.bind(":note", row.note);
    insert.bind(":counted", row.not_counted_reason ? 0 : 1);
    if (row.not_counted_reason) {
      insert.bind(":reason", *row.not_counted_reason);
    } else {
      insert.bind(":reason");
    }
    insert.bind(":terms", terms_id_on(sql, project_id, row.received_on));
    insert.exec();
    store_measurement(sql, sql.getLastInsertRowid(), kind_of_format(row.format), row.words, row.width,
                      row.height, row.rules, row.measured);
    log_event(sql, project_id, "revision.logged", logged_detail(next, row));
    return next;
  });
}

CountedFlags read_counted_flags(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(
      sql,
      "SELECT number, counted, withdrawn_on IS NOT NULL FROM revisions WHERE project_id = ? "
      "ORDER BY number");
  query.bind(1, project_id);
  CountedFlags flags;
  while (query.executeStep()) {
    flags.push_back(
        {query.getColumn(0).getInt(), query.getColumn(1).getInt() != 0, query.getColumn(2).getInt() != 0});
  }
  return flags;
}

bool apply_counted_change(Database& db, std::int64_t project_id, const CountedChange& change) {
  return db.transaction([&] {
    SQLite::Database& sql = db.sql();
    require_project(sql, project_id);
    if (read_counted_flags(sql, project_id) != change.planned_against) return false;
    const std::optional<RevisionRecord> target = find_in(sql, project_id, change.number);
    if (!target) {
      throw Error(ErrorKind::kNotFound, revision_subject(project_id, change.number), "no such revision");
    }
    std::string detail = update_flags(sql, *target, change);
    for (const CountedChange::Remeasured& m : change.remeasured) {
      const RevisionRecord& r = m.before;
      store_measurement(sql, r.id, r.kind, r.words, r.width, r.height, m.rules, m.measured);
      detail += "; revision " + std::to_string(r.number) + " measured again: " +
                (r.measured ? percent(r.measured->changed_share) + " against revision " +
                                  std::to_string(r.measured->against)
                            : std::string("not measured")) +
                " -> " +
                (m.measured ? percent(m.measured->changed_share) + " against revision " +
                                  std::to_string(m.measured->against)
                            : std::string("not measured (original delivery)"));
    }
    log_event(sql, project_id, event_kind(change), detail);
    return true;
  });
}

std::vector<RevisionRecord> query_revisions(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(sql, std::string(kRecordSelect) + " WHERE r.project_id = ? ORDER BY r.number");
  query.bind(1, project_id);
  std::vector<RevisionRecord> records;
  while (query.executeStep()) records.push_back(read_record(query));
  return records;
}

std::optional<RevisionRecord> query_revision(SQLite::Database& sql, std::int64_t project_id, int number) {
  return find_in(sql, project_id, number);
}

std::vector<RevisionRecord> list_revisions(Database& db, std::int64_t project_id) {
  return db.read([&] {
    require_project(db.sql(), project_id);
    return query_revisions(db.sql(), project_id);
  });
}

namespace {

std::string revision_column(Database& db, std::int64_t project_id, int number, const char* column) {
  return db.read([&] {
    require_project(db.sql(), project_id);
    SQLite::Statement query(
        db.sql(), std::string("SELECT ") + column + " FROM revisions WHERE project_id = ? AND number = ?");
    query.bind(1, project_id);
    query.bind(2, number);
    if (!query.executeStep()) {
      throw Error(ErrorKind::kNotFound, revision_subject(project_id, number), "no such revision");
    }
    const SQLite::Column value = query.getColumn(0);
    const auto size = static_cast<std::size_t>(value.getBytes());
    return size == 0 ? std::string() : std::string(static_cast<const char*>(value.getBlob()), size);
  });
}

}  // namespace

std::string revision_original(Database& db, std::int64_t project_id, int number) {
  return revision_column(db, project_id, number, "original");
}

std::string revision_text(Database& db, std::int64_t project_id, int number) {
  return revision_column(db, project_id, number, "text");
}

}  // namespace sk::ledger
