// The interning table against a std::map on many short keys: keys of up to 8 bytes are compared by their
// packed bytes, longer ones byte by byte, and both must tell every pair of distinct keys apart.
#include "measure/vocabulary.h"

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <string>

TEST_CASE("Vocabulary numbers keys of every length in order of first appearance") {
  std::mt19937 rng(8);
  sk::measure::Vocabulary vocab;
  std::map<std::string, uint32_t> reference;
  // A text to hold keys, so that the one-load tail path (readable buffer) is taken too.
  std::string text;
  for (int round = 0; round < 50000; ++round) {
    std::string key;
    const size_t n = rng() % 20;
    for (size_t i = 0; i < n; ++i) key.push_back("ab\0\xff"[rng() % 4]);
    const auto [it, added] = reference.emplace(key, static_cast<uint32_t>(reference.size()));
    const size_t at = text.size();
    text += key;
    const std::string_view in_text = std::string_view(text).substr(at, n);
    const uint32_t id = round % 2 == 0 ? vocab.intern(key) : vocab.intern(in_text, text.data());
    CAPTURE(round, key.size());
    REQUIRE(id == it->second);
    REQUIRE(vocab.size() == reference.size());
    REQUIRE(vocab.key(id) == key);
    (void)added;
  }
}
