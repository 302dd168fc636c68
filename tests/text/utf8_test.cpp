// UTF-8 validation: table of well-formed and malformed inputs with the offset of the first bad byte.
#include "text/utf8.h"

#include <catch2/catch.hpp>
#include <string>

using sk::text::find_invalid_utf8;

TEST_CASE("find_invalid_utf8 accepts well-formed text") {
  for (const char* ok : {"", "plain ascii", "Știință și țară", "합니다체로 씁니다",
                         "emoji \xF0\x9F\x8D\xB5 tea", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF"}) {
    CAPTURE(ok);
    CHECK(find_invalid_utf8(ok) == std::string_view::npos);
  }
}

TEST_CASE("find_invalid_utf8 names the first bad byte") {
  struct Case {
    std::string bytes;
    size_t offset;
  };
  const Case cases[] = {
      {"abc\x80", 3},                    // lone continuation byte
      {"ab\xC3", 2},                     // truncated two-byte sequence
      {"\xC0\xAF", 0},                   // overlong '/'
      {"x\xE0\x80\xAF", 1},              // overlong three-byte form
      {"ok \xED\xA0\x80", 3},            // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},           // above U+10FFFF
      {"\xF5\x80\x80\x80", 0},           // invalid lead byte
      {"12345678901234567890\xFF", 20},  // after the 8-byte ASCII fast loop
      {"\xC8\x99\xC8", 2},               // ș then a truncated sequence
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    CHECK(find_invalid_utf8(c.bytes) == c.offset);
  }
}
