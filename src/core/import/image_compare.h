// Measures how much a revised image changed: the share of pixels whose colour moved beyond a tolerance,
// and the boxes around the changed regions for display.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "import/image.h"

namespace sk::import {

// A pixel differs when one of its channels differs by more than this many levels (of 255): enough to ignore
// most JPEG re-encoding noise, small enough to catch any visible edit. It counts as changed when it is part
// of a 2 × 2 block of differing pixels (kPixelRules).
inline constexpr int kPixelTolerance = 24;

// The name of the rules a pixel share is measured by, stored with every measurement (ledger). Anything that
// changes a count for the same two pictures — the tolerance, the scaling, the canvas rule — must get a new
// name ("pixels 2"), so old and new shares are never mixed without a trace.
// "pixels 1": a pixel changed when a channel differed by more than kPixelTolerance; areas were 8-connected.
// "pixels 2": such a pixel counts only inside a 2 × 2 block of them (re-saving and resampling leave lone
// pixels and one-pixel lines, which are not edits), and areas closer than 1.5% of the picture are one.
inline constexpr const char* kPixelRules = "pixels 2";

// How two sizes were reconciled (docs/formats.md, "Images"):
//  kSame:   same size, compared pixel by pixel;
//  kScaled: same aspect ratio (within 1%), the new image is resampled to the old size, then compared;
//  kCanvas: different aspect ratio, both are laid on a canvas of the larger width and height at the top left;
//           a pixel inside one image and outside the other counts as changed.
enum class SizeHandling { kSame, kScaled, kCanvas };
const char* to_string(SizeHandling handling);

struct Region {  // a box of pixels in the compared grid, end exclusive
  uint32_t x = 0, y = 0, width = 0, height = 0;
  uint64_t changed_pixels = 0;
};

struct ImageComparison {
  uint64_t total_pixels = 0;    // pixels of the compared grid (old size, or the canvas)
  uint64_t changed_pixels = 0;  // pixels that differ beyond kPixelTolerance
  double changed_share = 0;     // changed_pixels / total_pixels (0 for an empty grid)
  SizeHandling size_handling = SizeHandling::kSame;
  std::vector<Region> regions;  // largest first, at most kMaxRegions
  bool regions_truncated = false;
};

inline constexpr size_t kMaxRegions = 64;

ImageComparison compare_images(const Image& older, const Image& newer);

// Whether a kScaled comparison is made on the older image's pixels (it is the smaller one, or the same
// size) rather than on the newer's: the smaller image is the grid, the larger one is averaged down to it.
bool older_is_scaled_grid(const Image& older, const Image& newer);

// A box in one image's own pixels, end exclusive (fractional after scaling).
struct PixelBox {
  double x = 0, y = 0, width = 0, height = 0;
};

// Where `region` (in the compared grid of a comparison made with `handling`) lies in `image`, which is
// `older` or `newer`: the same pixels for kSame; scaled from the smaller image's grid for kScaled; clipped
// to the image for kCanvas (both sit at the top left). nullopt when the region lies outside it (a canvas
// area only the other image covers) or the grid is empty.
std::optional<PixelBox> region_in_image(const Region& region, const Image& image, const Image& older,
                                        const Image& newer, SizeHandling handling);

}  // namespace sk::import
