// One 64-cell step of Hyyrö's bit-parallel LCS, shared by the counting and the aligning passes.
#pragma once

#include <cstdint>

namespace sk::measure {

// GCC and Clang on 64-bit targets turn a 128-bit sum into add-with-carry.
__extension__ typedef unsigned __int128 Uint128;

// Updates one block of the column vector: V' = (V + (V & M) + carry) | (V & ~M). Returns the new block and
// leaves the carry into the next block in `carry` (0 or 1).
inline uint64_t lcs_step(uint64_t v, uint64_t match, uint64_t& carry) {
  const uint64_t u = v & match;
  const Uint128 sum = static_cast<Uint128>(v) + u + carry;
  carry = static_cast<uint64_t>(sum >> 64);
  return static_cast<uint64_t>(sum) | (v - u);
}

}  // namespace sk::measure
