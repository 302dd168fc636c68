// Plain text and Markdown: UTF-8, UTF-16 with a BOM, legacy encodings found by ICU, binary data refused.
#include <catch2/catch.hpp>
#include <random>

#include "common/error.h"
#include "fixtures.h"
#include "import/import.h"
#include "test_util.h"

using namespace sk::import;
using namespace sk::import::testing;

TEST_CASE("import: legacy and UTF-16 encodings are detected, reported and read as the UTF-8 text") {
  struct Case {
    const char* file;
    const char* encoding;
    const char* reference;
  };
  const Case cases[] = {
      {"korean-euc-kr.txt", "EUC-KR", "korean.txt"},
      {"korean-utf-16le.txt", "UTF-16LE", "korean.txt"},
      {"romanian-utf-16be.txt", "UTF-16BE", "romanian.txt"},
      {"romanian-iso-8859-16.txt", "ISO-8859-16", "romanian.txt"},
      {"romanian-iso-8859-2.txt", "ISO-8859-2", "romanian.txt"},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    const ImportedRevision r = import_file(data_path(c.file));
    CHECK(r.format == Format::kText);
    REQUIRE(r.encoding.has_value());
    CHECK(*r.encoding == c.encoding);
    const ImportedRevision reference = import_file(data_path(c.reference));
    CHECK_FALSE(reference.encoding.has_value());
    if (std::string(c.encoding) == "ISO-8859-2") {
      // ISO-8859-2 has s and t with a cedilla: the same words once folded (docs/measuring.md).
      CHECK(words(r).size() == words(reference).size());
      CHECK(words(r)[1] == "mulţumim");
    } else {
      CHECK(words(r) == words(reference));
    }
  }
}

TEST_CASE("import: windows-1250 Romanian with typographic quotes") {
  const ImportedRevision r = import_file(data_path("romanian-windows-1250.txt"));
  REQUIRE(r.encoding.has_value());
  CHECK(*r.encoding == "windows-1250");
  CHECK(r.document.text.view().find("„Vă mulţumim") == 0);
  CHECK(words(r).back() == "el");
}

TEST_CASE("import: UTF-8 with and without a BOM, Markdown by extension") {
  const ImportedRevision bom = import_bytes("\xEF\xBB\xBFHello there", "a.txt");
  CHECK(words(bom) == std::vector<std::string>{"Hello", "there"});
  CHECK_FALSE(bom.encoding.has_value());
  const ImportedRevision md = import_bytes("# Title\n\nSome *bold* text.", "notes.md");
  CHECK(md.format == Format::kMarkdown);
  CHECK(words(md) == std::vector<std::string>{"Title", "Some", "bold", "text"});
}

TEST_CASE("import: damaged UTF-8 names the byte, binary data and empty files are refused") {
  CHECK_THROWS_WITH(import_bytes(std::string("caf\xC3\xA9\xFF text"), "bad.txt"),
                    "bad.txt: invalid UTF-8 at byte 5");
  CHECK_THROWS_WITH(import_bytes(std::string("ELF\x7F\x02\x01\x00\x00text", 12), "program.txt"),
                    "program.txt: binary data, not text (a zero byte at byte 6)");
  std::string controls(400, 'a');
  for (size_t i = 0; i < controls.size(); i += 10) controls[i] = '\x01';
  CHECK_THROWS_WITH(import_bytes(controls, "x.txt"),
                    "x.txt: binary data, not text (too many control characters)");
  CHECK_THROWS_WITH(import_bytes("", "empty.txt"), "empty.txt: the file is empty");
  CHECK_THROWS_WITH(import_bytes("\xFF\xFE\x41", "odd.txt"),
                    "odd.txt: damaged UTF-16LE text: an odd number of bytes");
}

namespace {

// UTF-16 bytes with the two bytes of every unit swapped: LE <-> BE.
std::string swapped(std::string utf16) {
  for (size_t i = 0; i + 1 < utf16.size(); i += 2) std::swap(utf16[i], utf16[i + 1]);
  return utf16;
}

enum class Korean { kAll, kSyllables, kSyllablesWithoutZeroByte };

// The UTF-16LE Korean fixture without its BOM; with only its Hangul syllables (no spaces, no punctuation, so
// no zero high byte), and without the syllables whose low byte is zero (U+xx00), so no zero byte at all.
std::string korean_utf16le(Korean keep) {
  const std::string with_bom = read_data("korean-utf-16le.txt");
  std::string out;
  for (size_t i = 2; i + 1 < with_bom.size(); i += 2) {
    const bool syllable = static_cast<unsigned char>(with_bom[i + 1]) >= 0xAC;
    const bool zero = with_bom[i] == '\0' || with_bom[i + 1] == '\0';
    if (keep == Korean::kAll || (syllable && (keep == Korean::kSyllables || !zero))) {
      out += with_bom.substr(i, 2);
    }
  }
  return out;
}

const char* const kNoBom = "this looks like UTF-16 without a byte-order mark: save it as UTF-8";

}  // namespace

TEST_CASE("import: UTF-16 without a byte-order mark is recognised by where its zero bytes fall") {
  struct Case {
    const char* what;
    std::string bytes;
    const char* encoding;
    const char* reference;
  };
  const Case cases[] = {
      {"English LE", read_data("english-utf-16le-no-bom.txt"), "UTF-16LE", "english.txt"},
      {"English BE", read_data("english-utf-16be-no-bom.txt"), "UTF-16BE", "english.txt"},
      {"Romanian LE", read_data("romanian-utf-16le-no-bom.txt"), "UTF-16LE", "romanian.txt"},
      {"Romanian BE", read_data("romanian-utf-16be-no-bom.txt"), "UTF-16BE", "romanian.txt"},
      {"Korean with spaces LE", korean_utf16le(Korean::kAll), "UTF-16LE", "korean.txt"},
      {"Korean with spaces BE", swapped(korean_utf16le(Korean::kAll)), "UTF-16BE", "korean.txt"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const ImportedRevision r = import_bytes(c.bytes, "letter.txt");
    CHECK(r.format == Format::kText);
    REQUIRE(r.encoding.has_value());
    CHECK(*r.encoding == c.encoding);
    CHECK(words(r) == words(import_file(data_path(c.reference))));
  }
  // Past the 64 KB the pattern is read from, the whole file is decoded.
  std::string long_text;
  for (int i = 0; i < 500; ++i) long_text += read_data("romanian-utf-16be-no-bom.txt");
  const ImportedRevision long_be = import_bytes(long_text, "long.txt");
  CHECK(long_text.size() > (size_t{64} << 10));
  CHECK(words(long_be).size() == 500 * words(import_file(data_path("romanian.txt"))).size());
  CHECK(words(long_be).back() == "sărbătorește");
  const ImportedRevision ro = import_file(data_path("romanian-utf-16le-no-bom.txt"));
  CHECK(ro.document.text.view().find("Școala își începe anul în septembrie, iar țara sărbătorește.") !=
        std::string_view::npos);
}

TEST_CASE("import: UTF-16 without a byte-order mark that cannot be read safely asks for UTF-8") {
  const std::string english = read_data("english-utf-16le-no-bom.txt");
  struct Case {
    const char* what;
    std::string bytes;
  };
  const Case cases[] = {
      {"Korean syllables only, LE", korean_utf16le(Korean::kSyllables)},
      {"Korean syllables only, BE", swapped(korean_utf16le(Korean::kSyllables))},
      {"Korean syllables without a zero byte, LE", korean_utf16le(Korean::kSyllablesWithoutZeroByte)},
      {"Korean syllables without a zero byte, BE",
       swapped(korean_utf16le(Korean::kSyllablesWithoutZeroByte))},
      {"English LE cut in the middle of a unit", english.substr(0, english.size() - 1)},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK_THROWS_WITH(import_bytes(c.bytes, "letter.txt"), std::string("letter.txt: ") + kNoBom);
  }
  // Korean in EUC-KR has no zero bytes either, and stays EUC-KR even without a space or any ASCII.
  std::string euc_kr;
  for (char c : read_data("korean-euc-kr.txt")) {
    if (static_cast<unsigned char>(c) >= 0x80) euc_kr += c;
  }
  const ImportedRevision r = import_bytes(euc_kr, "korean.txt");
  REQUIRE(r.encoding.has_value());
  CHECK(*r.encoding == "EUC-KR");
}

TEST_CASE("import: binary data is still refused, not taken for UTF-16") {
  std::mt19937 random(7);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(random());
  // 16-bit samples below 256, little-endian: a zero at every odd byte, like English in UTF-16LE.
  std::string samples;
  for (int i = 0; i < 2048; ++i) samples += {static_cast<char>(random() & 0xFF), '\0'};
  const std::string png = png_bytes(32, 32, [](uint32_t x, uint32_t y) {
    return Rgb{uint8_t(x * 8), uint8_t(y), 0};
  });
  const std::string zip = zip_bytes({{"notes.txt", "Hello"}, {"data.bin", noise}});
  std::string utf32;
  for (char c : std::string("Hello there")) utf32 += {c, '\0', '\0', '\0'};
  struct Case {
    const char* what;
    std::string bytes;
  };
  const Case cases[] = {
      {"random bytes", noise},
      {"16-bit samples", samples},
      {"a PNG without its signature", png.substr(8)},
      {"a zip without its signature", zip.substr(4)},
      {"UTF-32LE text", utf32},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    try {
      import_bytes(c.bytes, "data.txt");
      FAIL("read as text");
    } catch (const sk::Error& e) {
      CHECK(e.message().rfind("binary data, not text", 0) == 0);
    }
  }
  // With their signatures they are what they are.
  CHECK(import_bytes(png, "data.txt").format == Format::kPng);
  CHECK_THROWS_WITH(import_bytes(zip, "data.txt"),
                    "data.txt: a zip archive that is not a Word (.docx) or OpenDocument (.odt) file");
}
