// Plain text and Markdown: UTF-8, UTF-16 with a BOM, legacy encodings found by ICU, binary data refused.
#include <catch2/catch.hpp>

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
