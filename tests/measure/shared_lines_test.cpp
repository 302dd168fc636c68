// The line-reusing tokeniser must give exactly what tokenising each text and interning them gives: the same
// words at the same offsets and the same ids, on random pairs of texts built from awkward lines (CRLF, lone
// CR, U+2028, no final newline, lines NFC changes, folded letters, '_', ICU-only scripts), small and large.
#include "measure/shared_lines.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "common/error.h"
#include "measure/compare.h"
#include "text/tokenizer.h"

namespace {

using Spans = std::vector<std::pair<uint32_t, uint32_t>>;

Spans spans(const sk::text::Document& doc) {
  Spans out;
  for (const auto& w : doc.words) out.emplace_back(w.offset, w.length);
  return out;
}

// Lines a revision might hold; most end with "\n", some with "\r\n", a lone "\r" or U+2028 inside.
const std::vector<std::string> kPool = {
    "The spring catalogue opens with our new line of linen shirts.\n",
    "It's 3.14 o'clock, e.g. 1,000,000; rock'n'roll co-op me@site.ro a:b\n",
    "\n",
    "   \t \n",
    "Windows line ending here.\r\n",
    "old Mac line\rstill the same line\n",
    "a line separator\xE2\x80\xA8inside one line\n",
    "\xC8\x98tiin\xC8\x9B\xC4\x83 \xC8\x99i \xC8\x9B"
    "ar\xC4\x83: \xC3\xAEnc\xC4\x83 o dat\xC4\x83.\n",
    "\xC5\x9E"
    "coala noastr\xC4\x83 \xC3\xAE\xC5\x9Fi \xC3\xAEncepe anul.\n",  // cedillas, folded
    "client\xE2\x80\x99s word and client's word\n",                  // typographic apostrophe
    "cafe\xCC\x81 and caf\xC3\xA9\n",                                // NFC composes the first
    "snake_case key_value __init__\n",
    "\xEC\x95\x88\xEB\x85\x95\xED\x95\x98\xEC\x84\xB8\xEC\x9A\x94, \xEA\xB3\xA0\xEA\xB0\x9D\xEB\x8B\x98!\n",
    "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAE\xE5\xA4\xA9\xE6\xB0\x97\n",
    "Brand \xEB\xB8\x8C\xEB\x9E\x9C\xEB\x93\x9C marc\xC4\x83 2026 \xF0\x9F\x8D\xB5 tea\n",
    "short\n",
    "x\n",
    "the\n",
};

std::string random_line(std::mt19937& rng, bool ascii_only) {
  if (rng() % 4 == 0) {  // a fresh line, rarely shared
    std::string s;
    const size_t words = rng() % 12;
    for (size_t i = 0; i < words; ++i) {
      s += 'w';
      s += std::to_string(rng() % 50);
      s += i + 1 < words ? (rng() % 5 == 0 ? ", " : " ") : ".";
    }
    return s + "\n";
  }
  for (;;) {
    const std::string& line = kPool[rng() % kPool.size()];
    bool ascii = true;
    for (unsigned char c : line) ascii = ascii && c < 0x80;
    if (ascii || !ascii_only) return line;
  }
}

std::vector<std::string> random_lines(std::mt19937& rng, size_t count, bool ascii_only) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < count; ++i) lines.push_back(random_line(rng, ascii_only));
  return lines;
}

std::vector<std::string> edited(std::mt19937& rng, std::vector<std::string> lines, bool ascii_only) {
  const size_t edits = lines.empty() ? 3 : rng() % (1 + lines.size() / 3);
  for (size_t e = 0; e < edits; ++e) {
    const size_t at = lines.empty() ? 0 : rng() % lines.size();
    switch (rng() % 4) {
      case 0:
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), random_line(rng, ascii_only));
        break;
      case 1:
        if (!lines.empty()) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(at));
        break;
      case 2:
        if (!lines.empty()) lines[at] = random_line(rng, ascii_only);
        break;
      default:
        if (!lines.empty()) lines[at].insert(0, "edited ");  // same line with one more word
        break;
    }
  }
  return lines;
}

std::string join(const std::vector<std::string>& lines, bool final_newline) {
  std::string s;
  for (const auto& line : lines) s += line;
  if (!final_newline && !s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

void check_pair(const std::string& old_text, const std::string& new_text) {
  const sk::text::Document a = sk::text::tokenize(old_text), b = sk::text::tokenize(new_text);
  const sk::measure::TokenIds expected = sk::measure::intern(a, b);
  sk::text::Document pa = sk::text::prepare(old_text), pb = sk::text::prepare(new_text);
  REQUIRE(pa.words.empty());
  const sk::measure::TokenIds got = sk::measure::segment_and_intern(pa, pb);
  REQUIRE(pa.text == a.text);
  REQUIRE(pb.text == b.text);
  REQUIRE(pa.ascii == a.ascii);
  REQUIRE(pb.ascii == b.ascii);
  REQUIRE(spans(pa) == spans(a));
  REQUIRE(spans(pb) == spans(b));
  REQUIRE(got.older == expected.older);
  REQUIRE(got.newer == expected.newer);
  REQUIRE(got.alphabet == expected.alphabet);
}

}  // namespace

TEST_CASE("segment_and_intern gives tokenize's words and intern's ids on random texts") {
  std::mt19937 rng(20261124);
  for (int round = 0; round < 1500; ++round) {
    const bool ascii_old = round % 5 == 0, ascii_new = round % 7 == 0;
    const std::vector<std::string> old_lines = random_lines(rng, rng() % 30, ascii_old);
    const std::vector<std::string> new_lines =
        round % 11 == 0 ? random_lines(rng, rng() % 30, ascii_new) : edited(rng, old_lines, ascii_new);
    const std::string old_text = join(old_lines, rng() % 3 != 0);
    const std::string new_text = join(new_lines, rng() % 3 != 0);
    CAPTURE(round, old_text, new_text);
    check_pair(old_text, new_text);
  }
}

TEST_CASE("segment_and_intern on large texts split between threads and blocks") {
  std::mt19937 rng(77);
  for (int round = 0; round < 6; ++round) {
    const bool ascii = round % 2 == 0;
    const std::vector<std::string> old_lines = random_lines(rng, 3000 + rng() % 6000, ascii);
    std::vector<std::string> new_lines = edited(rng, old_lines, ascii && round != 2);
    if (round == 4) new_lines.insert(new_lines.begin(), old_lines.begin(), old_lines.end());  // text doubled
    CAPTURE(round, old_lines.size(), new_lines.size());
    check_pair(join(old_lines, true), join(new_lines, round % 3 != 0));
  }
  // One long line: nothing to split, nothing shared.
  std::string long_line;
  for (int i = 0; i < 40000; ++i) long_line += "word" + std::to_string(i % 700) + (i % 9 == 0 ? ". " : " ");
  check_pair(long_line, long_line + " and one more");
  check_pair("", long_line);
  check_pair(long_line, "");
  check_pair("", "");
}

TEST_CASE("compare_prepared gives the counts and changes of compare") {
  std::mt19937 rng(5);
  for (int round = 0; round < 200; ++round) {
    const std::vector<std::string> old_lines = random_lines(rng, rng() % 40, round % 2 == 0);
    const std::string old_text = join(old_lines, true);
    const std::string new_text = join(edited(rng, old_lines, false), round % 3 != 0);
    const sk::measure::Comparison expected =
        sk::measure::compare(sk::text::tokenize(old_text), sk::text::tokenize(new_text));
    sk::text::Document a = sk::text::prepare(old_text), b = sk::text::prepare(new_text);
    const sk::measure::Comparison got = sk::measure::compare_prepared(a, b);
    CAPTURE(round, old_text, new_text);
    REQUIRE(spans(a) == spans(sk::text::tokenize(old_text)));  // the words were assembled meanwhile
    REQUIRE(spans(b) == spans(sk::text::tokenize(new_text)));
    REQUIRE(got.kept == expected.kept);
    REQUIRE(got.old_words == expected.old_words);
    REQUIRE(got.new_words == expected.new_words);
    REQUIRE(got.moved_words == expected.moved_words);
    REQUIRE(got.alignment_exact == expected.alignment_exact);
    REQUIRE(got.changes.size() == expected.changes.size());
    for (size_t i = 0; i < got.changes.size(); ++i) {
      REQUIRE(got.changes[i].kind == expected.changes[i].kind);
      REQUIRE(got.changes[i].old_start == expected.changes[i].old_start);
      REQUIRE(got.changes[i].new_end == expected.changes[i].new_end);
    }
  }
}

TEST_CASE("prepare refuses what tokenize refuses, with the same message") {
  const std::string shared = "a line both versions share\n";
  for (const std::string& bad : {shared + "bad \xC3\x28 byte\n", "\xEF\xBB\xBF" + shared + "\xFF\n"}) {
    std::string expected;
    try {
      sk::text::tokenize(bad);
    } catch (const sk::Error& e) {
      expected = e.message();
    }
    REQUIRE_FALSE(expected.empty());
    CHECK_THROWS_WITH(sk::text::prepare(bad), expected);
  }
}
