// libzip behind RAII, with size and ratio caps on every entry read; see zip_archive.h.
#include "import/zip_archive.h"

#include <zip.h>

#include "common/error.h"

namespace sk::import {

namespace {

struct ZipErrorHolder {
  zip_error_t error;
  ZipErrorHolder() { zip_error_init(&error); }
  ~ZipErrorHolder() { zip_error_fini(&error); }
};

struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

Error damaged(const std::string& what) {
  return Error(ErrorKind::kInvalidInput, "", "damaged or truncated document (zip: " + what + ")");
}

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes) {
  ZipErrorHolder err;
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err.error);
  if (source == nullptr) throw damaged(zip_error_strerror(&err.error));
  zip_ = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &err.error);
  if (zip_ == nullptr) {
    zip_source_free(source);
    throw damaged(zip_error_strerror(&err.error));
  }
}

ZipArchive::~ZipArchive() {
  if (zip_ != nullptr) zip_discard(zip_);
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(zip_, name.c_str(), 0) >= 0;
}

std::string ZipArchive::read(const std::string& name, size_t max_bytes) const {
  const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
  if (index < 0) throw Error(ErrorKind::kInvalidInput, "", "damaged document: " + name + " is missing");
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    throw damaged(zip_error_strerror(zip_get_error(zip_)));
  }
  const std::string too_large =
      name + " unpacks to more than " + std::to_string(max_bytes >> 20) + " MB; refused (a zip bomb?)";
  if ((st.valid & ZIP_STAT_SIZE) && st.size > max_bytes) throw Error(ErrorKind::kInvalidInput, "", too_large);
  if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > kMaxRatioCheckedFrom &&
      st.size / (st.comp_size + 1) > kMaxCompressionRatio) {
    throw Error(ErrorKind::kInvalidInput, "",
                name + " is compressed more than " + std::to_string(kMaxCompressionRatio) +
                    ":1; refused (a zip bomb?)");
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    throw Error(ErrorKind::kInvalidInput, "", "the document is protected by a password");
  }
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0));
  if (!file) throw damaged(zip_error_strerror(zip_get_error(zip_)));
  std::string out;
  if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<size_t>(st.size));
  char buffer[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) throw damaged(zip_error_strerror(zip_file_get_error(file.get())));
    if (got == 0) break;
    // The declared size can lie: the cap holds on what is actually unpacked.
    if (out.size() + static_cast<size_t>(got) > max_bytes)
      throw Error(ErrorKind::kInvalidInput, "", too_large);
    out.append(buffer, static_cast<size_t>(got));
    if ((st.valid & ZIP_STAT_COMP_SIZE) && out.size() > kMaxRatioCheckedFrom &&
        out.size() / (st.comp_size + 1) > kMaxCompressionRatio) {
      throw Error(ErrorKind::kInvalidInput, "",
                  name + " is compressed more than " + std::to_string(kMaxCompressionRatio) +
                      ":1; refused (a zip bomb?)");
    }
  }
  return out;
}

}  // namespace sk::import
