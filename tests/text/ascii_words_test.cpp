// The ASCII fast path must find exactly the words ICU finds: checked on many random strings.
#include "text/ascii_words.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "text/icu_words.h"

namespace {

std::vector<std::pair<uint32_t, uint32_t>> spans(const std::vector<sk::text::Word>& words) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const auto& w : words) out.emplace_back(w.offset, w.length);
  return out;
}

// The fast path as it was first written, byte by byte from the rules: the reference for the block-wise
// scanner.
std::vector<sk::text::Word> reference_words(std::string_view text, uint32_t base) {
  auto cls = [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return 1;  // letter
    if (c >= '0' && c <= '9') return 2;                                          // digit
    if (c == '.' || c == '\'') return 4;                                         // MidNumLet
    if (c == ',' || c == ';') return 8;                                          // MidNum
    return 0;
  };
  std::vector<sk::text::Word> out;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* p = begin;
  for (;;) {
    while (p < end && (cls(*p) & 3) == 0) ++p;
    if (p == end) return out;
    const char* const start = p++;
    for (;;) {
      while (p < end && (cls(*p) & 3) != 0) ++p;
      if (end - p < 2) break;
      const int prev = cls(p[-1]), mid = cls(p[0]), next = cls(p[1]);
      const bool letters = prev == 1 && next == 1 && mid == 4;
      const bool digits = prev == 2 && next == 2 && (mid & 12) != 0;
      if (!letters && !digits) break;
      p += 2;
    }
    out.push_back(
        sk::text::Word{base + static_cast<uint32_t>(start - begin), static_cast<uint32_t>(p - start)});
  }
}

}  // namespace

TEST_CASE("ascii fast path reads 64-byte blocks as the byte-by-byte rules do") {
  // Long strings, so that words and joiners straddle block edges; mostly word bytes, so that words are long.
  const std::string alphabet = "abcdeXYZ0123456789@.'.',;  \n-:!";
  std::mt19937 rng(64);
  sk::text::IcuWordBreaker icu;
  for (int round = 0; round < 5000; ++round) {
    const size_t len = rng() % 400;
    std::string s;
    for (size_t i = 0; i < len; ++i) s.push_back(alphabet[rng() % alphabet.size()]);
    if (round % 3 == 0) {  // runs of one class, to get words of 60-200 bytes
      for (size_t i = 0; i < len; ++i) s[i] = rng() % 50 == 0 ? ' ' : "a1"[round % 2];
    }
    const auto base = static_cast<uint32_t>(rng() % 1000);
    std::vector<sk::text::Word> fast;
    sk::text::ascii_words(s, base, fast);
    CAPTURE(s);
    REQUIRE(spans(fast) == spans(reference_words(s, base)));
    if (round % 10 == 0) {
      std::vector<sk::text::Word> reference;
      icu.words(s, base, reference);
      REQUIRE(spans(fast) == spans(reference));
    }
  }
}

TEST_CASE("ascii fast path finds ICU's words on random ASCII text") {
  // Letters, digits and every punctuation class the fast path handles, weighted towards the joiners.
  const std::string alphabet = "aZk09 .',;.':@-!?\"()\t\n\r/#$%&*+=<>[]{}|~`^\\";
  std::mt19937 rng(20261123);
  sk::text::IcuWordBreaker icu;
  for (int round = 0; round < 20000; ++round) {
    const size_t len = 1 + rng() % 24;
    std::string s;
    for (size_t i = 0; i < len; ++i) s.push_back(alphabet[rng() % alphabet.size()]);
    std::vector<sk::text::Word> fast, reference;
    sk::text::ascii_words(s, 0, fast);
    icu.words(s, 0, reference);
    CAPTURE(s);
    REQUIRE(spans(fast) == spans(reference));
  }
}

TEST_CASE("ascii fast path joins words the way UAX 29 does") {
  std::vector<sk::text::Word> words;
  const std::string s = "It's 3.14, e.g. 1,000,000; rock'n'roll co-op x.y 4.a me@site.ro a:b";
  sk::text::ascii_words(s, 10, words);
  std::vector<std::string> got;
  for (const auto& w : words) got.push_back(s.substr(w.offset - 10, w.length));
  CHECK(got == std::vector<std::string>{"It's", "3.14", "e.g", "1,000,000", "rock'n'roll", "co", "op", "x.y",
                                        "4", "a", "me@site.ro", "a", "b"});
}
