// The History tab's view model: a project's record turned into the changed-share chart (bars per round, the
// y scale, the limit as a step line, the "last included round" marker), the revisions that do not count, and
// the event log rows. Plain data, no wxWidgets: the chart window only draws these numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ledger/history.h"
#include "policy/status.h"

namespace sk::gui::model {

// One counted, measured revision: rounds 1, 2, … (round 0, the original delivery, has nothing to measure).
struct ChartBar {
  int slot = 0;  // position from the left, 0-based: round - 1
  int round = 1;
  int number = 0;                                   // the revision's number
  double share_percent = 0;                         // the stored changed share × 100 (may exceed 100)
  double limit_percent = 0;                         // the max share of the terms the revision was judged by
  int terms_version = 1;                            // those terms
  policy::Status status = policy::Status::kWithin;  // colour class
  bool extra = false;                               // past the included rounds of the current terms
  std::string received_on;                          // YYYY-MM-DD
  std::string file_name;
  std::string share_label;  // "12.5%", "4.17%": measure::share_percent(), as the CLI prints it
};

// A horizontal piece of the limit line over slots first..last (inclusive). Several when the limit changed.
struct LimitStep {
  int first_slot = 0;
  int last_slot = 0;
  double limit_percent = 0;
};

// The y axis: 0..max_percent, a tick every tick_percent.
struct ChartScale {
  double max_percent = 10;
  double tick_percent = 2;
  std::vector<double> ticks;  // 0, tick, 2 tick, … max
};

// A revision that does not count: not a bar, listed beside the chart.
struct AsideRevision {
  int number = 0;
  std::string received_on;
  std::string file_name;
  std::string reason;        // why it does not count: the not-counted reason, or the withdrawal's
  std::string withdrawn_on;  // set when it was withdrawn (logged by mistake), YYYY-MM-DD
};

// What an event says, for a translated label; kOther for kinds this build does not know (shown raw).
enum class EventKind {
  kProjectCreated,
  kTermsEdited,
  kRevisionLogged,
  kRevisionCounted,
  kRevisionNotCounted,
  kRevisionWithdrawn,
  kRevisionRestored,
  kNoticeIssued,
  kProjectClosed,
  kProjectDeleted,
  kProjectEdited,
  kProjectReopened,
  kDeliveryRecorded,
  kDeliveryApproved,
  kOther,
};

struct EventRow {
  std::string when;  // local time "YYYY-MM-DD HH:MM", or the stored text when it cannot be read
  EventKind kind = EventKind::kOther;
  std::string kind_text;  // the stored kind, e.g. "revision.logged"
  std::string detail;     // as stored (English, written by core)
};

struct HistoryChart {
  std::vector<ChartBar> bars;  // by round
  int slot_count = 0;          // bars plus the included rounds not received yet (empty slots)
  ChartScale scale;
  std::vector<LimitStep> limit_steps;  // cover every slot, left to right
  double current_limit_percent = 0;    // the current terms' max share
  int included_rounds = 0;             // of the current terms
  // The marker between the last included round and the first extra one: x = this many slots from the left
  // (0: before the first bar, when no round is included). Always within 0..slot_count.
  int marker_after_slots = 0;
  std::optional<int> original_number;  // the revision that is round 0, if any
  std::vector<AsideRevision> not_counted;
  std::vector<EventRow> events;  // oldest first
};

// Builds the chart from a freshly loaded record. Never throws for odd data (an empty project, a revision
// without terms, unreadable times): it shows what it can.
HistoryChart build_history_chart(const ledger::ProjectHistory& history);

// A scale from 0 that covers `max_value` (and at least 10%), with 4–6 ticks on 1, 2, 2.5 or 5 × 10^n.
ChartScale nice_scale(double max_value);

// "2024-05-01T09:30:12.345Z" (UTC) → "2024-05-01 11:30" in the computer's time zone; unreadable text is
// returned unchanged.
std::string local_time(const std::string& utc_iso);

// The kind of a stored event kind string.
EventKind event_kind(const std::string& kind);

// A number of percent as the terms give it, for the limit and the axis: "30%", "12.5%", "2.5%".
std::string percent_label(double percent);

}  // namespace sk::gui::model
