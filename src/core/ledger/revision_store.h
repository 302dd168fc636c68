// Logging the revisions a client sends: the file as it arrived (bytes and SHA-256), its text (or, for an
// image, its size), and how much it changed the previous counted revision. Logged revisions are never
// rewritten; marking one "not counted" (or counted again) is an explicit, logged action.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "common/error.h"
#include "ledger/database.h"
#include "ledger/revision_source.h"

namespace sk::ledger {

// What a revision measured against the previous counted revision: words (measure/comparison.h) for texts,
// pixels (import/image_compare.h) for images. The fields of the other kind are 0.
struct Measurement {
  import::Kind kind = import::Kind::kText;  // rows written before images were logged read as kText
  int against = 0;                          // the number of the revision it was measured against
  std::int64_t old_words = 0, new_words = 0, kept = 0, deleted = 0, inserted = 0, moved_words = 0;
  std::int64_t changed_pixels = 0, total_pixels = 0;  // kImage: changed_share = changed / total
  std::int64_t regions = 0;                           // kImage: boxes around the changes (at most 64)
  std::string size_handling;                          // kImage: "same", "scaled" or "canvas"
  double changed_share = 0;                           // 0..1
};

struct NewRevision {
  std::string received_on;                        // YYYY-MM-DD; empty means today
  std::string note;                               // may be empty
  std::optional<std::string> not_counted_reason;  // set: the revision does not count (e.g. own mistake)
  // The user saw that it changes no word (or pixel) of the previous counted revision and wants it to use a
  // round all the same; without this, such a revision is refused with NothingChanged.
  bool accept_unchanged = false;
};

// Why log_revision refused a counted revision that changes nothing (an sk::Error, kInvalidInput, whose
// subject is the file name): the same bytes as an earlier revision, or the same words (pixels) as the
// previous counted one, saved again. Front ends offer what can be done: log it as not counted, or — only
// for the same words in other bytes — count it anyway (NewRevision::accept_unchanged).
class NothingChanged : public Error {
 public:
  NothingChanged(std::string subject, std::string message, int same_as, bool same_bytes)
      : Error(ErrorKind::kInvalidInput, std::move(subject), std::move(message)),
        same_as_(same_as),
        same_bytes_(same_bytes) {}
  int same_as() const { return same_as_; }         // the revision it repeats
  bool same_bytes() const { return same_bytes_; }  // true: the identical file (no way to count it)

 private:
  int same_as_;
  bool same_bytes_;
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
  std::int64_t words = 0;                   // 0 for an image
  import::Kind kind = import::Kind::kText;  // from the format: "png" and "jpeg" are images
  std::int64_t width = 0, height = 0;       // an image's size in pixels; 0 for a text
  std::string note;
  bool counted = true;
  std::string not_counted_reason;
  std::optional<Measurement> measured;  // none for the first counted revision (nothing to compare)
  int terms_version = 1;                // the terms in force on received_on, fixed when logged
  std::string created_at;
};

// Logs `source` as the next revision of the project and a "revision.logged" event. The text (or image) is
// measured against the previous counted revision before the write lock is taken; the write checks that no
// other revision arrived meanwhile (and measures again if one did). Returns the stored record.
// A text is measured by its words, an image by its pixels; the two kinds are never measured against each
// other: a text after an image (or an image after a text) as the previous counted revision is refused.
// A round must be a real change: a counted revision is refused (NothingChanged) when its file is the same,
// byte for byte, as any revision already logged, or when it changes no word (pixel) of the previous
// counted revision unless `accept_unchanged`. Either may be logged as not counted.
// Throws sk::Error, writing nothing: kNotFound ("project N") for an unknown project; kInvalidInput for a
// closed project, a bad date, a date before the previous revision's, a blank not-counted reason, a text
// from which no word was read ("no text found ..."), a kind other than the previous counted revision's
// (subject: the file name; "is an image and cannot be measured against revision 1, which is a text; ..."),
// or NothingChanged; kBusy when other writers kept the ledger busy for Database::kDefaultBusyTimeout; kIo.
RevisionRecord log_revision(Database& db, std::int64_t project_id, const NewRevision& revision,
                            const RevisionSource& source);

// True when a text arrived with fewer than a tenth of the words of the revision it was measured against:
// it is logged (that can be real) but may be cut short, so the front ends say how many words were read.
inline bool looks_cut_short(const RevisionRecord& r) {
  return r.kind == import::Kind::kText && r.measured && r.measured->new_words * 10 < r.measured->old_words;
}

// Marks revision `number` not counted (`not_counted_reason` set) or counted again (nullopt), measures the
// revisions up to the next counted one again against their new baseline (images from their stored
// original bytes), and logs the action with the old and new figures, in one transaction. The measuring is
// done from a snapshot before the write lock is taken; the write checks that nothing changed meanwhile.
// Throws sk::Error, changing nothing: kNotFound for an unknown project or revision; kInvalidInput when the
// revision is already in that state, the reason is blank, or a later revision would have to be measured
// against a revision of the other kind (text/image); kBusy, kIo.
void mark_revision(Database& db, std::int64_t project_id, int number,
                   const std::optional<std::string>& not_counted_reason);

// A project's revisions in order. Throws sk::Error(kNotFound) for an unknown project.
std::vector<RevisionRecord> list_revisions(Database& db, std::int64_t project_id);
// As list_revisions, inside Database::read or transaction.
std::vector<RevisionRecord> query_revisions(SQLite::Database& sql, std::int64_t project_id);

// The stored file bytes and extracted text (empty for an image) of revision `number`; a viewer decodes an
// image revision's bytes with import::import_bytes. Throw sk::Error(kNotFound).
std::string revision_original(Database& db, std::int64_t project_id, int number);
std::string revision_text(Database& db, std::int64_t project_id, int number);

}  // namespace sk::ledger
