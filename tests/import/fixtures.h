// Test fixtures made in code: zip-based documents (through libzip), PNG and JPEG images, minimal PDFs, and a
// temporary folder. Shared by the core import tests and the CLI format tests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace sk::import::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (path_ / name).string(); }
  // Writes `bytes` to a file in the folder and returns its path.
  std::string write(const std::string& name, const std::string& bytes) const;

 private:
  std::filesystem::path path_;
};

std::string read_data(const std::string& name);  // a checked-in file under tests/data/import
std::string data_path(const std::string& name);

using Entries = std::vector<std::pair<std::string, std::string>>;
std::string zip_bytes(const Entries& entries);

// A .docx whose word/document.xml body holds `body` (WordprocessingML), with `footnotes` (the inside of
// <w:footnotes>) when not empty.
std::string docx(const std::string& body, const std::string& footnotes = "");
// A .odt whose <office:text> holds `text`.
std::string odt(const std::string& text);

struct Rgb {
  uint8_t r, g, b;
};
using Painter = std::function<Rgb(uint32_t x, uint32_t y)>;
std::string png_bytes(uint32_t width, uint32_t height, const Painter& paint);
std::string jpeg_bytes(uint32_t width, uint32_t height, const Painter& paint, int quality = 95);

// A real small PNG / JPEG whose header is rewritten to claim width x height (CRC fixed for PNG).
std::string png_claiming(uint32_t width, uint32_t height);
std::string jpeg_claiming(uint16_t width, uint16_t height);

// A one-page PDF with `text` in Helvetica (empty: a page with only an image, like a scan).
std::string minimal_pdf(const std::string& text);

}  // namespace sk::import::testing
