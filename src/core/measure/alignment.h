// An alignment of two word sequences as runs of kept (matched) words.
#pragma once

#include <cstddef>
#include <vector>

namespace sk::measure {

// older[old_start + k] is kept as newer[new_start + k] for k < length.
struct Run {
  size_t old_start = 0;
  size_t new_start = 0;
  size_t length = 0;
};

// Runs in increasing order of both starts, non-overlapping.
using Alignment = std::vector<Run>;

// Appends one matched pair, merging it into the last run when it continues it.
void add_match(Alignment& alignment, size_t old_index, size_t new_index);
void add_run(Alignment& alignment, size_t old_start, size_t new_start, size_t length);

size_t kept_words(const Alignment& alignment);

}  // namespace sk::measure
