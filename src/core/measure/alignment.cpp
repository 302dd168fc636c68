// Building alignments run by run; see alignment.h.
#include "measure/alignment.h"

namespace sk::measure {

void add_run(Alignment& alignment, size_t old_start, size_t new_start, size_t length) {
  if (length == 0) return;
  if (!alignment.empty()) {
    Run& last = alignment.back();
    if (last.old_start + last.length == old_start && last.new_start + last.length == new_start) {
      last.length += length;
      return;
    }
  }
  alignment.push_back(Run{old_start, new_start, length});
}

void add_match(Alignment& alignment, size_t old_index, size_t new_index) {
  add_run(alignment, old_index, new_index, 1);
}

size_t kept_words(const Alignment& alignment) {
  size_t kept = 0;
  for (const Run& r : alignment) kept += r.length;
  return kept;
}

}  // namespace sk::measure
