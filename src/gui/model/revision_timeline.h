// The Revisions tab's view model: one row per logged revision (round, date, file, words, the changed share
// against the limit of the terms it was judged by, status), a one-line summary of where the project stands,
// and the small decisions behind adding revisions (the order of dropped files, the name of pasted text).
// Plain data over ledger::ProjectHistory; no wxWidgets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/history.h"
#include "policy/status.h"

namespace sk::gui::model {

struct TimelineRow {
  int number = 0;            // the revision's number in the ledger (1, 2, 3, …)
  std::optional<int> round;  // none: not counted; 0: the original delivery
  bool extra_round = false;  // a counted round past the included ones
  std::string received_on;   // YYYY-MM-DD
  std::string file_name;
  std::string format;
  std::int64_t words = 0;
  std::optional<double> share;  // changed share, 0..1 (or above); none when nothing to compare
  std::optional<int> against;   // the revision it was measured against
  double limit_percent = 0;     // the max share of the terms it was judged by
  int terms_version = 1;
  policy::Status status = policy::Status::kWithin;
  bool counted = true;
  std::string not_counted_reason;
  std::string note;
  // A revision withdrawn as logged by mistake: the day (YYYY-MM-DD) and why; empty when it is not. It has no
  // round, and the tab shows it greyed with these instead of its status.
  std::string withdrawn_on;
  std::string withdrawn_reason;
  bool withdrawn() const { return !withdrawn_on.empty(); }
};

struct Timeline {
  std::vector<TimelineRow> rows;                // in logging order
  int included_rounds = 0;                      // current terms
  double limit_percent = 0;                     // current terms
  int rounds_used = 0;                          // counted revisions after the original delivery
  std::optional<policy::Status> latest_status;  // of the latest counted revision; none without revisions
  bool closed = false;
};

Timeline build_timeline(const ledger::ProjectHistory& history);

// How full a share bar is drawn: the share over a scale that always shows the limit, at 2/3 of the width
// when the share is within it, so a bar past the limit visibly overshoots the mark. Returns
// {bar_fraction, limit_fraction}, each in 0..1 of the bar's width.
struct BarGeometry {
  double bar = 0;
  double limit = 0;
};
BarGeometry bar_geometry(double share_fraction, double limit_percent);

// The order in which several files dropped (or picked) at once are logged: by name, with digit runs
// compared as numbers ("draft-2" before "draft-10"), folders ignored; ties keep the given order.
std::vector<std::string> order_for_logging(std::vector<std::string> paths);

// The file name a pasted revision is stored under: "pasted-YYYY-MM-DD.txt", with "-2", "-3", … when the
// project already has one of that name.
std::string pasted_file_name(const ledger::ProjectHistory& history, const std::string& today);

}  // namespace sk::gui::model
