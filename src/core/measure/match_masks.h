// Where each word of the old text occurs, as bit masks over its positions, built on demand per word.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace sk::measure {

// For bit-parallel LCS: the match mask of a word id over positions of `a`, restricted to 64-bit blocks
// [first_block, last_block]. Frequent words keep a full mask (within a memory cap); rare ones are set into a
// scratch mask and cleared again. Windows must move forward: first_block never decreases between calls.
class MatchMasks {
 public:
  MatchMasks(std::span<const uint32_t> a, uint32_t alphabet, std::span<const uint32_t> b);

  size_t blocks() const { return blocks_; }
  size_t occurrences(uint32_t id) const { return start_[id + 1] - start_[id]; }

  // The mask for `id`, valid for blocks [first_block, last_block] until release(); nullptr when `id` does not
  // occur in that window.
  const uint64_t* acquire(uint32_t id, size_t first_block, size_t last_block);
  void release();

 private:
  size_t blocks_;
  std::vector<uint32_t> start_;       // CSR offsets into positions_, per id
  std::vector<uint32_t> positions_;   // positions of each id in a, increasing
  std::vector<uint32_t> cursor_;      // first position not yet passed, per id (windows only move forward)
  std::vector<int32_t> dense_index_;  // index into dense_, or -1
  std::vector<uint64_t> dense_;
  std::vector<uint64_t> scratch_;
  std::vector<uint32_t> scratch_set_;  // positions set in scratch_
};

}  // namespace sk::measure
