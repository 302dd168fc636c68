// Match masks for bit-parallel LCS; see match_masks.h.
#include "measure/match_masks.h"

#include <algorithm>

namespace sk::measure {

namespace {
constexpr size_t kDenseBudgetBytes = 16u << 20;
}

MatchIndex::MatchIndex(std::span<const uint32_t> a, uint32_t alphabet, std::span<const uint32_t> b)
    : blocks_((a.size() + 63) / 64), start_(alphabet + 1, 0), dense_index_(alphabet, -1) {
  for (uint32_t id : a) ++start_[id + 1];
  for (size_t i = 1; i < start_.size(); ++i) start_[i] += start_[i - 1];
  positions_.resize(a.size());
  std::vector<uint32_t> fill(start_.begin(), start_.end() - 1);
  for (size_t i = 0; i < a.size(); ++i) positions_[fill[a[i]]++] = static_cast<uint32_t>(i);

  // Words that occur often in `a` and appear in `b` get a full mask: cheaper than setting bits every time.
  std::vector<uint32_t> in_b(alphabet, 0);
  for (uint32_t id : b) ++in_b[id];
  std::vector<uint32_t> frequent;
  for (uint32_t id = 0; id < alphabet; ++id) {
    if (in_b[id] >= 2 && occurrences(id) * 8 >= blocks_ && occurrences(id) >= 16) frequent.push_back(id);
  }
  std::sort(frequent.begin(), frequent.end(),
            [&](uint32_t x, uint32_t y) { return occurrences(x) * in_b[x] > occurrences(y) * in_b[y]; });
  const size_t max_dense = blocks_ == 0 ? 0 : kDenseBudgetBytes / (blocks_ * 8);
  if (frequent.size() > max_dense) frequent.resize(max_dense);
  dense_.assign(frequent.size() * blocks_, 0);
  for (size_t k = 0; k < frequent.size(); ++k) {
    const uint32_t id = frequent[k];
    dense_index_[id] = static_cast<int32_t>(k);
    uint64_t* mask = dense_.data() + k * blocks_;
    for (uint32_t p = start_[id]; p < start_[id + 1]; ++p)
      mask[positions_[p] / 64] |= 1ULL << (positions_[p] % 64);
  }
}

MaskWindow::MaskWindow(const MatchIndex& index)
    : index_(index), cursor_(index.start_.begin(), index.start_.end() - 1), scratch_(index.blocks_, 0) {}

const uint64_t* MaskWindow::acquire(uint32_t id, size_t first_block, size_t last_block) {
  if (index_.dense_index_[id] >= 0) {
    return index_.dense_.data() + static_cast<size_t>(index_.dense_index_[id]) * index_.blocks_;
  }
  const auto lo = static_cast<uint32_t>(first_block * 64);
  const uint64_t hi = static_cast<uint64_t>(last_block) * 64 + 63;
  const std::vector<uint32_t>& positions = index_.positions_;
  uint32_t p = cursor_[id];
  const uint32_t end = index_.start_[id + 1];
  while (p < end && positions[p] < lo) ++p;
  cursor_[id] = p;
  if (p == end || positions[p] > hi) return nullptr;
  for (; p < end && positions[p] <= hi; ++p) {
    const uint32_t pos = positions[p];
    scratch_[pos / 64] |= 1ULL << (pos % 64);
    scratch_set_.push_back(pos);
  }
  return scratch_.data();
}

void MaskWindow::release() {
  for (uint32_t pos : scratch_set_) scratch_[pos / 64] = 0;
  scratch_set_.clear();
}

}  // namespace sk::measure
