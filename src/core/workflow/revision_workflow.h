// The use cases of the revisions a client sends: logging one (read, checked, measured against the previous
// counted revision, stored), marking one not counted or counted again, and withdrawing one logged by mistake
// or restoring it (the later figures measured again). Measuring is always done from a snapshot before the
// write lock is taken; the write then checks that nothing arrived meanwhile, and measures again if something
// did (ledger/revision_store.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/error.h"
#include "ledger/database.h"
#include "ledger/revision_store.h"
#include "workflow/revision_source.h"

namespace sk::workflow {

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

// Logs `source` as the next revision of the project and a "revision.logged" event. Returns the stored
// record. A text is measured by its words, an image by its pixels; the two kinds are never measured against
// each other: a text after an image (or an image after a text) as the previous counted revision is refused.
// A round must be a real change: a counted revision is refused (NothingChanged) when its file is the same,
// byte for byte, as any revision already logged, or when it changes no word (pixel) of the previous
// counted revision unless `accept_unchanged`. Either may be logged as not counted.
// Throws sk::Error, writing nothing: kNotFound ("project N") for an unknown project; kInvalidInput for a
// closed project, a bad date, a date before the previous revision's, a blank not-counted reason, a text
// from which no word was read ("no text found ..."), a kind other than the previous counted revision's
// (subject: the file name; "is an image and cannot be measured against revision 1, which is a text; ..."),
// or NothingChanged; kBusy when other writers kept the ledger busy for Database::kDefaultBusyTimeout; kIo.
ledger::RevisionRecord log_revision(ledger::Database& db, std::int64_t project_id,
                                    const NewRevision& revision, const RevisionSource& source);

// Marks revision `number` not counted (`not_counted_reason` set) or counted again (nullopt), measures the
// revisions up to the next counted one again against their new baseline (images from their stored
// original bytes), and logs the action with the old and new figures, in one transaction.
// Throws sk::Error, changing nothing: kNotFound for an unknown project or revision; kInvalidInput when the
// revision is already in that state or withdrawn (restore it first), the reason is blank, or a later
// revision would have to be measured against a revision of the other kind (text/image); kBusy, kIo.
void mark_revision(ledger::Database& db, std::int64_t project_id, int number,
                   const std::optional<std::string>& not_counted_reason);

// Withdraws revision `number`, logged by mistake (to the wrong project, the wrong file): it no longer counts
// — no round, never a baseline, no notice, and its file may be logged again — but stays in the record with
// `withdrawn_on` (YYYY-MM-DD; the front ends pass ledger::today()) and `reason`, and keeps its not-counted
// reason, if any, for restore_revision. When it counted, the revisions after it up to the next counted one
// are measured again against the counted one before it. Logged as "revision.withdrawn" with the reason and
// each figure old -> new, all in one transaction. Like mark_revision, allowed in a closed project.
// Throws sk::Error, changing nothing: kNotFound for an unknown project or revision; kInvalidInput for a
// blank reason, a date that is not one, a revision already withdrawn, or a later revision that would have
// to be measured against one of the other kind; kBusy, kIo. (The day is not compared with the day the
// revision was received: a revision logged with a mistaken date must be withdrawable too.)
void withdraw_revision(ledger::Database& db, std::int64_t project_id, int number, const std::string& reason,
                       const std::string& withdrawn_on);

// Restores withdrawn revision `number` to the state it had before: counted again unless it had been marked
// not counted (then it stays so, with that reason); the withdrawal's day and reason are cleared. When it
// counts again, the revisions after it up to the next counted one are measured against it again — the
// figures they had before the withdrawal. Logged as "revision.restored", in one transaction.
// Throws sk::Error, changing nothing: kNotFound for an unknown project or revision; kInvalidInput for a
// revision that is not withdrawn, or one of the other kind after it; kBusy, kIo.
void restore_revision(ledger::Database& db, std::int64_t project_id, int number);

// True when a text arrived with fewer than a tenth of the words of the revision it was measured against:
// it is logged (that can be real) but may be cut short, so the front ends say how many words were read.
bool looks_cut_short(const ledger::RevisionRecord& r);

}  // namespace sk::workflow
