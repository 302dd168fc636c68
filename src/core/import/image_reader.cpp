// PNG (libpng's simplified API) and JPEG (libjpeg-turbo) decoding into 8-bit RGB, with the size checked
// against kMaxImagePixels from the header, before any pixel memory is allocated.
#include <csetjmp>
#include <cstddef>
#include <cstdio>  // before jpeglib.h, which uses FILE and size_t

#include <jpeglib.h>
#include <png.h>

#include <cstring>
#include <string>

#include "common/error.h"
#include "import/readers.h"

namespace sk::import {

namespace {

constexpr int kMaxJpegScans = 1000;  // a progressive JPEG with endless scans is a CPU bomb

void check_size(uint64_t width, uint64_t height) {
  if (width == 0 || height == 0) throw Error(ErrorKind::kInvalidInput, "", "the image has no pixels");
  if (width * height > kMaxImagePixels) {
    throw Error(ErrorKind::kInvalidInput, "",
                "the image is " + std::to_string(width) + "x" + std::to_string(height) +
                    " pixels; images over " + std::to_string(kMaxImagePixels / 1'000'000) +
                    " megapixels are refused");
  }
}

struct PngImage {
  png_image image;
  PngImage() {
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
  }
  ~PngImage() { png_image_free(&image); }
};

// libjpeg reports fatal errors through error_exit, which must not return: it jumps back to the setjmp in
// the decoding step that is running. Those steps keep no C++ objects with destructors in their frames.
struct JpegError {
  jpeg_error_mgr mgr;
  jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

void jpeg_fail(j_common_ptr cinfo) {
  auto* err = reinterpret_cast<JpegError*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, err->message);
  std::longjmp(err->jump, 1);
}

void jpeg_quiet(j_common_ptr /*cinfo*/, int /*level*/) {}

void jpeg_scan_limit(j_common_ptr cinfo) {
  auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
  if (d->input_scan_number > kMaxJpegScans) {
    auto* err = reinterpret_cast<JpegError*>(cinfo->err);
    std::snprintf(err->message, sizeof err->message, "more than %d scans; refused", kMaxJpegScans);
    std::longjmp(err->jump, 1);
  }
}

struct Jpeg {
  jpeg_decompress_struct cinfo;
  JpegError err;
  jpeg_progress_mgr progress;
  bool created = false;
  ~Jpeg() {
    if (created) jpeg_destroy_decompress(&cinfo);
  }
};

// Step 1: the header. Returns false (with err.message set) on a libjpeg error.
bool jpeg_header(Jpeg& j, const unsigned char* data, unsigned long size) {
  j.cinfo.err = jpeg_std_error(&j.err.mgr);
  j.err.mgr.error_exit = jpeg_fail;
  j.err.mgr.emit_message = jpeg_quiet;
  j.err.message[0] = '\0';
  if (setjmp(j.err.jump)) return false;
  jpeg_create_decompress(&j.cinfo);
  j.created = true;
  j.progress.progress_monitor = jpeg_scan_limit;
  j.cinfo.progress = &j.progress;
  jpeg_mem_src(&j.cinfo, data, size);
  jpeg_read_header(&j.cinfo, TRUE);
  j.cinfo.out_color_space = JCS_RGB;
  return true;
}

// Step 2: the pixels, into `out` (`capacity` bytes, allocated by the caller after the size check).
bool jpeg_pixels(Jpeg& j, unsigned char* out, size_t capacity) {
  if (setjmp(j.err.jump)) return false;
  jpeg_start_decompress(&j.cinfo);
  if (j.cinfo.output_components != 3 ||
      size_t{j.cinfo.output_width} * j.cinfo.output_height * 3 != capacity) {
    std::snprintf(j.err.message, sizeof j.err.message, "unexpected output size");
    return false;
  }
  const size_t stride = size_t{j.cinfo.output_width} * 3;
  while (j.cinfo.output_scanline < j.cinfo.output_height) {
    JSAMPROW row = out + stride * j.cinfo.output_scanline;
    jpeg_read_scanlines(&j.cinfo, &row, 1);
  }
  jpeg_finish_decompress(&j.cinfo);
  return true;
}

}  // namespace

Image read_png(std::string_view bytes) {
  PngImage png;
  if (!png_image_begin_read_from_memory(&png.image, bytes.data(), bytes.size())) {
    throw Error(ErrorKind::kInvalidInput, "", std::string("damaged PNG image: ") + png.image.message);
  }
  check_size(png.image.width, png.image.height);
  png.image.format = PNG_FORMAT_RGB;
  Image img;
  img.width = png.image.width;
  img.height = png.image.height;
  img.rgb.resize(size_t{img.width} * img.height * 3);
  const png_color white{255, 255, 255};  // transparency is flattened onto white
  if (!png_image_finish_read(&png.image, &white, img.rgb.data(), 0, nullptr)) {
    throw Error(ErrorKind::kInvalidInput, "", std::string("damaged PNG image: ") + png.image.message);
  }
  return img;
}

Image read_jpeg(std::string_view bytes) {
  Jpeg j;
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  if (!jpeg_header(j, data, bytes.size())) {
    throw Error(ErrorKind::kInvalidInput, "", std::string("damaged JPEG image: ") + j.err.message);
  }
  check_size(j.cinfo.image_width, j.cinfo.image_height);
  Image img;
  img.width = j.cinfo.image_width;
  img.height = j.cinfo.image_height;
  img.rgb.resize(size_t{img.width} * img.height * 3);
  if (!jpeg_pixels(j, img.rgb.data(), img.rgb.size())) {
    throw Error(ErrorKind::kInvalidInput, "", std::string("damaged JPEG image: ") + j.err.message);
  }
  return img;
}

}  // namespace sk::import
