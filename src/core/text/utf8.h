// UTF-8 checks that report where input goes wrong, for error messages a person can act on.
#pragma once

#include <cstddef>
#include <string_view>

namespace sk::text {

// The byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are malformed), or npos when all is well.
size_t find_invalid_utf8(std::string_view bytes);

// True when every byte is below 0x80.
bool is_ascii(std::string_view bytes);

}  // namespace sk::text
