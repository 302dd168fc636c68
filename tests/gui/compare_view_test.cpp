// Tests of the Compare view model (src/gui/model/compare_view.h): both layouts give back the exact texts,
// passages and moves are marked, long unchanged stretches collapse.
#include "model/compare_view.h"

#include <catch2/catch.hpp>
#include <string>

#include "measure/compare.h"
#include "text/tokenizer.h"

namespace {

using sk::gui::model::build_compare_view;
using sk::gui::model::CompareOptions;
using sk::gui::model::CompareView;
using sk::gui::model::Mark;
using sk::gui::model::Piece;
using sk::gui::model::Row;
using sk::gui::model::RowKind;

struct Pair {
  sk::text::Document older, newer;
  CompareView view;
};

Pair view_of(const std::string& a, const std::string& b, const CompareOptions& options = {}) {
  Pair p{sk::text::tokenize(a), sk::text::tokenize(b), {}};
  p.view = build_compare_view(p.older, p.newer, sk::measure::compare(p.older, p.newer), options);
  return p;
}

std::string old_side(const CompareView& v) {
  std::string s;
  for (const Row& row : v.rows)
    for (const Piece& piece : row.old_side) s += piece.text;
  return s;
}

std::string new_side(const CompareView& v) {
  std::string s;
  for (const Row& row : v.rows)
    for (const Piece& piece : row.new_side) s += piece.text;
  return s;
}

std::string inline_new(const CompareView& v) {
  std::string s;
  for (const Piece& piece : v.inline_pieces)
    if (piece.mark != Mark::kDeleted && piece.mark != Mark::kMovedAway) s += piece.text;
  return s;
}

// What a person reads in the inline layout, with [-deleted-] and {+inserted+} as wdiff shows them.
std::string inline_shown(const CompareView& v) {
  std::string s;
  for (const Piece& piece : v.inline_pieces) {
    if (piece.space_before) s += ' ';
    switch (piece.mark) {
      case Mark::kDeleted:
        s += "[-" + piece.text + "-]";
        break;
      case Mark::kInserted:
        s += "{+" + piece.text + "+}";
        break;
      case Mark::kMovedAway:
        s += "[>" + piece.text + "<]";
        break;
      case Mark::kMovedHere:
        s += "{>" + piece.text + "<}";
        break;
      case Mark::kCollapsed:
        s += "(" + std::to_string(piece.words) + ")";
        break;
      case Mark::kKept:
        s += piece.text;
        break;
    }
  }
  return s;
}

std::string words(const std::string& stem, int count) {
  std::string s;
  for (int i = 0; i < count; ++i) s += (i ? " " : "") + stem + std::to_string(i);
  return s;
}

void check_exact(const Pair& p) {
  CHECK(old_side(p.view) == p.older.text);
  CHECK(new_side(p.view) == p.newer.text);
  CHECK(inline_new(p.view) == p.newer.text);
}

}  // namespace

TEST_CASE("both layouts give back the exact texts", "[gui][compare_view]") {
  const char* cases[][2] = {
      {"The quick brown fox.", "The quick red fox."},
      {"The red fox", "The fox"},
      {"The fox", "The red fox"},
      {"Red fox jumps.", "fox jumps."},
      {"fox jumps.", "fox jumps high!"},
      {"  leading and trailing  \n", "\tleading, and trailing!\n\n"},
      {"", "brand new text"},
      {"all of it goes", ""},
      {"", ""},
      {"same words here", "same   words\nhere"},
      {"Broșură de primăvară pentru țară", "Broșură nouă de primăvară pentru țară"},
      {"브랜드 카피를 새롭게 다듬었습니다.", "브랜드 카피를 완전히 새롭게 다듬었습니다!"},
  };
  for (const auto& c : cases) {
    INFO("old: " << c[0] << "\nnew: " << c[1]);
    check_exact(view_of(c[0], c[1]));
  }
}

TEST_CASE("figures are the comparison's counts", "[gui][compare_view]") {
  const Pair p = view_of("The quick brown fox.", "The quick red fox.");
  CHECK(p.view.figures.old_words == 4);
  CHECK(p.view.figures.new_words == 4);
  CHECK(p.view.figures.kept == 3);
  CHECK(p.view.figures.deleted == 1);
  CHECK(p.view.figures.inserted == 1);
  CHECK(p.view.figures.changes.empty());
}

TEST_CASE("a replaced word is marked within its paragraph's row", "[gui][compare_view]") {
  const Pair p = view_of("The quick brown fox.", "The quick red fox.");
  REQUIRE(p.view.rows.size() == 1);
  const Row& row = p.view.rows[0];
  CHECK(row.kind == RowKind::kChanged);
  REQUIRE(row.old_side.size() == 3);
  REQUIRE(row.new_side.size() == 3);
  CHECK(row.old_side[0].mark == Mark::kKept);
  CHECK(row.old_side[0].text == "The quick ");
  CHECK(row.old_side[1].mark == Mark::kDeleted);
  CHECK(row.old_side[1].text == "brown");
  CHECK(row.new_side[1].mark == Mark::kInserted);
  CHECK(row.new_side[1].text == "red");
  CHECK(row.new_side[2].text == " fox.");
  CHECK(inline_shown(p.view) == "The quick [-brown-] {+red+} fox.");
}

TEST_CASE("rows follow the paragraphs both texts share", "[gui][compare_view]") {
  const Pair p = view_of("First para here.\n\nSecond one stays.\n\nThird is old.",
                         "First para here.\n\nSecond one stays.\n\nThird is new.");
  check_exact(p);
  REQUIRE(p.view.rows.size() == 3);
  CHECK(p.view.rows[0].kind == RowKind::kKept);
  CHECK(p.view.rows[0].old_side[0].text == "First para here.\n\n");
  CHECK(p.view.rows[1].kind == RowKind::kKept);
  CHECK(p.view.rows[2].kind == RowKind::kChanged);
}

TEST_CASE("inline deletions and insertions keep words apart", "[gui][compare_view]") {
  CHECK(inline_shown(view_of("The red fox", "The fox").view) == "The [-red-] fox");
  CHECK(inline_shown(view_of("The fox", "The red fox").view) == "The {+red+} fox");
  CHECK(inline_shown(view_of("Red fox jumps.", "fox jumps.").view) == "[-Red-] fox jumps.");
  CHECK(inline_shown(view_of("fox jumps", "fox jumps high").view) == "fox jumps {+high+}");
}

TEST_CASE("a paragraph break right after a passage ends the row", "[gui][compare_view]") {
  const Pair p =
      view_of("Keep this. Drop that.\n\nNext paragraph stays.", "Keep this.\n\nNext paragraph stays.");
  check_exact(p);
  REQUIRE(p.view.rows.size() == 2);
  CHECK(p.view.rows[0].kind == RowKind::kChanged);
  CHECK(p.view.rows[1].kind == RowKind::kKept);
  CHECK(p.view.rows[1].new_side[0].text == "Next paragraph stays.");
}

TEST_CASE("moved passages are marked on both sides", "[gui][compare_view]") {
  const std::string moved = "this whole sentence travels to the very end of the text";
  const std::string a = moved + ". " + words("stay", 20) + ".";
  const std::string b = words("stay", 20) + ". " + moved + ".";
  const Pair p = view_of(a, b, CompareOptions{100, 8});
  check_exact(p);
  REQUIRE(p.view.figures.moved_words >= 8);
  size_t away = 0, here = 0;
  for (const Row& row : p.view.rows) {
    for (const Piece& piece : row.old_side) away += piece.mark == Mark::kMovedAway ? piece.words : 0;
    for (const Piece& piece : row.new_side) here += piece.mark == Mark::kMovedHere ? piece.words : 0;
  }
  CHECK(away == p.view.figures.moved_words);
  CHECK(here == p.view.figures.moved_words);
}

TEST_CASE("long unchanged stretches collapse, keeping context", "[gui][compare_view]") {
  const std::string head = words("a", 300), tail = words("z", 200);
  const Pair p = view_of(head + " old " + tail, head + " new " + tail, CompareOptions{12, 8});
  check_exact(p);
  // Leading stretch: only its last 12 words shown; trailing stretch: only its first 12.
  REQUIRE(p.view.rows.size() == 3);
  CHECK(p.view.rows[0].kind == RowKind::kCollapsed);
  CHECK(p.view.rows[0].old_side[0].words == 288);
  const Row& middle = p.view.rows[1];
  CHECK(middle.kind == RowKind::kChanged);
  REQUIRE(middle.old_side.size() == 3);
  CHECK(middle.old_side[0].words == 12);
  CHECK(middle.old_side[1].text == "old");
  CHECK(middle.new_side[2].words == 12);
  CHECK(p.view.rows[2].kind == RowKind::kCollapsed);
  CHECK(p.view.rows[2].new_side[0].words == 188);
  CHECK(inline_shown(p.view).rfind("(288)", 0) == 0);
}

TEST_CASE("a stretch between two changes keeps context on both sides", "[gui][compare_view]") {
  const std::string middle = words("m", 100);
  const Pair p = view_of("one " + middle + " two", "uno " + middle + " dos", CompareOptions{10, 8});
  check_exact(p);
  REQUIRE(p.view.rows.size() == 3);  // changed + 10 kept, 80 collapsed, 10 kept + changed
  CHECK(p.view.rows[0].kind == RowKind::kChanged);
  CHECK(p.view.rows[1].kind == RowKind::kCollapsed);
  CHECK(p.view.rows[1].old_side[0].words == 80);
  CHECK(p.view.rows[2].kind == RowKind::kChanged);
}

TEST_CASE("identical texts collapse to one marker when long", "[gui][compare_view]") {
  const std::string text = words("w", 50);
  const Pair p = view_of(text, text);
  check_exact(p);
  REQUIRE(p.view.rows.size() == 1);
  CHECK(p.view.rows[0].kind == RowKind::kCollapsed);
  CHECK(p.view.rows[0].old_side[0].words == 50);
  const Pair short_one = view_of("a few words", "a few words");
  REQUIRE(short_one.view.rows.size() == 1);
  CHECK(short_one.view.rows[0].kind == RowKind::kKept);
}

TEST_CASE("figures are formatted like the CLI's", "[gui][compare_view]") {
  using sk::measure::share_percent;
  using sk::measure::with_thousands;
  CHECK(with_thousands(0) == "0");
  CHECK(with_thousands(999) == "999");
  CHECK(with_thousands(1240) == "1,240");
  CHECK(with_thousands(1234567) == "1,234,567");
  CHECK(share_percent(0.1667) == "16.7%");
  CHECK(share_percent(0.05) == "5.00%");
}
