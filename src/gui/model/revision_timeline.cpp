// The Revisions tab's view model; see revision_timeline.h.
#include "model/revision_timeline.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

namespace sk::gui::model {

Timeline build_timeline(const ledger::ProjectHistory& history) {
  bool any_counted = false;
  Timeline timeline;
  timeline.closed = history.project.status == "closed";
  if (!history.terms.empty()) {
    timeline.included_rounds = history.terms.back().terms.included_rounds;
    timeline.limit_percent = history.terms.back().terms.max_share_percent;
  }
  for (const ledger::JudgedRevision& judged : history.revisions) {
    const ledger::RevisionRecord& r = judged.revision;
    TimelineRow row;
    row.number = r.number;
    row.round = judged.round;
    row.received_on = r.received_on;
    row.file_name = r.file_name;
    row.format = r.format;
    row.words = r.words;
    if (r.measured) {
      row.share = r.measured->changed_share;
      row.against = r.measured->against;
    }
    row.limit_percent = judged.terms.terms.max_share_percent;
    row.extra_round = judged.round && *judged.round > judged.terms.terms.included_rounds;
    row.terms_version = r.terms_version;
    row.status = judged.status;
    row.counted = r.counted;
    row.not_counted_reason = r.not_counted_reason;
    row.note = r.note;
    row.withdrawn_on = r.withdrawn_on;
    row.withdrawn_reason = r.withdrawn_reason;
    if (judged.round) timeline.rounds_used = *judged.round;
    any_counted = any_counted || judged.round.has_value();
    timeline.rows.push_back(std::move(row));
  }
  if (any_counted) timeline.latest_status = ledger::project_scope(history);
  return timeline;
}

BarGeometry bar_geometry(double share_fraction, double limit_percent) {
  const double share = std::max(0.0, share_fraction * 100.0);
  const double limit = std::max(limit_percent, 1e-9);
  // Within the limit the scale is 1.5 × the limit; past it, the share itself fills the bar.
  const double scale = std::max(limit * 1.5, share);
  return {share / scale, limit / scale};
}

namespace {

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Natural order: digit runs compare by value, everything else by byte, case-insensitive for ASCII.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const auto ca = static_cast<unsigned char>(a[i]), cb = static_cast<unsigned char>(b[j]);
    if (std::isdigit(ca) && std::isdigit(cb)) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      // Compare the runs without leading zeros: first by length, then digit by digit.
      std::size_t si = i, sj = j;
      while (si + 1 < ei && a[si] == '0') ++si;
      while (sj + 1 < ej && b[sj] == '0') ++sj;
      if (ei - si != ej - sj) return ei - si < ej - sj;
      const int order = a.compare(si, ei - si, b, sj, ej - sj);
      if (order != 0) return order < 0;
      i = ei;
      j = ej;
      continue;
    }
    const int la = std::tolower(ca), lb = std::tolower(cb);
    if (la != lb) return la < lb;
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

}  // namespace

std::vector<std::string> order_for_logging(std::vector<std::string> paths) {
  std::stable_sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
    return natural_less(base_name(a), base_name(b));
  });
  return paths;
}

std::string pasted_file_name(const ledger::ProjectHistory& history, const std::string& today) {
  std::set<std::string> taken;
  for (const ledger::JudgedRevision& judged : history.revisions) taken.insert(judged.revision.file_name);
  const std::string stem = "pasted-" + today;
  std::string name = stem + ".txt";
  for (int n = 2; taken.count(name) != 0; ++n) name = stem + "-" + std::to_string(n) + ".txt";
  return name;
}

}  // namespace sk::gui::model
