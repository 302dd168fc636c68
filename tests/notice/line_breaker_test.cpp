// Wrapping: Korean at spaces (어절, like CSS word-break: keep-all), Latin at spaces, and a piece wider than
// a line cut between code points.
#include "notice/line_breaker.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace sk::notice {
namespace {

// One unit per code point: a monospaced stand-in for the PDF font.
double code_points(std::string_view text) {
  double n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  size_t from = 0;
  while (from < text.size()) {
    size_t end = text.find(' ', from);
    if (end == std::string::npos) end = text.size();
    if (end > from) words.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  return words;
}

TEST_CASE("Korean wraps between 어절, never inside one, and joins back to the text", "[notice][wrap]") {
  const std::string text =
      "이번 수정은 계약에 포함된 마지막 회차이며, 원고 전체의 4%를 바꾸어 한 회차 한도인 30% 안에 "
      "들어옵니다. 이번 변경은 원고 전체의 33%로, 한도인 30%를 3%p 넘습니다(부록 참고)는 "
      "들어옵니다. 782단어 중 31단어가 삭제되거나 바뀌었습니다. 감사합니다.";
  LineBreaker breaker("ko");
  for (double width : {8.0, 12.0, 17.0, 25.0, 40.0}) {
    CAPTURE(width);
    const std::vector<std::string> lines = breaker.wrap(text, width, code_points);
    REQUIRE(lines.size() > 1);
    std::vector<std::string> rejoined;
    for (const std::string& line : lines) {
      CHECK(code_points(line) <= width);
      for (const std::string& word : words_of(line)) rejoined.push_back(word);
    }
    // Every 어절 of the text is whole on one line (none is wider than 8 code points here).
    CHECK(rejoined == words_of(text));
  }
}

TEST_CASE("a 어절 wider than a line is cut, and Latin text wraps at spaces", "[notice][wrap]") {
  LineBreaker korean("ko");
  const std::vector<std::string> cut = korean.wrap("가나다라마바사아자차카타파하", 5, code_points);
  CHECK(cut == std::vector<std::string>{"가나다라마", "바사아자차", "카타파하"});

  LineBreaker english("en");
  const std::vector<std::string> lines =
      english.wrap("Compared word by word with the previous version", 16, code_points);
  CHECK(lines == std::vector<std::string>{"Compared word by", "word with the", "previous version"});
}

}  // namespace
}  // namespace sk::notice
