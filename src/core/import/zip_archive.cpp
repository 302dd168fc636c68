// The zip reader of the core: libscopekeeper_zip.so (zip_plugin_api.h) behind RAII, its results turned into
// sk::Error; see zip_archive.h.
#include "import/zip_archive.h"

#include "common/error.h"
#include "import/plugin_loader.h"
#include "import/zip_plugin_api.h"

namespace sk::import {

namespace {

const SkZipApi& api() {
  static const SkZipApi* const loaded = reinterpret_cast<SkZipApiFunction>(plugin_symbol(
      SK_ZIP_PLUGIN_BUILD_PATH, SK_ZIP_PLUGIN_INSTALL_PATH, kSkZipApiSymbol, "Zip (.docx, .odt)"))();
  return *loaded;
}

Error damaged(const std::string& what) {
  return Error(ErrorKind::kInvalidInput, "", "damaged or truncated document (zip: " + what + ")");
}

void append_bytes(void* context, const char* data, size_t length) {
  static_cast<std::string*>(context)->append(data, length);
}

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes) {
  char error[256] = "";
  zip_ = api().open(bytes.data(), bytes.size(), error, sizeof error);
  if (zip_ == nullptr) throw damaged(error);
}

ZipArchive::~ZipArchive() {
  if (zip_ != nullptr) api().close(zip_);
}

bool ZipArchive::has(const std::string& name) const {
  return api().has(zip_, name.c_str()) != 0;
}

std::string ZipArchive::read(const std::string& name, size_t max_bytes) const {
  std::string out;
  char error[256] = "";
  switch (api().read(zip_, name.c_str(), max_bytes, kMaxRatioCheckedFrom, kMaxCompressionRatio, append_bytes,
                     &out, error, sizeof error)) {
    case kSkZipOk:
      return out;
    case kSkZipMissing:
      throw Error(ErrorKind::kInvalidInput, "", "damaged document: " + name + " is missing");
    case kSkZipTooLarge:
      throw Error(
          ErrorKind::kInvalidInput, "",
          name + " unpacks to more than " + std::to_string(max_bytes >> 20) + " MB; refused (a zip bomb?)");
    case kSkZipRatio:
      throw Error(ErrorKind::kInvalidInput, "",
                  name + " is compressed more than " + std::to_string(kMaxCompressionRatio) +
                      ":1; refused (a zip bomb?)");
    case kSkZipEncrypted:
      throw Error(ErrorKind::kInvalidInput, "", "the document is protected by a password");
    default:
      throw damaged(error);
  }
}

}  // namespace sk::import
