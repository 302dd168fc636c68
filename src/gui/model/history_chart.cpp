// The History tab's view model; see history_chart.h.
#include "model/history_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "model/compare_view.h"

namespace sk::gui::model {

namespace {

bool finite_non_negative(double value) {
  return std::isfinite(value) && value >= 0;
}

}  // namespace

ChartScale nice_scale(double max_value) {
  // 5% headroom so a bar or the limit never touches the top edge; at least 0..10%.
  const double wanted = std::max(finite_non_negative(max_value) ? max_value * 1.05 : 0.0, 10.0);
  const double raw_step = wanted / 5;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw_step)));
  double step = 10 * magnitude;
  for (double factor : {1.0, 2.0, 2.5, 5.0}) {
    if (factor * magnitude >= raw_step) {
      step = factor * magnitude;
      break;
    }
  }
  ChartScale scale;
  const int intervals = static_cast<int>(std::ceil(wanted / step - 1e-9));
  scale.tick_percent = step;
  scale.max_percent = intervals * step;
  for (int i = 0; i <= intervals; ++i) scale.ticks.push_back(i * step);
  return scale;
}

std::string local_time(const std::string& utc_iso) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, used = 0;
  if (std::sscanf(utc_iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &year, &month, &day, &hour, &minute, &second,
                  &used) != 6 ||
      used < 19 || year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      hour > 23 || minute > 59 || second > 60) {
    return utc_iso;
  }
  std::tm utc{};
  utc.tm_year = year - 1900;
  utc.tm_mon = month - 1;
  utc.tm_mday = day;
  utc.tm_hour = hour;
  utc.tm_min = minute;
  utc.tm_sec = second;
  const std::time_t when = timegm(&utc);
  std::tm local{};
  if (when == static_cast<std::time_t>(-1) || localtime_r(&when, &local) == nullptr) return utc_iso;
  char buffer[32];
  if (std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local) == 0) return utc_iso;
  return buffer;
}

EventKind event_kind(const std::string& kind) {
  if (kind == "project.created") return EventKind::kProjectCreated;
  if (kind == "terms.edited" || kind == "terms.changed") return EventKind::kTermsEdited;
  if (kind == "revision.logged") return EventKind::kRevisionLogged;
  if (kind == "revision.counted") return EventKind::kRevisionCounted;
  if (kind == "revision.not_counted") return EventKind::kRevisionNotCounted;
  if (kind == "revision.withdrawn") return EventKind::kRevisionWithdrawn;
  if (kind == "revision.restored") return EventKind::kRevisionRestored;
  if (kind == "notice.issued") return EventKind::kNoticeIssued;
  if (kind == "project.closed") return EventKind::kProjectClosed;
  if (kind == "project.deleted") return EventKind::kProjectDeleted;
  if (kind == "project.edited") return EventKind::kProjectEdited;
  if (kind == "project.reopened") return EventKind::kProjectReopened;
  if (kind == "delivery.recorded") return EventKind::kDeliveryRecorded;
  if (kind == "delivery.approved") return EventKind::kDeliveryApproved;
  return EventKind::kOther;
}

std::string percent_label(double percent) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g%%", percent);
  return buffer;
}

HistoryChart build_history_chart(const ledger::ProjectHistory& history) {
  HistoryChart chart;
  const ledger::Terms current = history.terms.empty() ? ledger::Terms{} : history.terms.back().terms;
  chart.current_limit_percent = current.max_share_percent;
  chart.included_rounds = std::max(current.included_rounds, 0);

  for (const ledger::JudgedRevision& j : history.revisions) {
    const ledger::RevisionRecord& r = j.revision;
    if (!r.counted || !j.round) {
      const bool withdrawn = !r.withdrawn_on.empty();
      chart.not_counted.push_back({r.number, r.received_on, r.file_name,
                                   withdrawn ? r.withdrawn_reason : r.not_counted_reason, r.withdrawn_on});
      continue;
    }
    if (*j.round == 0) {
      if (!chart.original_number) chart.original_number = r.number;
      continue;
    }
    if (!r.measured || !finite_non_negative(r.measured->changed_share)) continue;
    ChartBar bar;
    bar.round = *j.round;
    bar.slot = bar.round - 1;
    bar.number = r.number;
    bar.share_percent = r.measured->changed_share * 100;
    bar.limit_percent = j.terms.terms.max_share_percent;
    bar.terms_version = j.terms.version;
    bar.status = j.status;
    bar.extra = bar.round > chart.included_rounds;
    bar.received_on = r.received_on;
    bar.file_name = r.file_name;
    bar.share_label = measure::share_percent(r.measured->changed_share);
    chart.bars.push_back(std::move(bar));
  }
  std::sort(chart.bars.begin(), chart.bars.end(),
            [](const ChartBar& a, const ChartBar& b) { return a.round < b.round; });

  int last_round = 0;
  for (const ChartBar& bar : chart.bars) last_round = std::max(last_round, bar.round);
  chart.slot_count = std::max(last_round, chart.included_rounds);
  chart.marker_after_slots = std::min(chart.included_rounds, chart.slot_count);

  // The limit over each slot: the received round's terms, else (rounds to come) the current terms.
  std::vector<double> limits(static_cast<size_t>(chart.slot_count), chart.current_limit_percent);
  for (const ChartBar& bar : chart.bars) limits[static_cast<size_t>(bar.slot)] = bar.limit_percent;
  for (int slot = 0; slot < chart.slot_count; ++slot) {
    const double limit = limits[static_cast<size_t>(slot)];
    if (!chart.limit_steps.empty() && chart.limit_steps.back().limit_percent == limit) {
      chart.limit_steps.back().last_slot = slot;
    } else {
      chart.limit_steps.push_back({slot, slot, limit});
    }
  }

  double highest = chart.current_limit_percent;
  for (const ChartBar& bar : chart.bars) highest = std::max({highest, bar.share_percent, bar.limit_percent});
  chart.scale = nice_scale(highest);

  for (const ledger::Event& e : history.events) {
    chart.events.push_back({local_time(e.at), event_kind(e.kind), e.kind, e.detail});
  }
  return chart;
}

}  // namespace sk::gui::model
