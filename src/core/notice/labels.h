// The fixed words of a notice outside its template (PDF headings, table columns, statuses), per language.
#pragma once

#include <string>
#include <vector>

#include "notice/notice_facts.h"

namespace sk::notice {

struct Labels {
  std::string date;               // letterhead: "Date"
  std::string to;                 // "To"
  std::string project;            // "Project"
  std::string appendix_history;   // heading of the history table
  std::string appendix_evidence;  // heading of the changed passages; "{n}" = the round the letter speaks of
  std::string appendix_evidence_uncounted;  // the same for a revision that counts as no round; "{date}"
  std::string evidence_note;                // one line saying how deletions and insertions are marked
  std::string col_round, col_date, col_share, col_limit, col_status;
  std::string removed, added, moved;  // passage markers
  std::string changed;                // a redline passage's heading; "{n}" = its number
  // An image revision's evidence instead of passages: heading ("{n}" = revision number), how it was measured,
  // the figures' names, "at least {n}" for a capped count of areas, and a line when the sizes differed.
  std::string appendix_image, appendix_image_uncounted, image_note;
  std::string pixels_changed, pixels_total, pixels_share, regions, at_least;
  std::string regions_value;       // the count of areas in the figures table, ICU MessageFormat ("{0}곳")
  std::string picture_caption;     // under the new version's picture, its changed areas outlined
  std::string crop_caption;        // above one area before (left) and after (right); "{n}" = its number
  std::string missing_characters;  // a note when characters had no font; "{list}" = their code points
  std::string sizing_scaled, sizing_canvas;
  std::string material[2];    // by Material: the noun for the work, without article ("text", "design")
  std::string more_passages;  // ICU MessageFormat, argument 0 = passages left out (a count, see below)
  std::string page_of;        // "{page}", "{pages}"
  std::string status[6];      // by RoundStatus
  std::string kind[5];        // by NoticeKind
  // Counted nouns, as ICU MessageFormat patterns of argument 0, so that each language's plural rules apply
  // ("{0, plural, one{# word} other{# words}}"; Romanian has one, few and other: 1 cuvânt, 2 cuvinte, 20 de
  // cuvinte). Points are percentage points, with one decimal at most.
  std::string words, pixels, areas, rounds, points;
  // The greeting when the freelancer has not written one: to the contact person ({name} the full name,
  // {first} the first word of it, {last} the last word), else to the client ({client}).
  std::string salutation_contact, salutation_client;
  // The greetings the New project and Edit project dialogs offer for a contact person, with the
  // placeholders above ({name}, {first}, {last}, {client}); the first of them is not necessarily the default.
  std::vector<std::string> salutation_choices;
};

// The labels of `language`; English for a language without its own.
const Labels& labels_for(const std::string& language);

// Whether `language` has labels of its own (every language of common/languages.h must).
bool has_labels(const std::string& language);

const std::string& status_label(const Labels& labels, RoundStatus status);
const std::string& kind_label(const Labels& labels, NoticeKind kind);
const std::string& material_label(const Labels& labels, Material material);

// The greeting of a letter to `contact` (may be empty) at `client` in the language of `labels`, made from
// its salutation patterns; `pattern` overrides the default one (e.g. one of salutation_choices).
std::string salutation_for(const Labels& labels, const std::string& contact, const std::string& client);
std::string salutation_from(const std::string& pattern, const std::string& contact,
                            const std::string& client);

// `pattern` with "{name}" replaced by `value` (one placeholder; values are not re-scanned).
std::string fill(const std::string& pattern, const std::string& name, const std::string& value);

}  // namespace sk::notice
