// One-line text checks; see one_line_text.h.
#include "common/one_line_text.h"

#include <cstdint>
#include <cstdio>

namespace sk {

namespace {

std::string code_point_name(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

// Decodes the code point at `i`, advancing it; false for a malformed sequence (overlong forms, surrogates
// and values above U+10FFFF included).
bool next_code_point(std::string_view text, std::size_t& i, char32_t& c) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  int length = 0;
  char32_t min = 0;
  if (lead < 0x80) {
    c = lead;
    ++i;
    return true;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, min = 0x80, c = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, min = 0x800, c = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, min = 0x10000, c = lead & 0x07;
  } else {
    return false;
  }
  if (i + static_cast<std::size_t>(length) > text.size()) return false;
  for (int k = 1; k < length; ++k) {
    const unsigned char next = byte(i + static_cast<std::size_t>(k));
    if ((next & 0xC0) != 0x80) return false;
    c = (c << 6) | (next & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
  i += static_cast<std::size_t>(length);
  return true;
}

}  // namespace

std::string one_line_text_problem(std::string_view text) {
  std::size_t i = 0;
  for (int character = 1; i < text.size(); ++character) {
    const std::size_t at = i;
    char32_t c = 0;
    if (!next_code_point(text, i, c)) {
      char buffer[96];
      std::snprintf(buffer, sizeof buffer, "is not valid UTF-8 text (byte 0x%02X at byte %zu)",
                    static_cast<unsigned>(static_cast<unsigned char>(text[at])), at + 1);
      return buffer;
    }
    if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
      return "has a line break; it must be one line";
    }
    const std::string where = " at character " + std::to_string(character);
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
      return "contains a control character (" + code_point_name(c) + ")" + where;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return "contains an invisible text-direction control (" + code_point_name(c) + ")" + where;
    }
  }
  return {};
}

bool looks_like_email(std::string_view email) {
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos)
    return false;
  const std::string_view domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  return email.find_first_of(" \t,;<>\"") == std::string_view::npos;
}

}  // namespace sk
