// The exact LCS count and the alignments against a brute-force dynamic programme on thousands of pairs.
#include <catch2/catch.hpp>

#include "lcs_support.h"
#include "measure/anchored_alignment.h"
#include "measure/exact_alignment.h"
#include "measure/lcs_length.h"
#include "measure/myers_distance.h"

using sk::measure::Alignment;
using sk::test::brute_force_lcs;

TEST_CASE("lcs_length equals the brute-force LCS on random small pairs, with and without a band") {
  std::mt19937 rng(7);
  for (int round = 0; round < 4000; ++round) {
    const uint32_t alphabet = 1 + rng() % 8;
    auto a = sk::test::random_ids(rng, rng() % 140, alphabet);
    auto b = (round % 2 == 0) ? sk::test::edited(rng, a, rng() % 12, alphabet)
                              : sk::test::random_ids(rng, rng() % 140, alphabet);
    const size_t expected = brute_force_lcs(a, b);
    const size_t cost = a.size() + b.size() - 2 * expected;
    CAPTURE(round, a.size(), b.size(), alphabet, expected);
    REQUIRE(sk::measure::lcs_length(a, b, alphabet) == expected);
    // The tightest band that still holds an optimal path, and a looser one.
    REQUIRE(sk::measure::lcs_length(a, b, alphabet, cost) == expected);
    REQUIRE(sk::measure::lcs_length(a, b, alphabet, cost + rng() % 9) == expected);
  }
}

TEST_CASE("lcs_length never overstates the LCS when the band is too narrow") {
  std::mt19937 rng(11);
  for (int round = 0; round < 500; ++round) {
    auto a = sk::test::random_ids(rng, 50 + rng() % 200, 4);
    auto b = sk::test::random_ids(rng, 50 + rng() % 200, 4);
    const size_t expected = brute_force_lcs(a, b);
    REQUIRE(sk::measure::lcs_length(a, b, 4, rng() % 40) <= expected);
  }
}

TEST_CASE("lcs_length is exact across many 64-bit blocks with a moving band") {
  std::mt19937 rng(3);
  for (int round = 0; round < 30; ++round) {
    const uint32_t alphabet = 2 + rng() % 300;
    auto a = sk::test::random_ids(rng, 500 + rng() % 2500, alphabet);
    auto b = sk::test::edited(rng, a, 1 + rng() % 400, alphabet);
    const size_t expected = brute_force_lcs(a, b);
    CAPTURE(round, a.size(), b.size(), alphabet);
    REQUIRE(sk::measure::lcs_length(a, b, alphabet, a.size() + b.size() - 2 * expected) == expected);
    REQUIRE(sk::measure::lcs_length(a, b, alphabet) == expected);
  }
}

TEST_CASE("lcs_length on two threads equals the brute-force LCS") {
  std::mt19937 rng(17);
  for (int round = 0; round < 40; ++round) {
    const uint32_t alphabet = 2 + rng() % 400;
    auto a = sk::test::random_ids(rng, 520 + rng() % 2500, alphabet);
    auto b = round % 2 == 0 ? sk::test::edited(rng, a, 1 + rng() % 600, alphabet)
                            : sk::test::random_ids(rng, 1 + rng() % 3000, alphabet);
    const size_t expected = brute_force_lcs(a, b);
    const size_t cost = a.size() + b.size() - 2 * expected;
    CAPTURE(round, a.size(), b.size(), alphabet);
    REQUIRE(sk::measure::lcs_length(a, b, alphabet, SIZE_MAX, 0) == expected);
    REQUIRE(sk::measure::lcs_length(a, b, alphabet, cost, 0) == expected);
    REQUIRE(sk::measure::lcs_length(a, b, alphabet, cost + rng() % 100, 0) == expected);
  }
}

TEST_CASE("align_exactly returns an optimal, valid alignment") {
  std::mt19937 rng(5);
  for (int round = 0; round < 2000; ++round) {
    const uint32_t alphabet = 1 + rng() % 10;
    auto a = sk::test::random_ids(rng, rng() % 150, alphabet);
    auto b = sk::test::edited(rng, a, rng() % 30, alphabet);
    Alignment alignment;
    sk::measure::align_exactly(a, b, 0, 0, alignment);
    CAPTURE(round);
    REQUIRE(sk::test::valid_alignment(alignment, a, b));
    REQUIRE(sk::measure::kept_words(alignment) == brute_force_lcs(a, b));
  }
}

TEST_CASE("align_anchored returns a valid alignment, never longer than the LCS") {
  std::mt19937 rng(9);
  for (int round = 0; round < 300; ++round) {
    const uint32_t alphabet = 2 + rng() % 2000;
    auto a = sk::test::random_ids(rng, rng() % 3000, alphabet);
    auto b = sk::test::edited(rng, a, rng() % 300, alphabet);
    const Alignment alignment = sk::measure::align_anchored(a, b, alphabet);
    CAPTURE(round, a.size(), b.size(), alphabet);
    REQUIRE(sk::test::valid_alignment(alignment, a, b));
    REQUIRE(sk::measure::kept_words(alignment) <= brute_force_lcs(a, b));
  }
}

// Periodic texts give as many anchor candidates as words (the path that keeps them compact, and skips the
// longest-chain search when the candidates are already in order); shuffled unique words take that search.
TEST_CASE("align_anchored on periodic and on reordered sequences") {
  for (const size_t n : {size_t{2}, size_t{3}, size_t{1001}, size_t{200000}}) {
    std::vector<uint32_t> a(n), b(n);
    for (size_t i = 0; i < n; ++i) {
      a[i] = static_cast<uint32_t>(i % 2);
      b[i] = static_cast<uint32_t>((i + 1) % 2);
    }
    const Alignment alignment = sk::measure::align_anchored(a, b, 2);
    CAPTURE(n);
    REQUIRE(sk::test::valid_alignment(alignment, a, b));
    CHECK(sk::measure::kept_words(alignment) == n - 1);
  }
  std::mt19937 rng(12);
  for (int round = 0; round < 100; ++round) {
    const size_t n = 1 + rng() % 400;
    std::vector<uint32_t> a(n);
    for (size_t i = 0; i < n; ++i) a[i] = static_cast<uint32_t>(i);
    std::vector<uint32_t> b = a;
    for (size_t swaps = rng() % 20; swaps > 0; --swaps) std::swap(b[rng() % n], b[rng() % n]);
    const Alignment alignment = sk::measure::align_anchored(a, b, static_cast<uint32_t>(n));
    CAPTURE(round, n);
    REQUIRE(sk::test::valid_alignment(alignment, a, b));
    REQUIRE(sk::measure::kept_words(alignment) ==
            brute_force_lcs(a, b));  // unique words: anchors are the LCS
  }
}

TEST_CASE("myers_distance gives the exact edit cost, or nothing past its limits") {
  std::mt19937 rng(13);
  for (int round = 0; round < 3000; ++round) {
    const uint32_t alphabet = 1 + rng() % 12;
    auto a = sk::test::random_ids(rng, rng() % 120, alphabet);
    auto b = round % 3 == 0 ? sk::test::random_ids(rng, rng() % 120, alphabet)
                            : sk::test::edited(rng, a, rng() % 20, alphabet);
    const size_t cost = a.size() + b.size() - 2 * brute_force_lcs(a, b);
    CAPTURE(round, a.size(), b.size(), cost);
    REQUIRE(sk::measure::myers_distance(a, b, cost + rng() % 5, SIZE_MAX) == cost);
    REQUIRE(sk::measure::myers_distance(a, b, a.size() + b.size(), SIZE_MAX) == cost);
    if (cost > 0) REQUIRE_FALSE(sk::measure::myers_distance(a, b, cost - 1, SIZE_MAX).has_value());
    const auto capped = sk::measure::myers_distance(a, b, cost, 3);
    REQUIRE((!capped.has_value() || *capped == cost));
  }
}
