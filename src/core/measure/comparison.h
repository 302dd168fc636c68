// The result of measuring one revision against the previous one: exact word counts and the changed passages.
#pragma once

#include <cstddef>
#include <vector>

namespace sk::measure {

enum class ChangeKind { kDelete, kInsert, kReplace, kMove };

// Word indexes, end exclusive. For kDelete the new range is empty (at the position where the words were);
// for kInsert the old range is empty. A kMove pairs a deleted passage (old range) with an inserted passage
// (new range) holding the same words; it annotates deletions/insertions already listed and edits nothing.
struct Change {
  ChangeKind kind = ChangeKind::kReplace;
  size_t old_start = 0, old_end = 0;
  size_t new_start = 0, new_end = 0;
};

struct Comparison {
  size_t old_words = 0;
  size_t new_words = 0;
  size_t kept = 0;      // exact length of the longest common subsequence of the two word sequences
  size_t deleted = 0;   // old_words - kept
  size_t inserted = 0;  // new_words - kept
  size_t moved_words = 0;
  double changed_share = 0.0;   // max(deleted, inserted) / old_words; see docs/measuring.md
  bool alignment_exact = true;  // false when `changes` come from a cost-bounded pass (counts stay exact)
  std::vector<Change> changes;  // in order of position, moves last
};

const char* to_string(ChangeKind kind);

}  // namespace sk::measure
