// Storing, reading and marking revisions; see revision_store.h.
#include "ledger/revision_store.h"

#include <cstdio>
#include <sstream>
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

std::string revision_subject(std::int64_t project_id, int number) {
  return "revision " + std::to_string(number) + " of project " + std::to_string(project_id);
}

std::string percent(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", share * 100);
  return buffer;
}

ContentKind kind_of_format(const std::string& format) {
  return is_image_format(format) ? ContentKind::kImage : ContentKind::kText;
}

// The `measured` column: always the word count (and for an image its kind and size); the comparison when
// there was something to compare. A text's JSON keeps the shape it always had.
std::string measured_json(std::int64_t words, ContentKind kind, std::int64_t width, std::int64_t height,
                          const std::optional<Measurement>& m) {
  std::ostringstream json;
  json.precision(17);
  json << "{\"words\": " << words;
  if (kind == ContentKind::kImage) {
    json << ", \"kind\": \"image\", \"width\": " << width << ", \"height\": " << height;
    if (m) {
      json << ", \"against\": " << m->against << ", \"changed_pixels\": " << m->changed_pixels
           << ", \"total_pixels\": " << m->total_pixels << ", \"size_handling\": \"" << m->size_handling
           << "\", \"regions\": " << m->regions << ", \"changed_share\": " << m->changed_share;
    }
  } else if (m) {
    json << ", \"against\": " << m->against << ", \"old_words\": " << m->old_words
         << ", \"new_words\": " << m->new_words << ", \"kept\": " << m->kept
         << ", \"deleted\": " << m->deleted << ", \"inserted\": " << m->inserted
         << ", \"moved_words\": " << m->moved_words << ", \"changed_share\": " << m->changed_share;
  }
  json << "}";
  return json.str();
}

constexpr const char* kRecordColumns =
    "id, project_id, number, received_on, file_name, format, sha256, length(original), note, counted, "
    "coalesce(not_counted_reason, ''), (SELECT version FROM terms t WHERE t.id = r.terms_id), created_at, "
    "json_extract(measured, '$.words'), json_extract(measured, '$.against'), "
    "json_extract(measured, '$.old_words'), json_extract(measured, '$.new_words'), "
    "json_extract(measured, '$.kept'), json_extract(measured, '$.deleted'), "
    "json_extract(measured, '$.inserted'), json_extract(measured, '$.moved_words'), "
    "json_extract(measured, '$.changed_share'), json_extract(measured, '$.kind'), "
    "json_extract(measured, '$.changed_pixels'), json_extract(measured, '$.total_pixels'), "
    "json_extract(measured, '$.size_handling'), json_extract(measured, '$.regions'), "
    "json_extract(measured, '$.width'), json_extract(measured, '$.height')";

RevisionRecord read_record(SQLite::Statement& row) {
  RevisionRecord r;
  r.id = row.getColumn(0).getInt64();
  r.project_id = row.getColumn(1).getInt64();
  r.number = row.getColumn(2).getInt();
  r.received_on = row.getColumn(3).getString();
  r.file_name = row.getColumn(4).getString();
  r.format = row.getColumn(5).getString();
  r.sha256 = row.getColumn(6).getString();
  r.size_bytes = row.getColumn(7).getInt64();
  r.note = row.getColumn(8).getString();
  r.counted = row.getColumn(9).getInt() != 0;
  r.not_counted_reason = row.getColumn(10).getString();
  r.terms_version = row.getColumn(11).isNull() ? 1 : row.getColumn(11).getInt();
  r.created_at = row.getColumn(12).getString();
  r.words = row.getColumn(13).getInt64();
  r.kind = is_image_format(r.format) ? ContentKind::kImage : ContentKind::kText;
  r.width = row.getColumn(27).getInt64();  // NULL (a text, or a row from before images) reads as 0
  r.height = row.getColumn(28).getInt64();
  if (!row.getColumn(14).isNull()) {
    Measurement m;
    // Rows written before image revisions have no "kind": they are text measurements.
    m.kind = row.getColumn(22).getString() == "image" ? ContentKind::kImage : ContentKind::kText;
    m.against = row.getColumn(14).getInt();
    m.old_words = row.getColumn(15).getInt64();
    m.new_words = row.getColumn(16).getInt64();
    m.kept = row.getColumn(17).getInt64();
    m.deleted = row.getColumn(18).getInt64();
    m.inserted = row.getColumn(19).getInt64();
    m.moved_words = row.getColumn(20).getInt64();
    m.changed_share = row.getColumn(21).getDouble();
    m.changed_pixels = row.getColumn(23).getInt64();
    m.total_pixels = row.getColumn(24).getInt64();
    m.size_handling = row.getColumn(25).getString();
    m.regions = row.getColumn(26).getInt64();
    r.measured = m;
  }
  return r;
}

std::optional<RevisionRecord> find_in(SQLite::Database& sql, std::int64_t project_id, int number) {
  SQLite::Statement query(
      sql, std::string("SELECT ") + kRecordColumns + " FROM revisions r WHERE project_id = ? AND number = ?");
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

}  // namespace

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
                          "AND sha256 = ? ORDER BY number DESC LIMIT 1");
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
                             "original, sha256, text, note, counted, not_counted_reason, measured, "
                             "terms_id) VALUES (:project, :number, :received, :file, :format, :original, "
                             ":sha, :text, :note, :counted, :reason, :measured, :terms)");
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
    insert.bind(":measured",
                measured_json(row.words, kind_of_format(row.format), row.width, row.height, row.measured));
    insert.bind(":terms", terms_id_on(sql, project_id, row.received_on));
    insert.exec();
    log_event(sql, project_id, "revision.logged", logged_detail(next, row));
    return next;
  });
}

CountedFlags read_counted_flags(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(sql, "SELECT number, counted FROM revisions WHERE project_id = ? ORDER BY number");
  query.bind(1, project_id);
  CountedFlags flags;
  while (query.executeStep())
    flags.emplace_back(query.getColumn(0).getInt(), query.getColumn(1).getInt() != 0);
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
    const bool counted = !change.not_counted_reason;
    SQLite::Statement update(sql, "UPDATE revisions SET counted = ?, not_counted_reason = ? WHERE id = ?");
    update.bind(1, counted ? 1 : 0);
    if (change.not_counted_reason) {
      update.bind(2, *change.not_counted_reason);
    } else {
      update.bind(2);
    }
    update.bind(3, target->id);
    update.exec();

    std::string detail = "revision " + std::to_string(change.number) +
                         (counted ? " counted again" : " marked not counted: " + *change.not_counted_reason);
    for (const CountedChange::Remeasured& m : change.remeasured) {
      const RevisionRecord& r = m.before;
      SQLite::Statement remeasure(sql, "UPDATE revisions SET measured = ? WHERE id = ?");
      remeasure.bind(1, measured_json(r.words, r.kind, r.width, r.height, m.measured));
      remeasure.bind(2, r.id);
      remeasure.exec();
      detail += "; revision " + std::to_string(r.number) + " measured again: " +
                (r.measured ? percent(r.measured->changed_share) + " against revision " +
                                  std::to_string(r.measured->against)
                            : std::string("not measured")) +
                " -> " +
                (m.measured ? percent(m.measured->changed_share) + " against revision " +
                                  std::to_string(m.measured->against)
                            : std::string("not measured (original delivery)"));
    }
    log_event(sql, project_id, counted ? "revision.counted" : "revision.not_counted", detail);
    return true;
  });
}

std::vector<RevisionRecord> query_revisions(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(sql, std::string("SELECT ") + kRecordColumns +
                                   " FROM revisions r WHERE project_id = ? ORDER BY number");
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
