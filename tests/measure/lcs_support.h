// Test helpers for the measuring engine: a brute-force LCS and random sequences.
#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "measure/alignment.h"

namespace sk::test {

// The textbook O(n*m) dynamic programme: the reference every fast path is checked against.
inline size_t brute_force_lcs(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

inline std::vector<uint32_t> random_ids(std::mt19937& rng, size_t length, uint32_t alphabet) {
  std::vector<uint32_t> out(length);
  for (auto& x : out) x = static_cast<uint32_t>(rng() % alphabet);
  return out;
}

// A copy of `a` with `edits` random substitutions, insertions and deletions.
inline std::vector<uint32_t> edited(std::mt19937& rng, std::vector<uint32_t> a, size_t edits,
                                    uint32_t alphabet) {
  for (size_t e = 0; e < edits; ++e) {
    const size_t at = a.empty() ? 0 : rng() % (a.size() + 1);
    switch (rng() % 3) {
      case 0:
        if (at < a.size()) a[at] = static_cast<uint32_t>(rng() % alphabet);
        break;
      case 1:
        a.insert(a.begin() + static_cast<std::ptrdiff_t>(at), static_cast<uint32_t>(rng() % alphabet));
        break;
      default:
        if (at < a.size()) a.erase(a.begin() + static_cast<std::ptrdiff_t>(at));
    }
  }
  return a;
}

// True when `alignment` pairs only equal ids, in strictly increasing order on both sides.
inline bool valid_alignment(const measure::Alignment& alignment, const std::vector<uint32_t>& a,
                            const std::vector<uint32_t>& b) {
  size_t next_old = 0, next_new = 0;
  for (const auto& r : alignment) {
    if (r.length == 0 || r.old_start < next_old || r.new_start < next_new) return false;
    if (r.old_start + r.length > a.size() || r.new_start + r.length > b.size()) return false;
    for (size_t k = 0; k < r.length; ++k) {
      if (a[r.old_start + k] != b[r.new_start + k]) return false;
    }
    next_old = r.old_start + r.length;
    next_new = r.new_start + r.length;
  }
  return true;
}

}  // namespace sk::test
