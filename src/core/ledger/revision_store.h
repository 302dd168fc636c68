// Logging the revisions a client sends: the file as it arrived (bytes and SHA-256), its text, and how much
// it changed the previous counted revision. Logged revisions are never rewritten; marking one "not counted"
// (or counted again) is an explicit, logged action.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "ledger/database.h"
#include "ledger/revision_source.h"

namespace sk::ledger {

// What a revision measured against the previous counted revision (see measure/comparison.h).
struct Measurement {
  int against = 0;  // the number of the revision it was measured against
  std::int64_t old_words = 0, new_words = 0, kept = 0, deleted = 0, inserted = 0, moved_words = 0;
  double changed_share = 0;  // 0..1
};

struct NewRevision {
  std::string received_on;                        // YYYY-MM-DD; empty means today
  std::string note;                               // may be empty
  std::optional<std::string> not_counted_reason;  // set: the revision does not count (e.g. own mistake)
};

// A logged revision without its bytes and text (see revision_original and revision_text).
struct RevisionRecord {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  int number = 0;  // 1, 2, 3, ... in the order logged
  std::string received_on;
  std::string file_name;
  std::string format;
  std::string sha256;
  std::int64_t size_bytes = 0;
  std::int64_t words = 0;
  std::string note;
  bool counted = true;
  std::string not_counted_reason;
  std::optional<Measurement> measured;  // none for the first counted revision (nothing to compare)
  int terms_version = 1;                // the terms in force on received_on, fixed when logged
  std::string created_at;
};

// Logs `source` as the next revision of the project and a "revision.logged" event. The text is measured
// against the previous counted revision before the write lock is taken; the write checks that no other
// revision arrived meanwhile (and measures again if one did). Returns the stored record.
// Throws sk::Error, writing nothing: kNotFound ("project N") for an unknown project; kInvalidInput for a
// closed project, a bad date, a date before the previous revision's, or a blank not-counted reason;
// kBusy, kIo.
RevisionRecord log_revision(Database& db, std::int64_t project_id, const NewRevision& revision,
                            const RevisionSource& source);

// Marks revision `number` not counted (`not_counted_reason` set) or counted again (nullopt), measures the
// revisions up to the next counted one again against their new baseline, and logs the action with the
// old and new figures, in one transaction.
// Throws sk::Error: kNotFound for an unknown project or revision; kInvalidInput when the revision is
// already in that state or the reason is blank; kBusy, kIo.
void mark_revision(Database& db, std::int64_t project_id, int number,
                   const std::optional<std::string>& not_counted_reason);

// A project's revisions in order. Throws sk::Error(kNotFound) for an unknown project.
std::vector<RevisionRecord> list_revisions(Database& db, std::int64_t project_id);
// As list_revisions, inside Database::read or transaction.
std::vector<RevisionRecord> query_revisions(SQLite::Database& sql, std::int64_t project_id);

// The stored file bytes and extracted text of revision `number`. Throw sk::Error(kNotFound).
std::string revision_original(Database& db, std::int64_t project_id, int number);
std::string revision_text(Database& db, std::int64_t project_id, int number);

}  // namespace sk::ledger
