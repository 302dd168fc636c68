// Where each word of the old text occurs, as bit masks over its positions, built on demand per word.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace sk::measure {

// For bit-parallel LCS: the positions of every word id in `a` (read-only once built, shared by threads), with
// full masks for the words frequent in both texts (within a memory cap).
class MatchIndex {
 public:
  MatchIndex(std::span<const uint32_t> a, uint32_t alphabet, std::span<const uint32_t> b);

  size_t blocks() const { return blocks_; }
  size_t occurrences(uint32_t id) const { return start_[id + 1] - start_[id]; }

 private:
  friend class MaskWindow;
  size_t blocks_;
  std::vector<uint32_t> start_;       // CSR offsets into positions_, per id
  std::vector<uint32_t> positions_;   // positions of each id in a, increasing
  std::vector<int32_t> dense_index_;  // index into dense_, or -1
  std::vector<uint64_t> dense_;
};

// One thread's view: the mask of a word over blocks [first_block, last_block], valid until release().
// Rare words are set into a scratch mask and cleared again. Windows must move forward: first_block never
// decreases between calls.
class MaskWindow {
 public:
  explicit MaskWindow(const MatchIndex& index);

  // nullptr when `id` does not occur in the window.
  const uint64_t* acquire(uint32_t id, size_t first_block, size_t last_block);
  void release();
  // A mask with no bit set (for a column whose word does not occur, when a carry still comes in).
  const uint64_t* zeros() const { return scratch_.data(); }

 private:
  const MatchIndex& index_;
  std::vector<uint32_t> cursor_;  // first position not yet passed, per id
  std::vector<uint64_t> scratch_;
  std::vector<uint32_t> scratch_set_;  // positions set in scratch_
};

}  // namespace sk::measure
