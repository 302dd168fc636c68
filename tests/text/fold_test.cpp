// Folding of Romanian cedilla letters and typographic apostrophes for comparison.
#include "text/fold.h"

#include <catch2/catch.hpp>
#include <string>

TEST_CASE("fold_word maps cedilla s/t to comma below and curly apostrophes to straight ones") {
  std::string out;
  REQUIRE(
      sk::text::fold_word("\xC5\x9F"
                          "coal\xC4\x83",
                          out));  // şcoală
  CHECK(out ==
        "\xC8\x99"
        "coal\xC4\x83");  // școală
  REQUIRE(
      sk::text::fold_word("\xC5\xA2"
                          "ar\xC4\x83"
                          "\xC5\xA3",
                          out));  // Ţarăţ
  CHECK(out ==
        "\xC8\x9A"
        "ar\xC4\x83"
        "\xC8\x9B");
  REQUIRE(sk::text::fold_word("don\xE2\x80\x99t", out));
  CHECK(out == "don't");
  REQUIRE(
      sk::text::fold_word("\xCA\xBC"
                          "a",
                          out));
  CHECK(out == "'a");
}

TEST_CASE("fold_word leaves other words alone") {
  std::string out = "untouched";
  CHECK_FALSE(sk::text::fold_word("Știință", out));
  CHECK_FALSE(sk::text::fold_word("Hello", out));
  CHECK_FALSE(sk::text::fold_word("합니다", out));
  CHECK_FALSE(sk::text::fold_word("\xE2\x82\xAC", out));  // € shares the E2 lead byte with the quotes
  CHECK(out == "untouched");
}
