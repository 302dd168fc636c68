// The ASCII fast path must find exactly the words ICU finds: checked on many random strings.
#include "text/ascii_words.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "text/icu_words.h"

namespace {

std::vector<std::pair<uint32_t, uint32_t>> spans(const std::vector<sk::text::Word>& words) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const auto& w : words) out.emplace_back(w.offset, w.length);
  return out;
}

}  // namespace

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
