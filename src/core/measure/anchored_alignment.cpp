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

// A candidate anchor: a[a] == b[b]. Eight bytes, not a 24-byte Run: a range of a periodic text can have as
// many candidates as words, and they are all held at once.
struct Pair {
  uint32_t a, b;
};

class Aligner {
 public:
  Aligner(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet)
      : a_(a), b_(b), words_(alphabet) {
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
      Word& w = touch(a_[i]);
      ++w.count_a;
      w.pos_a = static_cast<uint32_t>(i);
    }
    for (size_t j = r.b_lo; j < r.b_hi; ++j) ++touch(b_[j]).count_b;

    std::vector<Pair> pairs;  // candidate anchors, in order of b
    for (size_t j = r.b_lo; j < r.b_hi; ++j) {
      const Word& w = words_[b_[j]];
      if (w.count_a == 1 && w.count_b == 1) pairs.push_back(Pair{w.pos_a, static_cast<uint32_t>(j)});
    }
    if (pairs.empty()) pairs = rarest_common(r);
    const size_t na = r.a_hi - r.a_lo, nb = r.b_hi - r.b_lo;
    if (pairs.empty()) return;  // nothing in common: LCS of the range is 0
    if (na * nb <= kExactAlignmentCells && pairs.size() * 64 < std::min(na, nb)) {
      align_exactly(a_.subspan(r.a_lo, na), b_.subspan(r.b_lo, nb), r.a_lo, r.b_lo, out_);
      return;
    }
    // The candidates are freed before the gaps are aligned: the recursion holds only the chosen anchors.
    const std::vector<Pair> anchors = increasing(std::move(pairs));
    size_t a_lo = r.a_lo, b_lo = r.b_lo;
    for (const Pair& anchor : anchors) {
      align(Range{a_lo, anchor.a, b_lo, anchor.b}, depth + 1);
      add_match(out_, anchor.a, anchor.b);
      a_lo = anchor.a + size_t{1};
      b_lo = anchor.b + size_t{1};
    }
    align(Range{a_lo, r.a_hi, b_lo, r.b_hi}, depth + 1);
  }

  // The k-th occurrences of the least frequent word common to both sides, paired in order.
  std::vector<Pair> rarest_common(const Range& r) {
    uint32_t best = UINT32_MAX;
    size_t best_count = SIZE_MAX;
    for (size_t j = r.b_lo; j < r.b_hi; ++j) {
      const uint32_t id = b_[j];
      const size_t c = static_cast<size_t>(words_[id].count_a) + words_[id].count_b;
      if (words_[id].count_a > 0 && c < best_count) {
        best = id;
        best_count = c;
      }
    }
    std::vector<Pair> pairs;
    if (best == UINT32_MAX) return pairs;
    pairs.reserve(std::min(words_[best].count_a, words_[best].count_b));
    size_t i = r.a_lo;
    for (size_t j = r.b_lo; j < r.b_hi; ++j) {
      if (b_[j] != best) continue;
      while (i < r.a_hi && a_[i] != best) ++i;
      if (i == r.a_hi) break;
      pairs.push_back(Pair{static_cast<uint32_t>(i++), static_cast<uint32_t>(j)});
    }
    return pairs;
  }

  // Longest chain of pairs increasing in both positions (pairs come sorted by b); `pairs` is consumed.
  static std::vector<Pair> increasing(std::vector<Pair> pairs) {
    // Already increasing (always so for rarest_common's pairs): the chain is all of them.
    if (std::adjacent_find(pairs.begin(), pairs.end(),
                           [](const Pair& x, const Pair& y) { return x.a >= y.a; }) == pairs.end()) {
      return pairs;
    }
    constexpr uint32_t kNone = UINT32_MAX;
    std::vector<uint32_t> tails;  // index of the pair ending the best chain of each length
    tails.reserve(pairs.size());  // pages never reached cost nothing; doubling would hold two copies
    std::vector<uint32_t> parent(pairs.size(), kNone);
    for (size_t k = 0; k < pairs.size(); ++k) {
      const auto pos = std::lower_bound(tails.begin(), tails.end(), pairs[k].a,
                                        [&](uint32_t t, uint32_t v) { return pairs[t].a < v; });
      if (pos != tails.begin()) parent[k] = *(pos - 1);
      if (pos == tails.end()) {
        tails.push_back(static_cast<uint32_t>(k));
      } else {
        *pos = static_cast<uint32_t>(k);
      }
    }
    // The chain, compacted into `pairs` itself: its links are turned to point forwards, then each pair moves
    // to its index in the chain, never after where it was and after every earlier pair has moved.
    uint32_t head = tails.empty() ? kNone : tails.back();
    const size_t length = tails.size();
    tails = std::vector<uint32_t>();
    for (uint32_t next = kNone; head != kNone;) {
      const uint32_t before = parent[head];
      parent[head] = next;
      next = head;
      if (before == kNone) break;
      head = before;
    }
    size_t at = 0;
    for (uint32_t k = head; k != kNone; k = parent[k]) pairs[at++] = pairs[k];
    pairs.resize(length);
    return pairs;
  }

  // What split() counts of one word in the current range, kept together: one cache line per word read.
  struct Word {
    uint32_t stamp = 0;  // the generation the counts belong to
    uint32_t count_a = 0, count_b = 0;
    uint32_t pos_a = 0;  // its last position in a
  };

  Word& touch(uint32_t id) {
    Word& w = words_[id];
    if (w.stamp != generation_) w = Word{generation_, 0, 0, 0};
    return w;
  }

  static constexpr size_t kSmall = 1u << 14;  // cells below which a gap is aligned exactly at once

  std::span<const uint32_t> a_, b_;
  std::vector<Word> words_;  // by word id
  uint32_t generation_ = 0;
  size_t work_ = 0, budget_ = 0;
  Alignment out_;
};

}  // namespace

Alignment align_anchored(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet) {
  return Aligner(a, b, alphabet).run();
}

}  // namespace sk::measure
