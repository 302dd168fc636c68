// Tokenising real sentences in English, Korean, Romanian, mixed scripts and emoji; errors for bad UTF-8.
#include "text/tokenizer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "common/error.h"

namespace {

std::vector<std::string> words_of(std::string text) {
  const sk::text::Document doc = sk::text::tokenize(std::move(text));
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.words.size(); ++i) out.emplace_back(doc.word(i));
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("English words, contractions and numbers") {
  CHECK(words_of("Hello, world! It's 3.14 o'clock -- isn't it?") ==
        Words{"Hello", "world", "It's", "3.14", "o'clock", "isn't", "it"});
  CHECK(words_of("  \n\t ").empty());
  CHECK(words_of("").empty());
  CHECK(words_of("snake_case and key:value") == Words{"snake_case", "and", "key", "value"});
}

TEST_CASE("Korean words split at spaces, punctuation is not a word") {
  CHECK(words_of("안녕하세요, 고객님! 수정 요청을 확인했습니다.") ==
        Words{"안녕하세요", "고객님", "수정", "요청을", "확인했습니다"});
}

TEST_CASE("Romanian words keep their diacritics") {
  CHECK(words_of("Știință și țară: încă o dată, vă mulțumim.") ==
        Words{"Știință", "și", "țară", "încă", "o", "dată", "vă", "mulțumim"});
}

TEST_CASE("Mixed scripts and ideographs") {
  CHECK(words_of("Brand 브랜드 marcă 品牌 2026") == Words{"Brand", "브랜드", "marcă", "品牌", "2026"});
  const Words jp = words_of("東京の天気");
  CHECK(jp.size() >= 2);  // dictionary segmentation splits Han runs into words
}

TEST_CASE("Emoji are kept in the text but are not words") {
  const std::string text =
      "I \xE2\x9D\xA4\xEF\xB8\x8F tea \xF0\x9F\x8D\xB5 and \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB";
  CHECK(words_of(text) == Words{"I", "tea", "and"});
}

TEST_CASE("NFC: decomposed and precomposed letters give the same word") {
  const sk::text::Document doc = sk::text::tokenize("cafe\xCC\x81 ș");  // e + combining acute
  REQUIRE(doc.words.size() == 2);
  CHECK(doc.word(0) == "caf\xC3\xA9");
}

TEST_CASE("A byte-order mark is skipped") {
  CHECK(words_of("\xEF\xBB\xBFHello") == Words{"Hello"});
}

TEST_CASE("Invalid UTF-8 is an error naming the byte offset") {
  try {
    sk::text::tokenize("good text \xC3\x28 rest");
    FAIL("no error");
  } catch (const sk::Error& e) {
    CHECK(e.kind() == sk::ErrorKind::kInvalidInput);
    CHECK(e.message() == "invalid UTF-8 at byte 10");
  }
  // The offset counts the byte-order mark the caller sent.
  CHECK_THROWS_WITH(sk::text::tokenize("\xEF\xBB\xBF"
                                       "ab\xFF"),
                    "invalid UTF-8 at byte 5");
}

TEST_CASE("Mixed ASCII and non-ASCII lines keep exact offsets") {
  const std::string text = "plain line one\nlinia a doua cu ș\nkey_value line\nlast plain line";
  const sk::text::Document doc = sk::text::tokenize(text);
  Words got;
  for (size_t i = 0; i < doc.words.size(); ++i) got.emplace_back(doc.word(i));
  CHECK(got == Words{"plain", "line", "one", "linia", "a", "doua", "cu", "ș", "key_value", "line", "last",
                     "plain", "line"});
  CHECK(doc.text == text);
}

// An importer that validated the bytes passes what it found on; the document must come out the same.
TEST_CASE("prepare with the checks already done gives the same document") {
  using sk::text::Checked;
  for (const std::string& s : {std::string("plain words here\n"), std::string("\xEF\xBB\xBFwith a BOM"),
                              std::string("Cafe\xCC\x81 needs NFC"), std::string("Știință")}) {
    CAPTURE(s);
    const sk::text::Utf8Check check = sk::text::check_utf8(s);
    REQUIRE(check.invalid_at == std::string_view::npos);
    const sk::text::Document plain = sk::text::prepare(s);
    const sk::text::Document told = sk::text::prepare(s, check.ascii ? Checked::kAscii : Checked::kValid);
    CHECK(told.text == plain.text);
    CHECK(told.ascii == plain.ascii);
    const sk::text::Document tokenized =
        sk::text::tokenize(s, check.ascii ? Checked::kAscii : Checked::kValid);
    CHECK(tokenized.words.size() == sk::text::tokenize(s).words.size());
  }
}
