// Test helper: the situations a notice must stay true in (issue 14's edge cases), each a small change to
// sample_facts: slightly over, far over, a new draft, the last included round, additional rounds, no price,
// an hourly rate only, one or no included rounds, insertions leading, singular counts, a reply-by date and a
// contact person. Shared by the rule tests and by scopekeeper-notice-matrix, which prints them for reading.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sample_facts.h"

namespace sk::notice::testing {

struct Scenario {
  std::string name;
  // Kinds the situation makes true (a rounds-exhausted notice needs a round past the included ones; an
  // over-scope notice a round over its share); summary and clarify are true for every situation.
  bool over = false;
  bool extra = false;
  std::function<void(NoticeFacts&)> apply;
};

// Sets the measured share of a text revision to `deleted` of `old_words` words (with `inserted` new ones).
inline void set_words(NoticeFacts& f, size_t old_words, size_t deleted, size_t inserted) {
  f.revision.old_words = old_words;
  f.revision.deleted = deleted;
  f.revision.inserted = inserted;
  f.revision.kept = old_words - deleted;
  f.revision.new_words = f.revision.kept + inserted;
  f.revision.changed_share = static_cast<double>(deleted > inserted ? deleted : inserted) / old_words;
  f.revision.moved_words = 0;
  if (f.material == Material::kImage) {
    f.revision.changed_pixels = static_cast<size_t>(f.revision.changed_share * f.revision.total_pixels);
    f.revision.old_words = f.revision.new_words = f.revision.kept = 0;
    f.revision.deleted = f.revision.inserted = 0;
  }
}

inline void set_round(NoticeFacts& f, int round) {
  f.revision.round = round;
  f.revision.number = round + 1;
  f.rounds_used = round;
  f.rounds_left = std::max(0, f.terms.included_rounds - round);
  f.history.clear();
  for (int r = 1; r <= round; ++r) {
    const bool last = r == round;
    RoundStatus status = r > f.terms.included_rounds ? RoundStatus::kExtra : RoundStatus::kWithin;
    const double share = last ? f.revision.changed_share : 0.12;
    if (status == RoundStatus::kWithin && share > f.terms.max_share + 0.0005)
      status = RoundStatus::kOverLimit;
    if (status == RoundStatus::kWithin && r == f.terms.included_rounds) status = RoundStatus::kLastIncluded;
    f.history.push_back({r, r + 1, "2025-03-0" + std::to_string(r), share, f.terms.max_share, status});
  }
}

inline std::vector<Scenario> scenarios() {
  return {
      {"round 1 of 2, near the share (26% of 30%)", false, false,
       [](NoticeFacts& f) {
         set_words(f, 1000, 260, 200);
         set_round(f, 1);
       }},
      {"last included round, small (4% of 30%)", false, false,
       [](NoticeFacts& f) {
         set_words(f, 1000, 40, 31);
         set_round(f, 2);
       }},
      {"slightly over (33% of 30%)", true, false,
       [](NoticeFacts& f) {
         set_words(f, 1000, 330, 300);
         set_round(f, 1);
       }},
      {"clearly over (45% of 30%)", true, false,
       [](NoticeFacts& f) {
         set_words(f, 1000, 450, 420);
         set_round(f, 1);
       }},
      {"far over, under half (45% of 20%)", true, false,
       [](NoticeFacts& f) {
         f.terms.max_share = 0.20;
         f.terms.heads_up_share = 0.16;
         set_words(f, 1000, 450, 400);
         set_round(f, 1);
       }},
      {"a new draft (62% of 30%), insertions leading", true, false,
       [](NoticeFacts& f) {
         set_words(f, 1000, 500, 620);
         set_round(f, 2);
       }},
      {"first additional round (round 3 of 2), 12%", false, true,
       [](NoticeFacts& f) {
         set_words(f, 1000, 120, 90);
         set_round(f, 3);
       }},
      {"several rounds past (round 4 of 2), over the share too", true, true,
       [](NoticeFacts& f) {
         set_words(f, 1000, 400, 380);
         set_round(f, 4);
       }},
      {"no rounds included (round 1 of 0)", false, true,
       [](NoticeFacts& f) {
         f.terms.included_rounds = 0;
         set_words(f, 1000, 150, 100);
         set_round(f, 1);
       }},
      {"one round included, used (round 1 of 1), 18%", false, false,
       [](NoticeFacts& f) {
         f.terms.included_rounds = 1;
         set_words(f, 1000, 180, 100);
         set_round(f, 1);
       }},
      {"no price and no hourly rate, round 3 of 2", false, true,
       [](NoticeFacts& f) {
         f.terms.extra_round_price.reset();
         f.terms.hourly_rate.reset();
         set_words(f, 1000, 120, 90);
         set_round(f, 3);
       }},
      {"hourly rate only, 40% of 30% in round 1", true, false,
       [](NoticeFacts& f) {
         f.terms.extra_round_price.reset();
         set_words(f, 1000, 400, 380);
         set_round(f, 1);
       }},
      {"singular counts: 1 of 1 words, a reply-by date and a contact person", true, false,
       [](NoticeFacts& f) {
         f.terms.max_share = 0.5;
         f.terms.heads_up_share = 0.4;
         set_words(f, 1, 1, 1);
         f.revision.regions = 1;
         set_round(f, 1);
         f.reply_by = "2025-03-21";
         f.contact = f.language == "ko" ? "김민지" : f.language == "ro" ? "Ana Popescu" : "Sarah Thompson";
         f.salutation.clear();  // the language's default greeting for the new contact
       }},
  };
}

// Every (scenario, kind) pair the scenario makes true, in one material. Summary and clarify are always
// true; heads-up is true whenever a round was counted.
inline std::vector<std::pair<Scenario, NoticeKind>> true_pairs() {
  std::vector<std::pair<Scenario, NoticeKind>> out;
  for (const Scenario& s : scenarios()) {
    for (NoticeKind kind : all_kinds()) {
      if (kind == NoticeKind::kOverScope && !s.over) continue;
      if (kind == NoticeKind::kRoundsExhausted && !s.extra) continue;
      out.emplace_back(s, kind);
    }
  }
  return out;
}

// The facts of `scenario` for `kind` in `language` and `material`.
inline NoticeFacts scenario_facts(const Scenario& scenario, NoticeKind kind, const std::string& language,
                                  bool image) {
  SampleOptions options;
  options.image = image;
  options.moves = false;
  NoticeFacts facts = sample_facts(language, kind, options);
  facts.reply_by.clear();
  facts.notices.clear();
  scenario.apply(facts);
  return facts;
}

}  // namespace sk::notice::testing
