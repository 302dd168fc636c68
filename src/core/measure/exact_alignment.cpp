// Exact alignment by bit-parallel LCS and traceback; see exact_alignment.h.
//
// Column j of the matrix is the bit vector V_j (bit i set when L[i+1][j] == L[i][j]). Tracing back from
// (n, m): equal words are always a match on some optimal path (L[i][j] = L[i-1][j-1] + 1); otherwise a set
// bit says L[i-1][j] == L[i][j] (step up: a deleted word), a clear one that the value came from the left (an
// inserted word).
#include "measure/exact_alignment.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "measure/lcs_step.h"

namespace sk::measure {

void align_exactly(std::span<const uint32_t> a, std::span<const uint32_t> b, size_t a_base, size_t b_base,
                   Alignment& out) {
  const size_t n = a.size(), m = b.size();
  if (n == 0 || m == 0) return;
  const size_t blocks = (n + 63) / 64;

  std::unordered_map<uint32_t, std::vector<uint32_t>> where;  // positions of each word of a
  for (size_t i = 0; i < n; ++i) where[a[i]].push_back(static_cast<uint32_t>(i));

  std::vector<uint64_t> matrix((m + 1) * blocks);
  std::fill(matrix.begin(), matrix.begin() + static_cast<std::ptrdiff_t>(blocks), ~0ULL);
  std::vector<uint64_t> pm(blocks, 0);
  for (size_t j = 1; j <= m; ++j) {
    const uint64_t* prev = matrix.data() + (j - 1) * blocks;
    uint64_t* cur = matrix.data() + j * blocks;
    const auto hit = where.find(b[j - 1]);
    if (hit == where.end()) {
      std::copy(prev, prev + blocks, cur);
      continue;
    }
    for (uint32_t pos : hit->second) pm[pos / 64] |= 1ULL << (pos % 64);
    uint64_t carry = 0;
    for (size_t w = 0; w < blocks; ++w) cur[w] = lcs_step(prev[w], pm[w], carry);
    for (uint32_t pos : hit->second) pm[pos / 64] = 0;
  }

  // Trace back, collecting matches from the end.
  std::vector<std::pair<size_t, size_t>> matches;
  size_t i = n, j = m;
  while (i > 0 && j > 0) {
    if (a[i - 1] == b[j - 1]) {
      matches.emplace_back(i - 1, j - 1);
      --i;
      --j;
    } else if ((matrix[j * blocks + (i - 1) / 64] >> ((i - 1) % 64)) & 1) {
      --i;
    } else {
      --j;
    }
  }
  for (auto it = matches.rbegin(); it != matches.rend(); ++it)
    add_match(out, a_base + it->first, b_base + it->second);
}

}  // namespace sk::measure
