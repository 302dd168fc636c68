// UTF-8 validation with the offset of the first bad byte, and the ASCII test; see utf8.h. Runs of ASCII are
// skipped 16 bytes at a time with SSE2 (baseline x86-64), 8 at a time with a 64-bit word elsewhere.
#include "text/utf8.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sk::text {

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

bool ascii_block(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return (v & kHighBits) == 0;
}

// The number of ASCII bytes at the start of s[0, n), looking at whole blocks only: the result is a multiple
// of the block size and may stop short of the first non-ASCII byte by less than a block.
size_t ascii_prefix(const unsigned char* s, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    if (_mm_movemask_epi8(v) != 0) return i;
  }
#endif
  for (; i + 8 <= n; i += 8) {
    if (!ascii_block(s + i)) return i;
  }
  return i;
}

bool continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

}  // namespace

Utf8Check check_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  bool ascii = true;
  size_t i = 0;
  while (i < n) {
    i += ascii_prefix(s + i, n - i);
    if (i == n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    ascii = false;
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return Utf8Check{i, false};
    }
    if (i + 1 >= n || s[i + 1] < lo || s[i + 1] > hi) return Utf8Check{i, false};
    for (size_t k = 2; k < len; ++k) {
      if (i + k >= n || !continuation(s[i + k])) return Utf8Check{i, false};
    }
    i += len;
  }
  return Utf8Check{std::string_view::npos, ascii};
}

bool is_ascii(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  for (size_t i = ascii_prefix(s, n); i < n; ++i) {
    if (s[i] >= 0x80) return false;
  }
  return true;
}

}  // namespace sk::text
