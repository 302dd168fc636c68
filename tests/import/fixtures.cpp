// Test fixtures made in code; see fixtures.h.
#include "fixtures.h"

#include <jpeglib.h>
#include <png.h>
#include <zip.h>
#include <zlib.h>
#include <cstdio>  // before jpeglib.h

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace sk::import::testing {

namespace fs = std::filesystem;

TempDir::TempDir() {
  std::random_device random;
  path_ = fs::temp_directory_path() / ("scopekeeper-import-" + std::to_string(random()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string TempDir::write(const std::string& name, const std::string& bytes) const {
  const std::string path = file(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string data_path(const std::string& name) {
  return std::string(SK_TEST_DATA_DIR) + "/import/" + name;
}

std::string read_data(const std::string& name) {
  std::ifstream in(data_path(name), std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string zip_bytes(const Entries& entries) {
  const TempDir dir;
  const std::string path = dir.file("archive.zip");
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (zip == nullptr) throw std::runtime_error("zip_open failed");
  for (const auto& [name, content] : entries) {
    zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
    if (source == nullptr || zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
      throw std::runtime_error("zip_file_add failed");
    }
  }
  if (zip_close(zip) != 0) throw std::runtime_error("zip_close failed");
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string docx(const std::string& body, const std::string& footnotes) {
  const std::string ns = R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
  Entries entries = {
      {"[Content_Types].xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)"},
      {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document" + ns + "><w:body>" +
                                body + "</w:body></w:document>"}};
  if (!footnotes.empty()) {
    entries.push_back({"word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes" + ns +
                                                 ">" + footnotes + "</w:footnotes>"});
  }
  return zip_bytes(entries);
}

std::string odt(const std::string& text) {
  return zip_bytes(
      {{"mimetype", "application/vnd.oasis.opendocument.text"},
       {"content.xml",
        R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>)" +
            text + "</office:text></office:body></office:document-content>"}});
}

std::string png_bytes(uint32_t width, uint32_t height, const Painter& paint) {
  std::vector<uint8_t> rgb(size_t{width} * height * 3);
  for (uint32_t y = 0; y < height; ++y) {
    for (uint32_t x = 0; x < width; ++x) {
      const Rgb c = paint(x, y);
      uint8_t* p = &rgb[(size_t{y} * width + x) * 3];
      p[0] = c.r;
      p[1] = c.g;
      p[2] = c.b;
    }
  }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = width;
  image.height = height;
  image.format = PNG_FORMAT_RGB;
  png_alloc_size_t size = 0;
  if (!png_image_write_to_memory(&image, nullptr, &size, 0, rgb.data(), 0, nullptr)) {
    throw std::runtime_error("png size");
  }
  std::string out(size, '\0');
  if (!png_image_write_to_memory(&image, out.data(), &size, 0, rgb.data(), 0, nullptr)) {
    throw std::runtime_error("png write");
  }
  out.resize(size);
  return out;
}

std::string jpeg_bytes(uint32_t width, uint32_t height, const Painter& paint, int quality) {
  jpeg_compress_struct cinfo;
  jpeg_error_mgr err;
  cinfo.err = jpeg_std_error(&err);
  jpeg_create_compress(&cinfo);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&cinfo, &buffer, &size);
  cinfo.image_width = width;
  cinfo.image_height = height;
  cinfo.input_components = 3;
  cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, quality, TRUE);
  jpeg_start_compress(&cinfo, TRUE);
  std::vector<uint8_t> row(size_t{width} * 3);
  while (cinfo.next_scanline < height) {
    for (uint32_t x = 0; x < width; ++x) {
      const Rgb c = paint(x, cinfo.next_scanline);
      row[x * 3] = c.r;
      row[x * 3 + 1] = c.g;
      row[x * 3 + 2] = c.b;
    }
    JSAMPROW r = row.data();
    jpeg_write_scanlines(&cinfo, &r, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::string out(reinterpret_cast<const char*>(buffer), size);
  std::free(buffer);
  return out;
}

std::string png_claiming(uint32_t width, uint32_t height) {
  std::string png = png_bytes(4, 4, [](uint32_t, uint32_t) { return Rgb{1, 2, 3}; });
  // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), ...; the CRC covers type and data.
  auto put32 = [&](size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) png[at + i] = static_cast<char>(v >> (24 - 8 * i));
  };
  put32(16, width);
  put32(20, height);
  const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(png.data() + 12), 17);
  put32(29, static_cast<uint32_t>(crc));
  return png;
}

std::string jpeg_claiming(uint16_t width, uint16_t height) {
  std::string jpeg = jpeg_bytes(8, 8, [](uint32_t, uint32_t) { return Rgb{9, 9, 9}; });
  const size_t sof = jpeg.find("\xFF\xC0");
  if (sof == std::string::npos) throw std::runtime_error("no SOF0");
  // FF C0, length (2), precision (1), height (2), width (2).
  jpeg[sof + 5] = static_cast<char>(height >> 8);
  jpeg[sof + 6] = static_cast<char>(height & 0xFF);
  jpeg[sof + 7] = static_cast<char>(width >> 8);
  jpeg[sof + 8] = static_cast<char>(width & 0xFF);
  return jpeg;
}

std::string minimal_pdf(const std::string& text) {
  const std::string content =
      text.empty() ? "q 200 0 0 100 72 600 cm /Im1 Do Q" : "BT /F1 12 Tf 72 712 Td (" + text + ") Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R "
      ">> "
      "/XObject << /Im1 6 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 "
      "/Length 4 >>\nstream\n" +
          std::string("\x00\xFF\xFF\x00", 4) + "\nendstream"};
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace sk::import::testing
