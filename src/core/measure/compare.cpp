// The engine's entry point: intern, align, count exactly, describe the changes. See compare.h and
// docs/measuring.md.
#include "measure/compare.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <optional>

#include "measure/alignment.h"
#include "measure/anchored_alignment.h"
#include "measure/exact_alignment.h"
#include "measure/interner.h"
#include "measure/lcs_length.h"
#include "measure/moves.h"
#include "measure/myers_distance.h"
#include "measure/shared_lines.h"

namespace sk::measure {

namespace {

// Delete, insert and replace changes from the gaps between the runs of an alignment.
std::vector<Change> edits(const Alignment& alignment, size_t n, size_t m) {
  std::vector<Change> out;
  size_t i = 0, j = 0;
  auto gap = [&](size_t old_end, size_t new_end) {
    if (old_end == i && new_end == j) return;
    const ChangeKind kind =
        old_end == i ? ChangeKind::kInsert : (new_end == j ? ChangeKind::kDelete : ChangeKind::kReplace);
    out.push_back(Change{kind, i, old_end, j, new_end});
  };
  for (const Run& r : alignment) {
    gap(r.old_start, r.new_start);
    i = r.old_start + r.length;
    j = r.new_start + r.length;
  }
  gap(n, m);
  return out;
}

// Myers' bidirectional search finds the exact cost of scattered edits in about cost^2 / 4 steps; it runs
// beside the anchored alignment and gives up after a budget proportional to the input, leaving heavy rewrites
// to the banded bit-parallel count (about m * cost / 64 steps).
std::optional<size_t> myers_within_budget(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  const size_t budget = 24 * (a.size() + b.size()) + (size_t{1} << 20);
  // A cost this large could not be reached within the budget anyway; it bounds the memory of the search.
  const auto max_cost = static_cast<size_t>(std::sqrt(2.0 * static_cast<double>(budget))) + 1;
  return myers_distance(a, b, max_cost, budget);
}

}  // namespace

double changed_share(size_t old_words, size_t deleted, size_t inserted) {
  if (old_words == 0) return inserted > 0 ? 1.0 : 0.0;
  return static_cast<double>(std::max(deleted, inserted)) / static_cast<double>(old_words);
}

Comparison compare(const text::Document& older, const text::Document& newer) {
  return compare(intern(older, newer));
}

Comparison compare_prepared(text::Document& older, text::Document& newer) {
  SegmentedPair pair = segment_pair(older, newer);
  return compare(pair.ids(), [&] { pair.assemble_words(); });
}

Comparison compare(const TokenIds& ids, const std::function<void()>& meanwhile) {
  const std::span<const uint32_t> a(ids.older), b(ids.newer);
  const size_t n = a.size(), m = b.size();

  // The common prefix and suffix are on every optimal alignment; only the middle needs work.
  size_t pre = 0;
  while (pre < n && pre < m && a[pre] == b[pre]) ++pre;
  size_t suf = 0;
  while (suf < n - pre && suf < m - pre && a[n - 1 - suf] == b[m - 1 - suf]) ++suf;
  const auto mid_a = a.subspan(pre, n - pre - suf);
  const auto mid_b = b.subspan(pre, m - pre - suf);

  auto myers = std::async(std::launch::async, [&] { return myers_within_budget(mid_a, mid_b); });
  Alignment middle = align_anchored(mid_a, mid_b, ids.alphabet);
  if (meanwhile) meanwhile();
  const std::optional<size_t> cost = myers.get();
  const size_t heuristic = kept_words(middle);
  size_t exact = heuristic;
  if (cost) {
    exact = (mid_a.size() + mid_b.size() - *cost) / 2;
  } else if (heuristic < std::min(mid_a.size(), mid_b.size())) {
    exact = lcs_length(mid_a, mid_b, ids.alphabet, mid_a.size() + mid_b.size() - 2 * heuristic);
  }
  if (exact > heuristic) {
    if (mid_a.size() * mid_b.size() <= kExactAlignmentCells) {
      middle.clear();
      align_exactly(mid_a, mid_b, 0, 0, middle);
    }
  }

  Alignment alignment;
  add_run(alignment, 0, 0, pre);
  for (const Run& r : middle) add_run(alignment, r.old_start + pre, r.new_start + pre, r.length);
  add_run(alignment, n - suf, m - suf, suf);

  Comparison c;
  c.old_words = n;
  c.new_words = m;
  c.kept = pre + suf + exact;
  c.deleted = n - c.kept;
  c.inserted = m - c.kept;
  c.changed_share = changed_share(n, c.deleted, c.inserted);
  c.alignment_exact = kept_words(alignment) == c.kept;
  c.changes = edits(alignment, n, m);
  std::vector<Change> moves = find_moves(a, b, alignment);
  for (const Change& mv : moves) c.moved_words += mv.old_end - mv.old_start;
  c.changes.insert(c.changes.end(), moves.begin(), moves.end());
  return c;
}

}  // namespace sk::measure
