// The revisions a client sent, as the ledger keeps them: the file as it arrived (bytes and SHA-256), its text
// (or, for an image, its size), and how much it changed the previous counted revision. This is storage
// only — reading a snapshot, appending a revision when nothing arrived meanwhile, setting "counted" with the
// figures it changes — each call one read or one transaction. The use cases over it (read the file, measure,
// decide) are in workflow/revision_workflow.h. Logged revisions are never rewritten; marking one "not
// counted" (or counted again), withdrawing or restoring one is an explicit, logged action.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "common/content_kind.h"
#include "ledger/database.h"

namespace sk::ledger {

// What a revision measured against the previous counted revision: words (measure/comparison.h) for texts,
// pixels (import/image_compare.h) for images. The fields of the other kind are 0.
struct Measurement {
  ContentKind kind = ContentKind::kText;  // rows written before images were logged read as kText
  int against = 0;                        // the number of the revision it was measured against
  std::int64_t old_words = 0, new_words = 0, kept = 0, deleted = 0, inserted = 0, moved_words = 0;
  std::int64_t changed_pixels = 0, total_pixels = 0;  // kImage: changed_share = changed / total
  std::int64_t regions = 0;                           // kImage: boxes around the changes (at most 64)
  std::string size_handling;                          // kImage: "same", "scaled" or "canvas"
  double changed_share = 0;                           // 0..1
  // Which rules measured it ("words 1": measure::kWordRules; "pixels 1": import::kPixelRules). A change of
  // the rules gets a new name, so old and new shares are never mixed without a trace.
  std::string rules;
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
  std::string rules;  // the rules that read and measured it (Measurement::rules); empty for a row without
  std::int64_t words = 0;                 // 0 for an image
  ContentKind kind = ContentKind::kText;  // from the format: "png" and "jpeg" are images
  std::int64_t width = 0, height = 0;     // an image's size in pixels; 0 for a text
  std::string note;
  bool counted = true;             // the effective flag: false for a withdrawn revision too
  std::string not_counted_reason;  // empty when it counted (a withdrawn one keeps it for a restore)
  // Set when the revision was withdrawn (logged by mistake; workflow::withdraw_revision): the day,
  // YYYY-MM-DD, and why. Empty when it is not withdrawn.
  std::string withdrawn_on;
  std::string withdrawn_reason;
  std::optional<Measurement> measured;  // none for the first counted revision (nothing to compare)
  int terms_version = 1;                // the terms in force on received_on, fixed when logged
  std::string created_at;
};

// "revision N of project P": how errors name a revision.
std::string revision_subject(std::int64_t project_id, int number);

// Whether a stored `format` value is an image's ("png", "jpeg"). The format column is evidence and never
// changes, so it is how the ledger tells an image revision from a text one (old databases have no images).
bool is_image_format(const std::string& format);

// A project's revisions in order. Throws sk::Error(kNotFound) for an unknown project.
std::vector<RevisionRecord> list_revisions(Database& db, std::int64_t project_id);
// As list_revisions, inside Database::read or transaction.
std::vector<RevisionRecord> query_revisions(SQLite::Database& sql, std::int64_t project_id);
// Revision `number` of the project, inside Database::read or transaction; nullopt when there is none.
std::optional<RevisionRecord> query_revision(SQLite::Database& sql, std::int64_t project_id, int number);

// The stored file bytes and extracted text (empty for an image) of revision `number`; a viewer decodes an
// image revision's bytes with import::import_bytes. Throw sk::Error(kNotFound).
std::string revision_original(Database& db, std::int64_t project_id, int number);
std::string revision_text(Database& db, std::int64_t project_id, int number);

// ---- The calls the use cases are made of (workflow/revision_workflow.h) ---------------------------------

// A revision named by its number, with what a message needs to name it.
struct RevisionRef {
  int number = 0;
  ContentKind kind = ContentKind::kText;
  std::string file_name;
  std::string received_on;
};

// What a new revision is numbered and measured against: the last revision logged and the last counted one.
struct RevisionSnapshot {
  int last_number = 0;  // 0: none yet
  std::string last_received_on;
  std::optional<RevisionRef> baseline;  // the last counted revision
};

// Inside Database::read or transaction. Throws sk::Error: kNotFound for an unknown project; kInvalidInput
// for a closed one ("no revisions can be logged").
RevisionSnapshot read_revision_snapshot(SQLite::Database& sql, std::int64_t project_id);

// The latest counted revision before `number` (or of all revisions when `number` is 0), if any.
std::optional<RevisionRef> counted_before(SQLite::Database& sql, std::int64_t project_id, int number);

// The latest revision whose file has the SHA-256 `sha256_hex`, if any; withdrawn revisions are left out, so
// a file withdrawn from one place can be logged again.
std::optional<RevisionRef> find_same_file(SQLite::Database& sql, std::int64_t project_id,
                                          const std::string& sha256_hex);

// What a stored revision holds to be measured again: its text, or (an image) its original bytes.
struct StoredRevision {
  RevisionRef ref;
  std::string text;      // kText
  std::string original;  // kImage: the file as it arrived (a text's is not read)
};
// Throws sk::Error(kNotFound) for an unknown revision.
StoredRevision read_stored_revision(SQLite::Database& sql, std::int64_t project_id, int number);

// A new revision as it is stored.
struct RevisionRow {
  std::string received_on;  // YYYY-MM-DD, checked by the caller
  std::string file_name, format, sha256;
  std::string_view original;  // the bytes as they arrived
  std::string text;           // the extracted text; empty for an image
  std::string note;
  std::optional<std::string> not_counted_reason;
  std::int64_t words = 0;              // a text's word count
  std::int64_t width = 0, height = 0;  // an image's size
  std::string rules;                   // the rules that read it (its words or pixels), as Measurement::rules
  std::optional<Measurement> measured;
};

// Appends `row` as revision `expected.last_number + 1`, with the terms in force on its date and a
// "revision.logged" event, in one transaction — if the project's revisions are still as `expected` saw them
// (the same last revision and the same last counted one). Returns the new number, or nullopt when another
// revision arrived meanwhile (nothing written: measure again). Throws sk::Error: kBusy, kIo, and as
// read_revision_snapshot.
std::optional<int> append_revision(Database& db, std::int64_t project_id, const RevisionRow& row,
                                   const RevisionSnapshot& expected);

// A revision's number, counted flag and whether it is withdrawn.
struct CountedFlag {
  int number = 0;
  bool counted = true;
  bool withdrawn = false;
  bool operator==(const CountedFlag&) const = default;
};
// Every revision's flags, in order: what a change of "counted" was planned against.
using CountedFlags = std::vector<CountedFlag>;
CountedFlags read_counted_flags(SQLite::Database& sql, std::int64_t project_id);

// What happens to revision `number` — marked not counted (with its reason) or counted again (nullopt),
// withdrawn, or restored — and the figures of the later revisions that this gives another baseline.
struct CountedChange {
  enum class Action {
    kMark,      // counted = !not_counted_reason; "revision.counted" / "revision.not_counted"
    kWithdraw,  // counted = 0, withdrawn_on and withdrawn_reason set; "revision.withdrawn"
    kRestore,   // counted = (no not-counted reason), the withdrawal cleared; "revision.restored"
  };
  Action action = Action::kMark;
  int number = 0;
  std::optional<std::string> not_counted_reason;  // kMark
  std::string withdrawn_on, withdrawn_reason;     // kWithdraw
  struct Remeasured {
    RevisionRecord before;  // as it was read when the change was planned
    std::optional<Measurement> measured;
    std::string rules;  // the rules of its kind, for a revision left with nothing to compare
  };
  std::vector<Remeasured> remeasured;
  CountedFlags planned_against;
};

// Applies `change` and logs it (the event of its action, with each figure old -> new), in one transaction —
// if every revision's flags are still as `change.planned_against` says. False when something changed
// meanwhile (nothing written: plan again). Throws sk::Error: kBusy, kIo.
bool apply_counted_change(Database& db, std::int64_t project_id, const CountedChange& change);

}  // namespace sk::ledger
