// UTF-8 validation with the offset of the first bad byte; see utf8.h.
#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace sk::text {

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

bool ascii_block(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return (v & kHighBits) == 0;
}

bool continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

}  // namespace

size_t find_invalid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && ascii_block(s + i)) {
      i += 8;
      continue;
    }
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
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
      return i;
    }
    if (i + 1 >= n || s[i + 1] < lo || s[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if (i + k >= n || !continuation(s[i + k])) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

bool is_ascii(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    if (!ascii_block(s + i)) return false;
  }
  for (; i < n; ++i) {
    if (s[i] >= 0x80) return false;
  }
  return true;
}

}  // namespace sk::text
