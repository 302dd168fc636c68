// Broken and malicious files: each is refused quickly with one clear message and bounded memory.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>

#include "common/error.h"
#include "fixtures.h"
#include "import/import.h"

using namespace sk::import;
using namespace sk::import::testing;

namespace {

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const sk::Error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("hostile: a truncated .docx is a damaged zip") {
  const std::string whole = read_data("brief.docx");
  CHECK(error_of([&] { import_bytes(whole.substr(0, whole.size() / 2), "cut.docx"); }) ==
        "cut.docx: damaged or truncated document (zip: Not a zip archive)");
}

TEST_CASE("hostile: zip bombs are refused by unpacked size and by compression ratio") {
  const std::string huge(std::string::size_type{65} << 20, ' ');
  const std::string bomb = docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>" + huge);
  CHECK(bomb.size() < (size_t{1} << 20));
  const auto start = std::chrono::steady_clock::now();
  CHECK(error_of([&] { import_bytes(bomb, "bomb.docx"); }) ==
        "bomb.docx: word/document.xml unpacks to more than 64 MB; refused (a zip bomb?)");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));

  const std::string dense = docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>" + std::string(size_t{20} << 20, ' '));
  CHECK(error_of([&] { import_bytes(dense, "dense.docx"); }) ==
        "dense.docx: word/document.xml is compressed more than 100:1; refused (a zip bomb?)");
}

TEST_CASE("hostile: XML with a DOCTYPE or entity declarations is refused, never expanded") {
  const std::string lol =
      "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">"
      "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]><w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
      "main\"><w:body><w:p><w:r><w:t>&b;&ext;"
      "</w:t></w:r></w:p></w:body></w:document>";
  const std::string bytes = zip_bytes({{"word/document.xml", lol}});
  CHECK(
      error_of([&] { import_bytes(bytes, "lol.docx"); }) ==
      "lol.docx: word/document.xml declares XML entities; refused (entities are never expanded or fetched)");
  const std::string plain_doctype = zip_bytes(
      {{"mimetype", "application/vnd.oasis.opendocument.text"},
       {"content.xml", "<?xml version=\"1.0\"?><!DOCTYPE office:document-content SYSTEM \"x.dtd\"><x/>"}});
  CHECK(error_of([&] { import_bytes(plain_doctype, "d.odt"); }) ==
        "d.odt: content.xml has a DOCTYPE declaration; refused (documents of this format never do)");
}

TEST_CASE("hostile: a password-protected PDF") {
  CHECK(error_of([&] { import_file(data_path("encrypted.pdf")); }) ==
        data_path("encrypted.pdf") + ": the PDF is protected by a password");
}

TEST_CASE("hostile: a password-protected .odt: its parts are encrypted by LibreOffice, not by zip") {
  // Saved by LibreOffice 7.4 with a password: content.xml is AES data, declared in META-INF/manifest.xml.
  CHECK(error_of([&] { import_file(data_path("encrypted.odt")); }) ==
        data_path("encrypted.odt") + ": the document is protected by a password");

  // The same structure made here: random bytes stand for the encrypted content.xml.
  std::mt19937 random(2024);
  std::string cipher(1664, '\0');
  for (char& c : cipher) c = static_cast<char>(random());
  const std::string entry_head =
      "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">";
  const std::string encryption =
      "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
      "#sha256-1k\" manifest:checksum=\"Xvx+fmGhuAS6roRS1OtnID6HJS2cfO6b6gZOa/vHeeE=\"><manifest:algorithm "
      "manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\" "
      "manifest:initialisation-vector=\"6ctO/BO4FGSbbJ+c1Vzt9g==\"/></manifest:encryption-data>";
  const auto manifest = [](const std::string& entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
           "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
           "<manifest:file-entry manifest:full-path=\"/\" "
           "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>" +
           entries + "</manifest:manifest>";
  };
  const auto package = [](const std::string& content, const std::string& manifest_xml) {
    Entries entries = {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content}};
    if (!manifest_xml.empty()) entries.push_back({"META-INF/manifest.xml", manifest_xml});
    return zip_bytes(entries);
  };
  const std::string password = "the document is protected by a password";
  const std::string not_xml = "damaged document: content.xml is not well-formed XML";
  struct Case {
    const char* what;
    std::string bytes, message;
  };
  const Case cases[] = {
      {"content.xml declared encrypted",
       package(cipher, manifest(entry_head + encryption + "</manifest:file-entry>")), password},
      {"a manifest with another prefix",
       package(cipher,
               "<m:manifest xmlns:m=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
               "<m:file-entry m:full-path=\"content.xml\"><m:encryption-data/></m:file-entry></m:manifest>"),
       password},
      {"a damaged manifest naming encryption-data, content not XML",
       package(cipher, manifest(entry_head + encryption).substr(0, 600)), password},
      {"no manifest: damaged, not protected", package(cipher, ""), not_xml},
      {"a manifest without encryption: damaged",
       package(cipher, manifest(entry_head + "</manifest:file-entry>")), not_xml},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(error_of([&] { import_bytes(c.bytes, "x.odt"); }).rfind("x.odt: " + c.message, 0) == 0);
  }
}

TEST_CASE("hostile: a file over 200 MB is refused before it is read") {
  const TempDir dir;
  const std::string path = dir.file("huge.txt");
  std::ofstream(path) << "x";
  std::filesystem::resize_file(path, (std::uintmax_t{200} << 20) + 1);  // sparse: no disk used
  const auto start = std::chrono::steady_clock::now();
  CHECK(error_of([&] { import_file(path); }) == path + ": the file is larger than 200 MB");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE("hostile: a 0-byte file, a binary file named .txt, unknown zip and old Office files") {
  const TempDir dir;
  const std::string empty = dir.write("empty.docx", "");
  CHECK(error_of([&] { import_file(empty); }) == empty + ": the file is empty");
  std::string elf =
      "\x7F"
      "ELF";
  elf += std::string(100, '\0');
  CHECK(error_of([&] { import_bytes(elf, "notes.txt"); }) ==
        "notes.txt: binary data, not text (a zero byte at byte 4)");
  CHECK(error_of([&] {
          import_bytes(zip_bytes({{"a.txt", "hello"}}), "a.docx");
        }) == "a.docx: a zip archive that is not a Word (.docx) or OpenDocument (.odt) file");
  CHECK(error_of([&] {
          import_bytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest", "old.doc");
        }).find("old.doc: an old Word (.doc)") == 0);
}

TEST_CASE("hostile: images claiming 30000 x 30000 pixels are refused before decoding") {
  const std::string expected = "big: the image is 30000x30000 pixels; images over 50 megapixels are refused";
  const auto start = std::chrono::steady_clock::now();
  CHECK(error_of([&] { import_bytes(png_claiming(30000, 30000), "big"); }) == expected);
  CHECK(error_of([&] { import_bytes(jpeg_claiming(30000, 30000), "big"); }) == expected);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
}

TEST_CASE("hostile: damaged images and RTF") {
  const std::string png = png_bytes(16, 16, [](uint32_t x, uint32_t) { return Rgb{uint8_t(x), 0, 0}; });
  CHECK(error_of([&] {
          import_bytes(png.substr(0, png.size() - 30), "cut.png");
        }).find("cut.png: damaged PNG") == 0);
  CHECK(error_of([&] {
          import_bytes(std::string("\xFF\xD8\xFF\xE0", 4) + "junk", "x.jpg");
        }).find("x.jpg: damaged JPEG image") == 0);
  CHECK(error_of([&] { import_bytes("{\\rtf1 {unclosed", "a.rtf"); }) ==
        "a.rtf: damaged RTF: the file ends inside a group");
  CHECK(error_of([&] { import_bytes("{\\rtf1 " + std::string(5000, '{'), "deep.rtf"); }) ==
        "deep.rtf: damaged RTF: groups nested too deeply");
  const std::string deep_xml = docx(std::string(300, ' ') + [] {
    std::string s;
    for (int i = 0; i < 300; ++i) s += "<w:ins>";
    for (int i = 0; i < 300; ++i) s += "</w:ins>";
    return s;
  }());
  CHECK(error_of([&] { import_bytes(deep_xml, "deep.docx"); }) ==
        "deep.docx: word/document.xml is nested too deeply; refused");
}
