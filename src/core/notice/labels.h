// The fixed words of a notice outside its template (PDF headings, table columns, statuses), per language.
#pragma once

#include <string>

#include "notice/notice_facts.h"

namespace sk::notice {

struct Labels {
  std::string date;               // letterhead: "Date"
  std::string to;                 // "To"
  std::string project;            // "Project"
  std::string appendix_history;   // heading of the history table
  std::string appendix_evidence;  // heading of the changed passages; "{n}" = revision number
  std::string evidence_note;      // one line saying how deletions and insertions are marked
  std::string col_round, col_date, col_share, col_limit, col_status;
  std::string removed, added, moved;  // passage markers
  // An image revision's evidence instead of passages: heading ("{n}" = revision number), how it was measured,
  // the figures' names, "at least {n}" for a capped count of areas, and a line when the sizes differed.
  std::string appendix_image, image_note;
  std::string pixels_changed, pixels_total, pixels_share, regions, at_least;
  std::string sizing_scaled, sizing_canvas;
  std::string material[2];    // by Material: the noun for the work, without article ("text", "design")
  std::string more_passages;  // "{n}" = passages left out
  std::string page_of;        // "{page}", "{pages}"
  std::string status[5];      // by RoundStatus
  std::string kind[5];        // by NoticeKind
};

// The labels of `language`; English for a language without its own.
const Labels& labels_for(const std::string& language);

// Whether `language` has labels of its own (every language of common/languages.h must).
bool has_labels(const std::string& language);

const std::string& status_label(const Labels& labels, RoundStatus status);
const std::string& kind_label(const Labels& labels, NoticeKind kind);
const std::string& material_label(const Labels& labels, Material material);

// `pattern` with "{name}" replaced by `value` (one placeholder; values are not re-scanned).
std::string fill(const std::string& pattern, const std::string& name, const std::string& value);

}  // namespace sk::notice
