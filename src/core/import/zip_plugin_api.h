// The C interface between the core (zip_archive.cpp) and libscopekeeper_zip.so, the libzip-based reader of
// zip archives loaded on the first .docx or .odt: libzip brings libcrypto, libbz2 and liblzma, whose loading
// and symbol binding were a third of the CLI's start-up (see plugin_loader.h).
#pragma once

#include <cstddef>

extern "C" {

struct SkZip;

// Results of SkZipApi::read. kSkZipDamaged comes with libzip's message in `error`.
enum SkZipStatus {
  kSkZipOk = 0,
  kSkZipMissing = 1,
  kSkZipDamaged = 2,
  kSkZipTooLarge = 3,  // over max_bytes, declared or actually unpacked
  kSkZipRatio = 4,     // compressed beyond ratio_limit : 1 past ratio_from bytes
  kSkZipEncrypted = 5,
};

struct SkZipApi {
  // An archive over data[0, size), which must outlive it; nullptr with libzip's message in `error` (of
  // `error_size` bytes, always terminated) when it is damaged or truncated.
  SkZip* (*open)(const char* data, size_t size, char* error, size_t error_size);
  void (*close)(SkZip* zip);
  int (*has)(const SkZip* zip, const char* name);
  // The whole entry `name`, checked against its CRC, through `append` (in pieces). Returns an SkZipStatus.
  // Never throws.
  int (*read)(const SkZip* zip, const char* name, size_t max_bytes, size_t ratio_from, unsigned ratio_limit,
              void (*append)(void* context, const char* data, size_t length), void* context, char* error,
              size_t error_size);
};

// The plugin exports `const SkZipApi* sk_zip_api(void)`.
using SkZipApiFunction = const SkZipApi* (*)();
inline constexpr const char* kSkZipApiSymbol = "sk_zip_api";
}
