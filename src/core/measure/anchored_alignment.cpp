// Anchored alignment; see anchored_alignment.h.
#include "measure/anchored_alignment.h"

#include <algorithm>
#include <vector>

#include "measure/exact_alignment.h"

namespace sk::measure {

namespace {

struct Range {
  size_t a_lo, a_hi, b_lo, b_hi;
};

class Aligner {
 public:
  Aligner(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet)
      : a_(a), b_(b), stamp_(alphabet, 0), count_a_(alphabet), count_b_(alphabet), pos_a_(alphabet) {
    budget_ = 64 * (a.size() + b.size()) + (size_t{1} << 24);
  }

  Alignment run() {
    align(Range{0, a_.size(), 0, b_.size()}, 0);
    return std::move(out_);
  }

 private:
  void align(Range r, int depth) {
    // Common prefix and suffix are kept as they are.
    size_t pre = 0;
    while (r.a_lo + pre < r.a_hi && r.b_lo + pre < r.b_hi && a_[r.a_lo + pre] == b_[r.b_lo + pre]) ++pre;
    add_run(out_, r.a_lo, r.b_lo, pre);
    r.a_lo += pre;
    r.b_lo += pre;
    size_t suf = 0;
    while (r.a_hi - suf > r.a_lo && r.b_hi - suf > r.b_lo && a_[r.a_hi - suf - 1] == b_[r.b_hi - suf - 1])
      ++suf;
    const Run suffix{r.a_hi - suf, r.b_hi - suf, suf};
    r.a_hi -= suf;
    r.b_hi -= suf;

    const size_t na = r.a_hi - r.a_lo, nb = r.b_hi - r.b_lo;
    if (na > 0 && nb > 0) {
      work_ += na + nb;
      if (na * nb <= kSmall) {
        align_exactly(a_.subspan(r.a_lo, na), b_.subspan(r.b_lo, nb), r.a_lo, r.b_lo, out_);
      } else if (work_ <= budget_ && depth < 200) {
        split(r, depth);
      }
    }
    add_run(out_, suffix.old_start, suffix.new_start, suffix.length);
  }

  // Finds anchors in the range and aligns the gaps between them.
  void split(const Range& r, int depth) {
    ++generation_;
    for (size_t i = r.a_lo; i < r.a_hi; ++i) {
      touch(a_[i]);
      ++count_a_[a_[i]];
      pos_a_[a_[i]] = static_cast<uint32_t>(i);
    }
    for (size_t j = r.b_lo; j < r.b_hi; ++j) {
      touch(b_[j]);
      ++count_b_[b_[j]];
    }

    std::vector<Run> pairs;  // candidate anchors (length 1), in order of b
    for (size_t j = r.b_lo; j < r.b_hi; ++j) {
      const uint32_t id = b_[j];
      if (count_a_[id] == 1 && count_b_[id] == 1) pairs.push_back(Run{pos_a_[id], j, 1});
    }
    if (pairs.empty()) pairs = rarest_common(r);
    const size_t na = r.a_hi - r.a_lo, nb = r.b_hi - r.b_lo;
    if (pairs.empty()) return;  // nothing in common: LCS of the range is 0
    if (na * nb <= kExactAlignmentCells && pairs.size() * 64 < std::min(na, nb)) {
      align_exactly(a_.subspan(r.a_lo, na), b_.subspan(r.b_lo, nb), r.a_lo, r.b_lo, out_);
      return;
    }
    const std::vector<Run> anchors = increasing(pairs);
    size_t a_lo = r.a_lo, b_lo = r.b_lo;
    for (const Run& anchor : anchors) {
      align(Range{a_lo, anchor.old_start, b_lo, anchor.new_start}, depth + 1);
      add_match(out_, anchor.old_start, anchor.new_start);
      a_lo = anchor.old_start + 1;
      b_lo = anchor.new_start + 1;
    }
    align(Range{a_lo, r.a_hi, b_lo, r.b_hi}, depth + 1);
  }

  // The k-th occurrences of the least frequent word common to both sides, paired in order.
  std::vector<Run> rarest_common(const Range& r) {
    uint32_t best = UINT32_MAX;
    size_t best_count = SIZE_MAX;
    for (size_t j = r.b_lo; j < r.b_hi; ++j) {
      const uint32_t id = b_[j];
      const size_t c = static_cast<size_t>(count_a_[id]) + count_b_[id];
      if (count_a_[id] > 0 && c < best_count) {
        best = id;
        best_count = c;
      }
    }
    std::vector<Run> pairs;
    if (best == UINT32_MAX) return pairs;
    size_t i = r.a_lo;
    for (size_t j = r.b_lo; j < r.b_hi; ++j) {
      if (b_[j] != best) continue;
      while (i < r.a_hi && a_[i] != best) ++i;
      if (i == r.a_hi) break;
      pairs.push_back(Run{i++, j, 1});
    }
    return pairs;
  }

  // Longest chain of pairs increasing in both positions (pairs come sorted by new_start).
  static std::vector<Run> increasing(const std::vector<Run>& pairs) {
    std::vector<size_t> tails;  // index of the pair ending the best chain of each length
    std::vector<size_t> parent(pairs.size(), SIZE_MAX);
    for (size_t k = 0; k < pairs.size(); ++k) {
      const auto pos = std::lower_bound(tails.begin(), tails.end(), pairs[k].old_start,
                                        [&](size_t t, size_t v) { return pairs[t].old_start < v; });
      if (pos != tails.begin()) parent[k] = *(pos - 1);
      if (pos == tails.end()) {
        tails.push_back(k);
      } else {
        *pos = k;
      }
    }
    std::vector<Run> chain;
    for (size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = parent[k])
      chain.push_back(pairs[k]);
    std::reverse(chain.begin(), chain.end());
    return chain;
  }

  void touch(uint32_t id) {
    if (stamp_[id] != generation_) {
      stamp_[id] = generation_;
      count_a_[id] = 0;
      count_b_[id] = 0;
    }
  }

  static constexpr size_t kSmall = 1u << 14;  // cells below which a gap is aligned exactly at once

  std::span<const uint32_t> a_, b_;
  std::vector<uint32_t> stamp_, count_a_, count_b_, pos_a_;
  uint32_t generation_ = 0;
  size_t work_ = 0, budget_ = 0;
  Alignment out_;
};

}  // namespace

Alignment align_anchored(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet) {
  return Aligner(a, b, alphabet).run();
}

}  // namespace sk::measure
