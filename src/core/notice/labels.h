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
  std::string more_passages;          // "{n}" = passages left out
  std::string page_of;                // "{page}", "{pages}"
  std::string status[5];              // by RoundStatus
  std::string kind[5];                // by NoticeKind
};

// The labels of `language`; English for a language without its own.
const Labels& labels_for(const std::string& language);

const std::string& status_label(const Labels& labels, RoundStatus status);
const std::string& kind_label(const Labels& labels, NoticeKind kind);

// `pattern` with "{name}" replaced by `value` (one placeholder; values are not re-scanned).
std::string fill(const std::string& pattern, const std::string& name, const std::string& value);

}  // namespace sk::notice
