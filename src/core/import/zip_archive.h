// A zip archive read from memory through libzip (in the plugin libscopekeeper_zip.so, loaded on first use),
// with bounded extraction (the zip-bomb guard).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

struct SkZip;

namespace sk::import {

// A part unpacked to more than this is refused, and so is one over 8 MB compressed more than 100:1.
inline constexpr size_t kMaxPartBytes = size_t{64} << 20;
inline constexpr size_t kMaxRatioCheckedFrom = size_t{8} << 20;
inline constexpr unsigned kMaxCompressionRatio = 100;

class ZipArchive {
 public:
  // `bytes` must outlive the archive. Throws sk::Error(kInvalidInput) for a damaged or truncated archive, and
  // sk::Error(kUnsupported) when the zip plugin is missing.
  explicit ZipArchive(std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;

  // The whole entry, checked against its CRC. Throws sk::Error when it is missing, encrypted, damaged, larger
  // than `max_bytes` once unpacked (declared or actual), or compressed beyond the ratio limit.
  std::string read(const std::string& name, size_t max_bytes = kMaxPartBytes) const;

 private:
  SkZip* zip_ = nullptr;
};

}  // namespace sk::import
