// A decoded raster image: 8-bit RGB pixels, row by row, with transparency flattened onto white.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sk::import {

// Larger images are refused before any pixel memory is allocated (50 MP is 150 MB of RGB).
inline constexpr uint64_t kMaxImagePixels = 50'000'000;

struct Image {
  uint32_t width = 0;
  uint32_t height = 0;
  std::vector<uint8_t> rgb;  // width * height * 3 bytes

  const uint8_t* pixel(uint32_t x, uint32_t y) const { return &rgb[(size_t{y} * width + x) * 3]; }
};

}  // namespace sk::import
