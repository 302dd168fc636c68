// Moved passages: 8 or more words deleted in one place and inserted unchanged in another.
#include <catch2/catch.hpp>
#include <string>

#include "measure/compare.h"
#include "text/tokenizer.h"

namespace {

const std::string kIntro = "Our studio writes copy for brands that care about their words. ";
const std::string kMiddle = "Every project starts with a conversation about audience and tone. ";
const std::string kEnd = "We deliver drafts on time and revise them within the agreed rounds. ";

}  // namespace

TEST_CASE("A reordered sentence is reported as a move, not a rewrite") {
  const auto older = sk::text::tokenize(kIntro + kMiddle + kEnd);
  const auto newer = sk::text::tokenize(kMiddle + kEnd + kIntro);
  const auto c = sk::measure::compare(older, newer);
  CHECK(c.moved_words == 11);  // the intro sentence
  CHECK(c.deleted == 11);
  CHECK(c.inserted == 11);
  const auto& mv = c.changes.back();
  REQUIRE(mv.kind == sk::measure::ChangeKind::kMove);
  CHECK(older.span(mv.old_start, mv.old_end) == newer.span(mv.new_start, mv.new_end));
  CHECK(mv.old_start == 0);
  CHECK(mv.new_start == 22);
}

TEST_CASE("Fewer than 8 matching words are not a move") {
  const auto older = sk::text::tokenize("alpha beta gamma delta epsilon zeta eta. " + kMiddle + kEnd);
  const auto newer = sk::text::tokenize(kMiddle + kEnd + "alpha beta gamma delta epsilon zeta eta.");
  const auto c = sk::measure::compare(older, newer);
  CHECK(c.moved_words == 0);
  CHECK(c.deleted == 7);
}

TEST_CASE("A moved passage that was also edited is a move of its unchanged part") {
  const auto older = sk::text::tokenize(kIntro + kMiddle + kEnd);
  const auto newer =
      sk::text::tokenize(kMiddle + kEnd + "Our studio writes copy for brands that care about every word.");
  const auto c = sk::measure::compare(older, newer);
  CHECK(c.moved_words == 9);  // "Our studio writes copy for brands that care about"
}
