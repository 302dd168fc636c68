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

// check_utf8 skips ASCII 16 bytes at a time: a bad or non-ASCII byte at every offset around the block edges
// must be found exactly where a byte-by-byte reading finds it.
TEST_CASE("check_utf8 finds bad and non-ASCII bytes at every offset of a block") {
  using sk::text::check_utf8;
  using sk::text::is_ascii;
  for (size_t len = 0; len < 70; ++len) {
    const std::string ascii(len, 'a');
    CHECK(check_utf8(ascii).invalid_at == std::string_view::npos);
    CHECK(check_utf8(ascii).ascii);
    CHECK(is_ascii(ascii));
    for (size_t at = 0; at < len; ++at) {
      CAPTURE(len, at);
      std::string bad = ascii;
      bad[at] = '\xFF';
      CHECK(check_utf8(bad).invalid_at == at);
      CHECK_FALSE(is_ascii(bad));
      std::string high = ascii;
      high[at] = '\x7F';
      CHECK(check_utf8(high).ascii);
      if (at + 2 <= len) {
        std::string two = ascii;
        two[at] = '\xC3';
        two[at + 1] = '\xA9';
        CHECK(check_utf8(two).invalid_at == std::string_view::npos);
        CHECK_FALSE(check_utf8(two).ascii);
        CHECK_FALSE(is_ascii(two));
        two.resize(at + 1);  // truncated
        CHECK(check_utf8(two).invalid_at == at);
      }
    }
  }
}
