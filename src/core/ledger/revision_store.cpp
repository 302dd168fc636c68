// Logging, marking and listing revisions; see revision_store.h.
#include "ledger/revision_store.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <sstream>
#include <thread>
#include <utility>

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "import/image_compare.h"
#include "import/import.h"
#include "ledger/dates.h"
#include "ledger/event_log.h"
#include "ledger/project_store.h"
#include "ledger/sha256.h"
#include "ledger/terms_store.h"
#include "measure/compare.h"
#include "policy/terms_in_force.h"
#include "text/tokenizer.h"

namespace sk::ledger {

namespace {

// Retries of a write whose snapshot went stale (another writer got in between) go on for as long as a
// statement waits for a lock, with short growing pauses, before the write gives up as busy.
class RetryClock {
 public:
  RetryClock() : deadline_(std::chrono::steady_clock::now() + Database::kDefaultBusyTimeout) {}
  // Pauses before retry number `attempt` + 1; false when the time is up.
  bool wait_before_retry(int attempt) const {
    if (std::chrono::steady_clock::now() >= deadline_) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << std::min(attempt, 6), 50)));
    return true;
  }

 private:
  std::chrono::steady_clock::time_point deadline_;
};

bool blank(const std::string& text) {
  for (unsigned char c : text) {
    if (!std::isspace(c)) return false;
  }
  return true;
}

std::string revision_subject(std::int64_t project_id, int number) {
  return "revision " + std::to_string(number) + " of project " + std::to_string(project_id);
}

std::string percent(double share) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", share * 100);
  return buffer;
}

const char* kind_noun(import::Kind kind) {
  return kind == import::Kind::kImage ? "an image" : "a text";
}

// The previous counted revision before `number` (or of all revisions when `number` is 0), if any.
struct Baseline {
  int number = 0;
  import::Kind kind = import::Kind::kText;
  std::string file_name;
};

std::optional<Baseline> counted_before(SQLite::Database& sql, std::int64_t project_id, int number) {
  SQLite::Statement query(
      sql,
      "SELECT number, format, file_name FROM revisions WHERE project_id = ? AND counted = 1 "
      "AND (? = 0 OR number < ?) ORDER BY number DESC LIMIT 1");
  query.bind(1, project_id);
  query.bind(2, number);
  query.bind(3, number);
  if (!query.executeStep()) return std::nullopt;
  return Baseline{
      query.getColumn(0).getInt(),
      is_image_format(query.getColumn(1).getString()) ? import::Kind::kImage : import::Kind::kText,
      query.getColumn(2).getString()};
}

// "is an image and cannot be measured against revision 1 (brief.docx), which is a text; ..."
std::string mixed_kinds(import::Kind kind, const Baseline& baseline) {
  return std::string("is ") + kind_noun(kind) + " and cannot be measured against revision " +
         std::to_string(baseline.number) + " (" + baseline.file_name + "), which is " +
         kind_noun(baseline.kind) + "; the revisions of one project must be all texts or all images";
}

// What a stored revision holds to be measured: its words, or its pixels decoded from the original bytes.
struct Content {
  import::Kind kind = import::Kind::kText;
  text::Document document;
  import::Image image;
};

Content load_content(SQLite::Database& sql, std::int64_t project_id, int number) {
  SQLite::Statement query(
      sql, "SELECT format, file_name, text, id FROM revisions WHERE project_id = ? AND number = ?");
  query.bind(1, project_id);
  query.bind(2, number);
  if (!query.executeStep()) {
    throw Error(ErrorKind::kNotFound, revision_subject(project_id, number), "no such revision");
  }
  Content content;
  if (!is_image_format(query.getColumn(0).getString())) {
    content.document = text::tokenize(query.getColumn(2).getString());
    return content;
  }
  // Only an image's bytes are read: a text's original is not needed to measure it.
  const std::string file_name = query.getColumn(1).getString();
  SQLite::Statement original(sql, "SELECT original FROM revisions WHERE id = ?");
  original.bind(1, query.getColumn(3).getInt64());
  original.executeStep();
  const SQLite::Column blob = original.getColumn(0);
  std::string bytes(static_cast<const char*>(blob.getBlob()), static_cast<std::size_t>(blob.getBytes()));
  import::ImportedRevision imported;
  try {
    imported = import::import_bytes(std::move(bytes), file_name);
  } catch (const Error& error) {
    throw Error(ErrorKind::kCorrupt, revision_subject(project_id, number),
                "the stored image cannot be decoded again: " + error.message());
  }
  if (imported.kind != import::Kind::kImage) {
    throw Error(ErrorKind::kCorrupt, revision_subject(project_id, number),
                "the stored image is not an image");
  }
  content.kind = import::Kind::kImage;
  content.image = std::move(imported.image);
  return content;
}

// Measures `document` or `image` (whichever `older.kind` says) against the baseline's stored content.
// REQUIRES: the new revision is of the baseline's kind.
Measurement measure_against(const Baseline& baseline, const Content& older, const text::Document& document,
                            const import::Image& image) {
  Measurement m;
  m.kind = older.kind;
  m.against = baseline.number;
  if (older.kind == import::Kind::kImage) {
    const import::ImageComparison c = import::compare_images(older.image, image);
    m.changed_pixels = static_cast<std::int64_t>(c.changed_pixels);
    m.total_pixels = static_cast<std::int64_t>(c.total_pixels);
    m.regions = static_cast<std::int64_t>(c.regions.size());
    m.size_handling = import::to_string(c.size_handling);
    m.changed_share = c.changed_share;
    return m;
  }
  const measure::Comparison c = measure::compare(older.document, document);
  m.old_words = static_cast<std::int64_t>(c.old_words);
  m.new_words = static_cast<std::int64_t>(c.new_words);
  m.kept = static_cast<std::int64_t>(c.kept);
  m.deleted = static_cast<std::int64_t>(c.deleted);
  m.inserted = static_cast<std::int64_t>(c.inserted);
  m.moved_words = static_cast<std::int64_t>(c.moved_words);
  m.changed_share = c.changed_share;
  return m;
}

// The `measured` column: always the word count (and for an image its kind and size); the comparison when
// there was something to compare. A text's JSON keeps the shape it always had.
std::string measured_json(std::int64_t words, import::Kind kind, const import::Image& image,
                          const std::optional<Measurement>& m) {
  std::ostringstream json;
  json.precision(17);
  json << "{\"words\": " << words;
  if (kind == import::Kind::kImage) {
    json << ", \"kind\": \"image\", \"width\": " << image.width << ", \"height\": " << image.height;
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
  r.kind = is_image_format(r.format) ? import::Kind::kImage : import::Kind::kText;
  r.width = row.getColumn(27).getInt64();  // NULL (a text, or a row from before images) reads as 0
  r.height = row.getColumn(28).getInt64();
  if (!row.getColumn(14).isNull()) {
    Measurement m;
    // Rows written before image revisions have no "kind": they are text measurements.
    m.kind = row.getColumn(22).getString() == "image" ? import::Kind::kImage : import::Kind::kText;
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

std::optional<RevisionRecord> find_revision(SQLite::Database& sql, std::int64_t project_id, int number) {
  SQLite::Statement query(
      sql, std::string("SELECT ") + kRecordColumns + " FROM revisions r WHERE project_id = ? AND number = ?");
  query.bind(1, project_id);
  query.bind(2, number);
  if (!query.executeStep()) return std::nullopt;
  return read_record(query);
}

// What the new revision is measured and numbered against, read before the write lock.
struct Snapshot {
  int last_number = 0;
  std::string last_received_on;
  std::optional<Baseline> baseline;
};

Snapshot take_snapshot(SQLite::Database& sql, std::int64_t project_id) {
  const ProjectDetails project = require_project(sql, project_id);
  if (project.status != "open") {
    throw Error(ErrorKind::kInvalidInput, "project " + std::to_string(project_id),
                "the project is closed; no revisions can be logged");
  }
  Snapshot snapshot;
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

std::int64_t terms_id_on(SQLite::Database& sql, std::int64_t project_id, const std::string& date) {
  const std::vector<TermsVersion> versions = query_terms(sql, project_id);
  std::vector<policy::TermsStart> starts;
  for (const TermsVersion& v : versions) starts.push_back({v.version, v.effective_from});
  return versions.at(policy::terms_in_force(starts, date)).id;
}

// An earlier revision with the same bytes (SHA-256), if any.
struct Repeat {
  int number = 0;
  std::string file_name, received_on;
};

std::optional<Repeat> same_file(SQLite::Database& sql, std::int64_t project_id, const std::string& digest) {
  SQLite::Statement query(sql,
                          "SELECT number, file_name, received_on FROM revisions WHERE project_id = ? AND "
                          "sha256 = ? ORDER BY number DESC LIMIT 1");
  query.bind(1, project_id);
  query.bind(2, digest);
  if (!query.executeStep()) return std::nullopt;
  return Repeat{query.getColumn(0).getInt(), query.getColumn(1).getString(), query.getColumn(2).getString()};
}

std::string unchanged_message(const Measurement& m) {
  if (m.kind == import::Kind::kImage) {
    return "changes no pixel of revision " + std::to_string(m.against) +
           " (the same picture, saved again); it was not logged, so that it does not use up a round";
  }
  return "changes no word of revision " + std::to_string(m.against) + " (the same " +
         std::to_string(m.old_words) + (m.old_words == 1 ? " word" : " words") +
         ", saved again); it was not logged, so that it does not use up a round";
}

std::string logged_detail(int number, const std::string& file_name, const std::string& received_on,
                          const NewRevision& revision, const std::optional<Measurement>& m) {
  std::string detail =
      "revision " + std::to_string(number) + " logged: " + file_name + ", received " + received_on;
  if (m) {
    detail += ", " + percent(m->changed_share) + " changed against revision " + std::to_string(m->against);
  }
  if (revision.not_counted_reason) detail += "; not counted: " + *revision.not_counted_reason;
  return detail;
}

}  // namespace

RevisionRecord log_revision(Database& db, std::int64_t project_id, const NewRevision& revision,
                            const RevisionSource& source) {
  const std::string received_on = revision.received_on.empty() ? today() : revision.received_on;
  if (!is_valid_date(received_on)) {
    throw Error(ErrorKind::kInvalidInput, "revision",
                "the date must be a real date written YYYY-MM-DD (got \"" + received_on + "\")");
  }
  if (revision.not_counted_reason && blank(*revision.not_counted_reason)) {
    throw Error(ErrorKind::kInvalidInput, "revision", "a revision that does not count needs a reason");
  }
  if (source.kind != import::Kind::kImage && source.document.words.empty()) {
    throw Error(ErrorKind::kInvalidInput, source.file_name,
                "no text found: not a single word could be read from it (a scan without a text layer, or "
                "an empty document?); nothing was logged");
  }
  const auto words = source.kind == import::Kind::kImage
                         ? std::int64_t{0}
                         : static_cast<std::int64_t>(source.document.words.size());
  const std::string digest = sha256_hex(source.bytes);
  const bool counted = !revision.not_counted_reason;

  RetryClock clock;
  for (int attempt = 0;; ++attempt) {
    // The snapshot and the baseline's content come from one read, so they belong together.
    std::optional<Content> older;
    std::optional<Repeat> repeat;
    const Snapshot snapshot = db.read([&] {
      Snapshot taken = take_snapshot(db.sql(), project_id);
      if (counted) repeat = same_file(db.sql(), project_id, digest);
      if (taken.baseline && !repeat) {
        if (taken.baseline->kind != source.kind) {
          throw Error(ErrorKind::kInvalidInput, source.file_name, mixed_kinds(source.kind, *taken.baseline));
        }
        older = load_content(db.sql(), project_id, taken.baseline->number);
      }
      return taken;
    });
    if (repeat) {
      throw NothingChanged(source.file_name,
                           "is the same file, byte for byte, as revision " + std::to_string(repeat->number) +
                               " (" + repeat->file_name + ", received " + repeat->received_on +
                               "); it changes nothing, so it was not logged and uses no round",
                           repeat->number, true);
    }
    if (!snapshot.last_received_on.empty() && received_on < snapshot.last_received_on) {
      throw Error(ErrorKind::kInvalidInput, "revision",
                  "received " + received_on + ", before revision " + std::to_string(snapshot.last_number) +
                      " (" + snapshot.last_received_on + "); log revisions in the order they arrived");
    }
    std::optional<Measurement> measured;
    if (snapshot.baseline)
      measured = measure_against(*snapshot.baseline, *older, source.document, source.image);
    if (counted && measured && measured->changed_share == 0 && !revision.accept_unchanged) {
      throw NothingChanged(source.file_name, unchanged_message(*measured), measured->against, false);
    }

    std::optional<int> number = db.transaction([&]() -> std::optional<int> {
      SQLite::Database& sql = db.sql();
      const Snapshot now = take_snapshot(sql, project_id);
      const auto baseline_number = [](const Snapshot& s) { return s.baseline ? s.baseline->number : 0; };
      if (now.last_number != snapshot.last_number || baseline_number(now) != baseline_number(snapshot)) {
        return std::nullopt;  // another revision arrived meanwhile: measure again
      }
      const int next = snapshot.last_number + 1;
      SQLite::Statement insert(sql,
                               "INSERT INTO revisions (project_id, number, received_on, file_name, format, "
                               "original, sha256, text, note, counted, not_counted_reason, measured, "
                               "terms_id) VALUES (:project, :number, :received, :file, :format, :original, "
                               ":sha, :text, :note, :counted, :reason, :measured, :terms)");
      insert.bind(":project", project_id);
      insert.bind(":number", next);
      insert.bind(":received", received_on);
      insert.bind(":file", source.file_name);
      insert.bind(":format", source.format);
      insert.bind(":original", source.bytes.data(), static_cast<int>(source.bytes.size()));
      insert.bind(":sha", digest);
      insert.bind(":text", source.document.text.str());
      insert.bind(":note", revision.note);
      insert.bind(":counted", counted ? 1 : 0);
      if (revision.not_counted_reason) {
        insert.bind(":reason", *revision.not_counted_reason);
      } else {
        insert.bind(":reason");
      }
      insert.bind(":measured", measured_json(words, source.kind, source.image, measured));
      insert.bind(":terms", terms_id_on(sql, project_id, received_on));
      insert.exec();
      log_event(sql, project_id, "revision.logged",
                logged_detail(next, source.file_name, received_on, revision, measured));
      return next;
    });
    if (number) {
      return db.read([&] { return *find_revision(db.sql(), project_id, *number); });
    }
    if (!clock.wait_before_retry(attempt)) {
      throw Error(ErrorKind::kBusy, "project " + std::to_string(project_id), "database busy, try again");
    }
  }
}

void mark_revision(Database& db, std::int64_t project_id, int number,
                   const std::optional<std::string>& not_counted_reason) {
  if (not_counted_reason && blank(*not_counted_reason)) {
    throw Error(ErrorKind::kInvalidInput, "revision", "a revision that does not count needs a reason");
  }
  const bool counted = !not_counted_reason;

  RetryClock clock;
  for (int attempt = 0;; ++attempt) {
    // What changes, read from one snapshot: the revision, and the later ones up to the next counted one,
    // which all get one new baseline (the revision itself when it counts again, else the counted one
    // before it). They are measured here, before the write lock is taken.
    struct Remeasure {
      RevisionRecord record;
      Content content;
      std::optional<Measurement> measured;
    };
    std::optional<RevisionRecord> target;
    std::optional<Baseline> baseline;
    std::optional<Content> older;
    std::vector<Remeasure> later;
    std::vector<std::pair<int, bool>> seen;  // every revision's number and counted flag, to check later
    db.read([&] {
      SQLite::Database& sql = db.sql();
      require_project(sql, project_id);
      target = find_revision(sql, project_id, number);
      if (!target)
        throw Error(ErrorKind::kNotFound, revision_subject(project_id, number), "no such revision");
      if (target->counted == counted) {
        throw Error(ErrorKind::kInvalidInput, revision_subject(project_id, number),
                    counted ? "already counted" : "already marked not counted");
      }
      baseline = counted ? std::optional<Baseline>(Baseline{number, target->kind, target->file_name})
                         : counted_before(sql, project_id, number);
      const std::vector<RevisionRecord> records = query_revisions(sql, project_id);
      for (const RevisionRecord& r : records) seen.emplace_back(r.number, r.counted);
      for (const RevisionRecord& r : records) {
        if (r.number <= number) continue;
        if (baseline && baseline->kind != r.kind) {
          throw Error(ErrorKind::kInvalidInput, revision_subject(project_id, number),
                      std::string("cannot be marked ") + (counted ? "counted" : "not counted") +
                          ": revision " + std::to_string(r.number) + " (" + r.file_name + ") " +
                          mixed_kinds(r.kind, *baseline));
        }
        later.push_back({r, load_content(sql, project_id, r.number), std::nullopt});
        if (r.counted) break;
      }
      if (baseline && !later.empty()) older = load_content(sql, project_id, baseline->number);
    });
    for (Remeasure& m : later) {
      if (baseline) m.measured = measure_against(*baseline, *older, m.content.document, m.content.image);
    }

    const bool done = db.transaction([&] {
      SQLite::Database& sql = db.sql();
      std::vector<std::pair<int, bool>> now;
      for (const RevisionRecord& r : query_revisions(sql, project_id)) now.emplace_back(r.number, r.counted);
      if (now != seen) return false;  // a revision arrived or was marked meanwhile: read and measure again

      SQLite::Statement update(sql, "UPDATE revisions SET counted = ?, not_counted_reason = ? WHERE id = ?");
      update.bind(1, counted ? 1 : 0);
      if (not_counted_reason) {
        update.bind(2, *not_counted_reason);
      } else {
        update.bind(2);
      }
      update.bind(3, target->id);
      update.exec();

      std::string detail = "revision " + std::to_string(number) +
                           (counted ? " counted again" : " marked not counted: " + *not_counted_reason);
      for (const Remeasure& m : later) {
        SQLite::Statement remeasure(sql, "UPDATE revisions SET measured = ? WHERE id = ?");
        remeasure.bind(1, measured_json(m.record.words, m.content.kind, m.content.image, m.measured));
        remeasure.bind(2, m.record.id);
        remeasure.exec();
        detail += "; revision " + std::to_string(m.record.number) + " measured again: " +
                  (m.record.measured ? percent(m.record.measured->changed_share) + " against revision " +
                                           std::to_string(m.record.measured->against)
                                     : std::string("not measured")) +
                  " -> " +
                  (m.measured ? percent(m.measured->changed_share) + " against revision " +
                                    std::to_string(m.measured->against)
                              : std::string("not measured (original delivery)"));
      }
      log_event(sql, project_id, counted ? "revision.counted" : "revision.not_counted", detail);
      return true;
    });
    if (done) return;
    if (!clock.wait_before_retry(attempt)) {
      throw Error(ErrorKind::kBusy, "project " + std::to_string(project_id), "database busy, try again");
    }
  }
}

std::vector<RevisionRecord> query_revisions(SQLite::Database& sql, std::int64_t project_id) {
  SQLite::Statement query(sql, std::string("SELECT ") + kRecordColumns +
                                   " FROM revisions r WHERE project_id = ? ORDER BY number");
  query.bind(1, project_id);
  std::vector<RevisionRecord> records;
  while (query.executeStep()) records.push_back(read_record(query));
  return records;
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
