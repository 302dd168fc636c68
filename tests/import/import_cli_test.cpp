// scopekeeper-cli diff on every format through the real binary: formats and encodings in the JSON, the image
// answer, and hostile files ending with exit 2 and one error line, quickly.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "fixtures.h"

using namespace sk::import::testing;

namespace {

struct Run {
  int code;
  std::string out, err;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Run diff(const TempDir& dir, const std::string& older, const std::string& newer, bool json = true) {
  const std::string out = dir.file("stdout"), err = dir.file("stderr");
  const std::string cmd = std::string("'") + SK_CLI + "' diff " + (json ? "--json " : "") + "'" + older +
                          "' '" + newer + "' >'" + out + "' 2>'" + err + "'";
  const int status = std::system(cmd.c_str());
  return Run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

}  // namespace

TEST_CASE("diff --json: a .docx against the .pdf of the same text is unchanged, formats are named") {
  const TempDir dir;
  const Run r = diff(dir, data_path("brief.docx"), data_path("brief.pdf"));
  REQUIRE(r.code == 0);
  CHECK(r.err.empty());
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["kind"] == "text");
  CHECK(j["old_format"] == "docx");
  CHECK(j["new_format"] == "pdf");
  CHECK_FALSE(j.contains("old_encoding"));
  CHECK(j["old_words"] == 63);
  CHECK(j["changed_share"] == 0.0);
  CHECK(j["changes"].empty());
}

TEST_CASE("diff --json: a legacy encoding is reported, an edit across formats is measured") {
  const TempDir dir;
  Run r = diff(dir, data_path("korean-euc-kr.txt"), data_path("korean-utf-16le.txt"));
  REQUIRE(r.code == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["old_encoding"] == "EUC-KR");
  CHECK(j["new_encoding"] == "UTF-16LE");
  CHECK(j["changed_share"] == 0.0);

  const std::string edited =
      dir.write("edited.html",
                "<html><body><p>Vă mulțumim pentru observații. Școala își începe anul în octombrie, iar "
                "țara sărbătorește.</p></body></html>");
  r = diff(dir, data_path("romanian-iso-8859-16.txt"), edited);
  REQUIRE(r.code == 0);
  j = nlohmann::json::parse(r.out);
  CHECK(j["old_format"] == "text");
  CHECK(j["old_encoding"] == "ISO-8859-16");
  CHECK(j["new_format"] == "html");
  CHECK(j["old_words"] == 13);
  CHECK(j["deleted"] == 1);
  CHECK(j["changes"][0]["old_text"] == "septembrie");
  CHECK(j["changes"][0]["new_text"] == "octombrie");

  r = diff(dir, data_path("brief.odt"), data_path("brief.rtf"), false);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("  read as   odt -> rtf\n") != std::string::npos);
}

TEST_CASE("diff --json on images: kind, share, pixels and regions") {
  const TempDir dir;
  const auto white = [](uint32_t, uint32_t) { return Rgb{255, 255, 255}; };
  const auto boxed = [](uint32_t x, uint32_t y) {
    return x >= 10 && x < 30 && y >= 5 && y < 15 ? Rgb{200, 0, 0} : Rgb{255, 255, 255};
  };
  const std::string a = dir.write("a.png", png_bytes(100, 50, white));
  const std::string b = dir.write("b.jpg", jpeg_bytes(100, 50, boxed));
  const Run r = diff(dir, a, b);
  REQUIRE(r.code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["kind"] == "image");
  CHECK(j["old_format"] == "png");
  CHECK(j["new_format"] == "jpeg");
  CHECK(j["total_pixels"] == 5000);
  CHECK(j["changed_pixels"].get<int>() == Approx(200).margin(30));
  CHECK(j["changed_share"].get<double>() == Approx(0.04).margin(0.006));
  REQUIRE(j["regions"].size() == 1);
  CHECK(j["regions"][0]["x"].get<int>() == Approx(10).margin(2));
  CHECK(j["regions"][0]["width"].get<int>() == Approx(20).margin(4));
  CHECK(j["size_handling"] == "same");

  const Run mixed = diff(dir, data_path("korean.txt"), a);
  CHECK(mixed.code == 2);
  CHECK(mixed.err ==
        "error: " + a + ": is an image and the old version is a text; both must be texts or both images\n");
}

TEST_CASE("diff: every hostile file ends with exit 2 and one error line, within seconds") {
  const TempDir dir;
  const std::string good = data_path("korean.txt");
  const std::string whole = slurp(data_path("brief.docx"));
  const std::string huge = dir.file("huge.txt");
  std::ofstream(huge) << "x";
  std::filesystem::resize_file(huge, (std::uintmax_t{200} << 20) + 1);
  std::string elf =
      "\x7F"
      "ELF";
  elf += std::string(64, '\0');
  struct Case {
    std::string path, message;
  };
  const std::vector<Case> cases = {
      {dir.write("cut.docx", whole.substr(0, whole.size() / 2)),
       "damaged or truncated document (zip: Not a zip archive)"},
      {dir.write("bomb.docx", docx(std::string(size_t{70} << 20, ' '))),
       "word/document.xml unpacks to more than 64 MB; refused (a zip bomb?)"},
      {dir.write(
           "entities.docx",
           zip_bytes({{"word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"b\">]><d/>"}})),
       "word/document.xml declares XML entities; refused (entities are never expanded or fetched)"},
      {data_path("encrypted.pdf"), "the PDF is protected by a password"},
      {data_path("encrypted.odt"), "the document is protected by a password"},
      {huge, "the file is larger than 200 MB"},
      {dir.write("program.txt", elf), "binary data, not text (a zero byte at byte 4)"},
      {dir.write("empty.txt", ""), "the file is empty"},
      {dir.write("big.png", png_claiming(30000, 30000)),
       "the image is 30000x30000 pixels; images over 50 megapixels are refused"},
      {dir.write("scan.pdf", minimal_pdf("")),
       "the PDF has no text layer (a scanned image?); there is no text to measure"},
  };
  for (const Case& c : cases) {
    INFO(c.path);
    const auto start = std::chrono::steady_clock::now();
    const Run r = diff(dir, good, c.path);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "error: " + c.path + ": " + c.message + "\n");
  }
}
