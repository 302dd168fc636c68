// Logging and marking revisions; see revision_workflow.h.
#include "workflow/revision_workflow.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <functional>
#include <thread>
#include <utility>
#include <vector>

#include "ledger/dates.h"
#include "ledger/project_store.h"
#include "ledger/sha256.h"
#include "workflow/stored_pair.h"

namespace sk::workflow {

namespace {

// Retries of a write whose snapshot went stale (another writer got in between) go on for as long as a
// statement waits for a lock, with short growing pauses, before the write gives up as busy.
class RetryClock {
 public:
  RetryClock() : deadline_(std::chrono::steady_clock::now() + ledger::Database::kDefaultBusyTimeout) {}
  // Pauses before retry number `attempt` + 1; false when the time is up.
  bool wait_before_retry(int attempt) const {
    if (std::chrono::steady_clock::now() >= deadline_) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 << std::min(attempt, 6), 50)));
    return true;
  }

 private:
  std::chrono::steady_clock::time_point deadline_;
};

Error busy(std::int64_t project_id) {
  return Error(ErrorKind::kBusy, "project " + std::to_string(project_id), "database busy, try again");
}

bool blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

const char* kind_noun(ContentKind kind) {
  return kind == ContentKind::kImage ? "an image" : "a text";
}

// "is an image and cannot be measured against revision 1 (brief.docx), which is a text; ..."
std::string mixed_kinds(ContentKind kind, const ledger::RevisionRef& baseline) {
  return std::string("is ") + kind_noun(kind) + " and cannot be measured against revision " +
         std::to_string(baseline.number) + " (" + baseline.file_name + "), which is " +
         kind_noun(baseline.kind) + "; the revisions of one project must be all texts or all images";
}

std::string unchanged_message(const ledger::Measurement& m) {
  if (m.kind == ContentKind::kImage) {
    return "changes no pixel of revision " + std::to_string(m.against) +
           " (the same picture, saved again); it was not logged, so that it does not use up a round";
  }
  return "changes no word of revision " + std::to_string(m.against) + " (the same " +
         std::to_string(m.old_words) + (m.old_words == 1 ? " word" : " words") +
         ", saved again); it was not logged, so that it does not use up a round";
}

}  // namespace

ledger::RevisionRecord log_revision(ledger::Database& db, std::int64_t project_id,
                                    const NewRevision& revision, const RevisionSource& source) {
  const std::string received_on = revision.received_on.empty() ? ledger::today() : revision.received_on;
  if (!ledger::is_valid_date(received_on)) {
    throw Error(ErrorKind::kInvalidInput, "revision",
                "the date must be a real date written YYYY-MM-DD (got \"" + received_on + "\")");
  }
  if (revision.not_counted_reason && blank(*revision.not_counted_reason)) {
    throw Error(ErrorKind::kInvalidInput, "revision", "a revision that does not count needs a reason");
  }
  if (source.kind != ContentKind::kImage && source.document.words.empty()) {
    throw Error(ErrorKind::kInvalidInput, source.file_name,
                "no text found: not a single word could be read from it (a scan without a text layer, or "
                "an empty document?); nothing was logged");
  }
  const bool counted = !revision.not_counted_reason;
  ledger::RevisionRow row;
  row.received_on = received_on;
  row.file_name = source.file_name;
  row.format = source.format;
  row.sha256 = ledger::sha256_hex(source.bytes);
  row.original = source.bytes;
  row.text = source.document.text.str();
  row.note = revision.note;
  row.not_counted_reason = revision.not_counted_reason;
  row.rules = rules_for(source.kind);
  if (source.kind == ContentKind::kImage) {
    row.width = source.image.width;
    row.height = source.image.height;
  } else {
    row.words = static_cast<std::int64_t>(source.document.words.size());
  }

  RetryClock clock;
  for (int attempt = 0;; ++attempt) {
    // The snapshot and the baseline's content come from one read, so they belong together.
    std::optional<ledger::StoredRevision> older;
    std::optional<ledger::RevisionRef> repeat;
    const ledger::RevisionSnapshot snapshot = db.read([&] {
      ledger::RevisionSnapshot taken = ledger::read_revision_snapshot(db.sql(), project_id);
      if (counted) repeat = ledger::find_same_file(db.sql(), project_id, row.sha256);
      if (taken.baseline && !repeat) {
        if (taken.baseline->kind != source.kind) {
          throw Error(ErrorKind::kInvalidInput, source.file_name, mixed_kinds(source.kind, *taken.baseline));
        }
        older = ledger::read_stored_revision(db.sql(), project_id, taken.baseline->number);
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
    row.measured.reset();
    if (older) {
      row.measured =
          measure_contents(older->ref.number, content_of(*older, project_id), source.document, source.image)
              .measurement;
    }
    if (counted && row.measured && row.measured->changed_share == 0 && !revision.accept_unchanged) {
      throw NothingChanged(source.file_name, unchanged_message(*row.measured), row.measured->against, false);
    }
    if (const std::optional<int> number = ledger::append_revision(db, project_id, row, snapshot)) {
      return db.read([&] {
        std::optional<ledger::RevisionRecord> record = ledger::query_revision(db.sql(), project_id, *number);
        if (!record)
          throw Error(ErrorKind::kNotFound, ledger::revision_subject(project_id, *number),
                      "no such revision");
        return std::move(*record);
      });
    }
    // Another revision arrived meanwhile: read and measure again.
    if (!clock.wait_before_retry(attempt)) throw busy(project_id);
  }
}

namespace {

// What one change of "counted" does to the revision it names, as read in the planning snapshot: `check`
// refuses (throws) when the action does not apply to it; `counts_after` says whether it counts afterwards;
// `verb` names the action in a refusal ("marked not counted", "withdrawn").
struct CountedPlan {
  ledger::CountedChange change;
  std::function<void(const ledger::RevisionRecord&)> check;
  std::function<bool(const ledger::RevisionRecord&)> counts_after;
  std::string verb;
};

// Plans and applies `plan` on revision `plan.change.number`: when its counted flag changes, the revisions
// after it up to the next counted one get one new baseline (the revision itself when it counts again, else
// the counted one before it) and are measured again from one snapshot, before the write lock is taken; the
// write then checks that no revision's flags changed meanwhile, and plans again if they did.
void change_counted(ledger::Database& db, std::int64_t project_id, const CountedPlan& plan) {
  const int number = plan.change.number;
  RetryClock clock;
  for (int attempt = 0;; ++attempt) {
    ledger::CountedChange change = plan.change;
    std::optional<ledger::StoredRevision> baseline;
    std::vector<ledger::StoredRevision> later;
    db.read([&] {
      SQLite::Database& sql = db.sql();
      ledger::require_project(sql, project_id);
      const std::vector<ledger::RevisionRecord> records = ledger::query_revisions(sql, project_id);
      const auto target = std::find_if(records.begin(), records.end(),
                                       [&](const ledger::RevisionRecord& r) { return r.number == number; });
      if (target == records.end()) {
        throw Error(ErrorKind::kNotFound, ledger::revision_subject(project_id, number), "no such revision");
      }
      plan.check(*target);
      const bool counted = plan.counts_after(*target);
      for (const ledger::RevisionRecord& r : records)
        change.planned_against.push_back({r.number, r.counted, !r.withdrawn_on.empty()});
      if (counted == target->counted) return;  // the baselines stay as they are: nothing to measure
      const std::optional<ledger::RevisionRef> base =
          counted ? std::optional<ledger::RevisionRef>(
                        ledger::RevisionRef{number, target->kind, target->file_name, target->received_on})
                  : ledger::counted_before(sql, project_id, number);
      for (auto r = target + 1; r != records.end(); ++r) {
        if (base && base->kind != r->kind) {
          throw Error(ErrorKind::kInvalidInput, ledger::revision_subject(project_id, number),
                      "cannot be " + plan.verb + ": revision " + std::to_string(r->number) + " (" +
                          r->file_name + ") " + mixed_kinds(r->kind, *base));
        }
        change.remeasured.push_back({*r, std::nullopt, rules_for(r->kind)});
        later.push_back(ledger::read_stored_revision(sql, project_id, r->number));
        if (r->counted) break;
      }
      if (base && !later.empty()) baseline = ledger::read_stored_revision(sql, project_id, base->number);
    });
    if (baseline) {
      const RevisionContent older = content_of(*baseline, project_id);
      for (std::size_t i = 0; i < later.size(); ++i) {
        change.remeasured[i].measured =
            measure_contents(baseline->ref.number, older, content_of(later[i], project_id)).measurement;
      }
    }
    if (ledger::apply_counted_change(db, project_id, change)) return;
    // A revision arrived, or was marked, withdrawn or restored meanwhile: read and measure again.
    if (!clock.wait_before_retry(attempt)) throw busy(project_id);
  }
}

// "(on 2024-05-04: sent to the wrong project)": when and why a revision was withdrawn.
std::string withdrawal(const ledger::RevisionRecord& r) {
  return "(on " + r.withdrawn_on + ": " + r.withdrawn_reason + ")";
}

}  // namespace

void mark_revision(ledger::Database& db, std::int64_t project_id, int number,
                   const std::optional<std::string>& not_counted_reason) {
  if (not_counted_reason && blank(*not_counted_reason)) {
    throw Error(ErrorKind::kInvalidInput, "revision", "a revision that does not count needs a reason");
  }
  const bool counted = !not_counted_reason;
  CountedPlan plan;
  plan.change.number = number;
  plan.change.not_counted_reason = not_counted_reason;
  plan.verb = counted ? "marked counted" : "marked not counted";
  plan.check = [&](const ledger::RevisionRecord& r) {
    if (!r.withdrawn_on.empty()) {
      throw Error(ErrorKind::kInvalidInput, ledger::revision_subject(project_id, number),
                  "is withdrawn " + withdrawal(r) + "; restore it first");
    }
    if (r.counted == counted) {
      throw Error(ErrorKind::kInvalidInput, ledger::revision_subject(project_id, number),
                  counted ? "already counted" : "already marked not counted");
    }
  };
  plan.counts_after = [&](const ledger::RevisionRecord&) { return counted; };
  change_counted(db, project_id, plan);
}

void withdraw_revision(ledger::Database& db, std::int64_t project_id, int number, const std::string& reason,
                       const std::string& withdrawn_on) {
  if (blank(reason)) {
    throw Error(ErrorKind::kInvalidInput, ledger::revision_subject(project_id, number),
                "cannot be withdrawn without a reason (--reason): it goes into the project's record");
  }
  if (!ledger::is_valid_date(withdrawn_on)) {
    throw Error(ErrorKind::kInvalidInput, "revision",
                "the date must be a real date written YYYY-MM-DD (got \"" + withdrawn_on + "\")");
  }
  CountedPlan plan;
  plan.change.action = ledger::CountedChange::Action::kWithdraw;
  plan.change.number = number;
  plan.change.withdrawn_on = withdrawn_on;
  plan.change.withdrawn_reason = reason;
  plan.verb = "withdrawn";
  plan.check = [&](const ledger::RevisionRecord& r) {
    if (!r.withdrawn_on.empty()) {
      throw Error(ErrorKind::kInvalidInput, ledger::revision_subject(project_id, number),
                  "is already withdrawn " + withdrawal(r));
    }
  };
  plan.counts_after = [](const ledger::RevisionRecord&) { return false; };
  change_counted(db, project_id, plan);
}

void restore_revision(ledger::Database& db, std::int64_t project_id, int number) {
  CountedPlan plan;
  plan.change.action = ledger::CountedChange::Action::kRestore;
  plan.change.number = number;
  plan.verb = "restored";
  plan.check = [&](const ledger::RevisionRecord& r) {
    if (r.withdrawn_on.empty()) {
      throw Error(ErrorKind::kInvalidInput, ledger::revision_subject(project_id, number),
                  "is not withdrawn; only a withdrawn revision can be restored");
    }
  };
  plan.counts_after = [](const ledger::RevisionRecord& r) { return r.not_counted_reason.empty(); };
  change_counted(db, project_id, plan);
}

bool looks_cut_short(const ledger::RevisionRecord& r) {
  return r.kind == ContentKind::kText && r.measured && r.measured->new_words * 10 < r.measured->old_words;
}

}  // namespace sk::workflow
