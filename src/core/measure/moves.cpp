// Move detection over the unaligned passages; see moves.h.
#include "measure/moves.h"

#include <algorithm>

namespace sk::measure {

namespace {

struct Gap {
  size_t start, end;
};

// The unaligned stretches of one side: before, between and after the runs.
std::vector<Gap> gaps(const Alignment& alignment, size_t length, bool old_side) {
  std::vector<Gap> out;
  size_t pos = 0;
  for (const Run& r : alignment) {
    const size_t start = old_side ? r.old_start : r.new_start;
    if (start > pos) out.push_back(Gap{pos, start});
    pos = start + r.length;
  }
  if (length > pos) out.push_back(Gap{pos, length});
  return out;
}

uint64_t window_hash(std::span<const uint32_t> s, size_t at) {
  uint64_t h = 0x243F6A8885A308D3ULL;
  for (size_t k = 0; k < kMinMoveWords; ++k) h = (h ^ s[at + k]) * 0x100000001B3ULL + (h >> 29);
  return h;
}

struct Window {
  uint64_t hash;
  uint32_t start;  // in b
  uint32_t gap_end;
  bool operator<(const Window& o) const { return hash < o.hash || (hash == o.hash && start < o.start); }
};

}  // namespace

std::vector<Change> find_moves(std::span<const uint32_t> a, std::span<const uint32_t> b,
                               const Alignment& alignment) {
  std::vector<Change> moves;
  std::vector<Window> index;
  for (const Gap& g : gaps(alignment, b.size(), false)) {
    for (size_t t = g.start; t + kMinMoveWords <= g.end; ++t) {
      index.push_back(Window{window_hash(b, t), static_cast<uint32_t>(t), static_cast<uint32_t>(g.end)});
    }
  }
  if (index.empty()) return moves;
  std::sort(index.begin(), index.end());
  std::vector<bool> used(b.size(), false);
  constexpr size_t kMaxCandidates = 16;

  for (const Gap& g : gaps(alignment, a.size(), true)) {
    size_t p = g.start;
    while (p + kMinMoveWords <= g.end) {
      const uint64_t h = window_hash(a, p);
      auto it = std::lower_bound(index.begin(), index.end(), Window{h, 0, 0});
      size_t best_len = 0, best_start = 0;
      for (size_t tried = 0; it != index.end() && it->hash == h && tried < kMaxCandidates; ++it, ++tried) {
        size_t len = 0;
        while (p + len < g.end && it->start + len < it->gap_end && !used[it->start + len] &&
               a[p + len] == b[it->start + len]) {
          ++len;
        }
        if (len > best_len) {
          best_len = len;
          best_start = it->start;
        }
      }
      if (best_len >= kMinMoveWords) {
        moves.push_back(Change{ChangeKind::kMove, p, p + best_len, best_start, best_start + best_len});
        std::fill(used.begin() + static_cast<std::ptrdiff_t>(best_start),
                  used.begin() + static_cast<std::ptrdiff_t>(best_start + best_len), true);
        p += best_len;
      } else {
        ++p;
      }
    }
  }
  return moves;
}

}  // namespace sk::measure
