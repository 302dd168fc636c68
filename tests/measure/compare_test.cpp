// The engine end to end on real text: counts, share, edges, folding, and changes that rebuild the revision.
#include "measure/compare.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "lcs_support.h"
#include "text/tokenizer.h"

namespace {

sk::measure::Comparison measure(const std::string& older, const std::string& newer) {
  return sk::measure::compare(sk::text::tokenize(older), sk::text::tokenize(newer));
}

std::vector<std::string> words_of(const sk::text::Document& doc) {
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.words.size(); ++i) out.emplace_back(doc.word(i));
  return out;
}

// Applies the delete/insert/replace changes (moves edit nothing) to the old words.
std::vector<std::string> apply(const sk::measure::Comparison& c, const std::vector<std::string>& older,
                               const std::vector<std::string>& newer) {
  std::vector<std::string> out;
  size_t i = 0;
  for (const auto& ch : c.changes) {
    if (ch.kind == sk::measure::ChangeKind::kMove) continue;
    while (i < ch.old_start) out.push_back(older[i++]);
    for (size_t j = ch.new_start; j < ch.new_end; ++j) out.push_back(newer[j]);
    i = ch.old_end;
  }
  while (i < older.size()) out.push_back(older[i++]);
  return out;
}

std::string join(const std::vector<uint32_t>& ids) {
  std::string s;
  for (size_t k = 0; k < ids.size(); ++k) s += (k % 9 == 8 ? ". w" : " w") + std::to_string(ids[k]);
  return s;
}

}  // namespace

TEST_CASE("Edges: empty, identical, single word") {
  auto both_empty = measure("", "  ...  ");
  CHECK(both_empty.changed_share == 0.0);
  CHECK(both_empty.changes.empty());

  auto from_nothing = measure("", "A new text");
  CHECK(from_nothing.inserted == 3);
  CHECK(from_nothing.changed_share == 1.0);

  auto to_nothing = measure("All of this goes", "");
  CHECK(to_nothing.deleted == 4);
  CHECK(to_nothing.changed_share == 1.0);

  auto same = measure("The same text, twice.", "The same text, twice.");
  CHECK(same.kept == 4);
  CHECK(same.changed_share == 0.0);
  CHECK(same.changes.empty());

  auto one = measure("one", "two");
  CHECK(one.kept == 0);
  CHECK(one.changed_share == 1.0);
  REQUIRE(one.changes.size() == 1);
  CHECK(one.changes[0].kind == sk::measure::ChangeKind::kReplace);
}

TEST_CASE("A one-word change in a sentence") {
  auto c = measure("The spring catalogue opens with our new line.",
                   "The spring catalogue opens with their new line.");
  CHECK(c.old_words == 8);
  CHECK(c.kept == 7);
  CHECK(c.deleted == 1);
  CHECK(c.inserted == 1);
  CHECK(c.changed_share == Approx(1.0 / 8));
  REQUIRE(c.changes.size() == 1);
  CHECK(c.changes[0].old_start == 5);
  CHECK(c.changes[0].old_end == 6);
}

TEST_CASE("The share is max(deleted, inserted) / old words and is not capped at 1") {
  auto c = measure("two words", "ten entirely different words were written here instead of those");
  CHECK(c.kept == 1);  // "words"
  CHECK(c.inserted == 9);
  CHECK(c.changed_share == Approx(9.0 / 2));
}

TEST_CASE("Swapping cedilla and comma-below forms, or apostrophe styles, changes nothing") {
  auto ro = measure("Şcoala ţării îşi începe anul.", "Școala țării își începe anul.");
  CHECK(ro.changed_share == 0.0);
  CHECK(ro.changes.empty());
  auto en = measure("Don't worry, it's fine.", "Don\xE2\x80\x99t worry, it\xE2\x80\x99s fine.");
  CHECK(en.changed_share == 0.0);
}

TEST_CASE("Korean revision: counted by words") {
  auto c = measure("고객님의 피드백에 감사드립니다. 수정본을 보내 드립니다.",
                   "고객님의 소중한 피드백에 감사드립니다. 수정본을 보내 드립니다.");
  CHECK(c.old_words == 6);
  CHECK(c.inserted == 1);
  CHECK(c.deleted == 0);
  CHECK(c.changed_share == Approx(1.0 / 6));
}

TEST_CASE("Applying the changes to the old words gives the new words, and counts are exact") {
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    const uint32_t alphabet = 2 + rng() % 40;
    auto a = sk::test::random_ids(rng, rng() % 400, alphabet);
    auto b = round % 3 == 0 ? sk::test::random_ids(rng, rng() % 400, alphabet)
                            : sk::test::edited(rng, a, rng() % 60, alphabet);
    const auto older = sk::text::tokenize(join(a));
    const auto newer = sk::text::tokenize(join(b));
    const auto c = sk::measure::compare(older, newer);
    CAPTURE(round);
    REQUIRE(c.kept == sk::test::brute_force_lcs(a, b));
    REQUIRE(c.deleted == a.size() - c.kept);
    REQUIRE(c.inserted == b.size() - c.kept);
    REQUIRE(apply(c, words_of(older), words_of(newer)) == words_of(newer));
    REQUIRE(c.alignment_exact);
  }
}

TEST_CASE("Heavy rewrites of long texts still count exactly") {
  std::mt19937 rng(8);
  for (int round = 0; round < 6; ++round) {
    const uint32_t alphabet = 3 + rng() % 30;
    auto a = sk::test::random_ids(rng, 2000 + rng() % 3000, alphabet);
    auto b = sk::test::random_ids(rng, 2000 + rng() % 3000, alphabet);
    const auto c = sk::measure::compare(sk::text::tokenize(join(a)), sk::text::tokenize(join(b)));
    REQUIRE(c.kept == sk::test::brute_force_lcs(a, b));
  }
}
