// UTF-8 checks that report where input goes wrong, for error messages a person can act on.
#pragma once

#include <cstddef>
#include <string_view>

namespace sk::text {

// What one pass over a buffer found: the offset of the first malformed byte (npos when the buffer is
// well-formed UTF-8) and, for a well-formed buffer, whether every byte is below 0x80.
struct Utf8Check {
  size_t invalid_at;
  bool ascii;
};

// Validates and tells ASCII apart in one pass (SSE2 skips 16 ASCII bytes at a time), so that an importer
// that checked its text can hand both answers on instead of having them computed again.
Utf8Check check_utf8(std::string_view bytes);

// The byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are malformed), or npos when all is well.
inline size_t find_invalid_utf8(std::string_view bytes) {
  return check_utf8(bytes).invalid_at;
}

// True when every byte is below 0x80.
bool is_ascii(std::string_view bytes);

}  // namespace sk::text
