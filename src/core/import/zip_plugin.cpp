// libscopekeeper_zip.so: zip archives through libzip behind the C interface of zip_plugin_api.h, with the
// size and ratio caps applied while unpacking. Loaded by zip_archive.cpp on the first .docx or .odt.
#include <zip.h>

#include <cstdio>
#include <memory>

#include "import/zip_plugin_api.h"

namespace {

struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

void set_error(char* error, size_t error_size, const char* message) {
  if (error_size > 0) std::snprintf(error, error_size, "%s", message != nullptr ? message : "unknown error");
}

SkZip* open_archive(const char* data, size_t size, char* error, size_t error_size) {
  zip_error_t err;
  zip_error_init(&err);
  zip_t* archive = nullptr;
  zip_source_t* source = zip_source_buffer_create(data, size, 0, &err);
  if (source != nullptr) {
    archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (archive == nullptr) zip_source_free(source);
  }
  if (archive == nullptr) set_error(error, error_size, zip_error_strerror(&err));
  zip_error_fini(&err);
  return reinterpret_cast<SkZip*>(archive);
}

void close_archive(SkZip* zip) {
  if (zip != nullptr) zip_discard(reinterpret_cast<zip_t*>(zip));
}

int has_entry(const SkZip* zip, const char* name) {
  return zip_name_locate(reinterpret_cast<zip_t*>(const_cast<SkZip*>(zip)), name, 0) >= 0;
}

int read_entry(const SkZip* handle, const char* name, size_t max_bytes, size_t ratio_from,
               unsigned ratio_limit, void (*append)(void*, const char*, size_t), void* context, char* error,
               size_t error_size) {
  zip_t* zip = reinterpret_cast<zip_t*>(const_cast<SkZip*>(handle));
  const zip_int64_t index = zip_name_locate(zip, name, 0);
  if (index < 0) return kSkZipMissing;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    set_error(error, error_size, zip_error_strerror(zip_get_error(zip)));
    return kSkZipDamaged;
  }
  if ((st.valid & ZIP_STAT_SIZE) && st.size > max_bytes) return kSkZipTooLarge;
  if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > ratio_from &&
      st.size / (st.comp_size + 1) > ratio_limit) {
    return kSkZipRatio;
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) return kSkZipEncrypted;
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0));
  if (!file) {
    set_error(error, error_size, zip_error_strerror(zip_get_error(zip)));
    return kSkZipDamaged;
  }
  size_t total = 0;
  char buffer[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) {
      set_error(error, error_size, zip_error_strerror(zip_file_get_error(file.get())));
      return kSkZipDamaged;
    }
    if (got == 0) break;
    // The declared size can lie: the cap holds on what is actually unpacked.
    if (total + static_cast<size_t>(got) > max_bytes) return kSkZipTooLarge;
    append(context, buffer, static_cast<size_t>(got));
    total += static_cast<size_t>(got);
    if ((st.valid & ZIP_STAT_COMP_SIZE) && total > ratio_from && total / (st.comp_size + 1) > ratio_limit) {
      return kSkZipRatio;
    }
  }
  return kSkZipOk;
}

const SkZipApi kApi = {open_archive, close_archive, has_entry, read_entry};

}  // namespace

extern "C" __attribute__((visibility("default"))) const SkZipApi* sk_zip_api() {
  return &kApi;
}
