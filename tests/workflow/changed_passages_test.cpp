// The evidence passages: nearby changes merged into one passage shown in its sentence, moves shown as moves.
#include "workflow/changed_passages.h"

#include <catch2/catch.hpp>

#include <string>

#include "measure/compare.h"
#include "text/tokenizer.h"

namespace sk::workflow {
namespace {

using notice::PassageKind;
using notice::Segment;

// The redline as one string: [-removed-] {+added+} <moved> kept.
std::string shown(const notice::Passage& passage) {
  std::string out;
  for (const Segment& s : passage.redline) {
    switch (s.kind) {
      case Segment::Kind::kKept:
        out += s.text;
        break;
      case Segment::Kind::kDeleted:
        out += "[-" + s.text + "-]";
        break;
      case Segment::Kind::kInserted:
        out += "{+" + s.text + "+}";
        break;
      case Segment::Kind::kMoved:
        out += "<" + s.text + ">";
        break;
    }
  }
  return out;
}

TEST_CASE("workflow: nearby changes are one passage, shown in their sentence with context") {
  const auto older = text::tokenize(
      "The catalogue opens with our spring range of light fabrics for warm days. Prices stay the same as "
      "last "
      "year for every item in the range. Delivery is free on all orders over fifty euros.");
  const auto newer = text::tokenize(
      "The catalogue opens with our new spring line of breathable linen for warm days. Prices stay the same "
      "as "
      "last year for every item in the range. Delivery is free on all orders over sixty euros.");
  const measure::Comparison comparison = measure::compare(older, newer);
  const std::vector<notice::Passage> passages = changed_passages(older, newer, comparison);
  REQUIRE(passages.size() == 2);  // the first sentence's three changes are one passage; the price is another
  CHECK(shown(passages[0]) ==
        "The catalogue opens with our {+new +}spring [-range -]{+line +}of [-light fabrics -]{+breathable "
        "linen +}"
        "for warm days. Prices stay the …");
  CHECK(passages[0].kind == PassageKind::kReplace);
  CHECK(passages[0].weight == 7);  // range, light, fabrics removed; new, line, breathable, linen added
  CHECK(shown(passages[1]) == "… is free on all orders over [-fifty -]{+sixty +}euros.");
  CHECK(passages[1].old_text == "fifty");
  CHECK(passages[1].new_text == "sixty");
}

TEST_CASE("workflow: a moved sentence is shown as moved, not as removed and added") {
  const std::string intro = "Our studio writes copy for brands that care about their words. ";
  const std::string middle = "Every project starts with a conversation about audience and tone. ";
  const std::string end = "We deliver drafts on time and revise them within the agreed rounds.";
  const auto older = text::tokenize(intro + middle + end);
  const auto newer = text::tokenize(middle + end + " " + intro);
  const std::vector<notice::Passage> passages =
      changed_passages(older, newer, measure::compare(older, newer));
  REQUIRE(passages.size() == 1);
  CHECK(passages[0].kind == PassageKind::kMove);
  CHECK(shown(passages[0]) == "<Our studio writes copy for brands that care about their words.>");
  CHECK(passages[0].weight == 11);
}

}  // namespace
}  // namespace sk::workflow
