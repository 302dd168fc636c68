// Pixel comparison of two images and the boxes around what changed; see image_compare.h.
#include "import/image_compare.h"

#include <algorithm>
#include <cstdlib>
#include <deque>

namespace sk::import {

namespace {

constexpr uint32_t kGridCells = 256;  // changed regions are found on a grid of at most 256 x 256 cells
constexpr int64_t kJoinCells = 4;     // cells this close (1.5% of the longer side) belong to one area

// `src` averaged down (box filter) to width x height; each output pixel is the mean of the source pixels
// its area covers.
Image downscale(const Image& src, uint32_t width, uint32_t height) {
  Image out;
  out.width = width;
  out.height = height;
  out.rgb.resize(size_t{width} * height * 3);
  for (uint32_t y = 0; y < height; ++y) {
    const uint32_t y0 = static_cast<uint32_t>(uint64_t{y} * src.height / height);
    const uint32_t y1 = std::max(y0 + 1, static_cast<uint32_t>(uint64_t{y + 1} * src.height / height));
    for (uint32_t x = 0; x < width; ++x) {
      const uint32_t x0 = static_cast<uint32_t>(uint64_t{x} * src.width / width);
      const uint32_t x1 = std::max(x0 + 1, static_cast<uint32_t>(uint64_t{x + 1} * src.width / width));
      uint64_t sum[3] = {0, 0, 0};
      for (uint32_t sy = y0; sy < y1; ++sy) {
        for (uint32_t sx = x0; sx < x1; ++sx) {
          const uint8_t* p = src.pixel(sx, sy);
          for (int c = 0; c < 3; ++c) sum[c] += p[c];
        }
      }
      const uint64_t n = uint64_t{y1 - y0} * (x1 - x0);
      uint8_t* o = &out.rgb[(size_t{y} * width + x) * 3];
      for (int c = 0; c < 3; ++c) o[c] = static_cast<uint8_t>((sum[c] + n / 2) / n);
    }
  }
  return out;
}

bool differs(const uint8_t* a, const uint8_t* b) {
  for (int c = 0; c < 3; ++c) {
    if (std::abs(int{a[c]} - int{b[c]}) > kPixelTolerance) return true;
  }
  return false;
}

struct Cell {
  uint64_t changed = 0;
  uint32_t x0 = UINT32_MAX, y0 = UINT32_MAX, x1 = 0, y1 = 0;  // end exclusive
};

class ChangeMap {
 public:
  ChangeMap(uint32_t width, uint32_t height)
      : cell_(std::max<uint32_t>(1, (std::max(width, height) + kGridCells - 1) / kGridCells)),
        gw_((width + cell_ - 1) / cell_),
        gh_((height + cell_ - 1) / cell_),
        cells_(size_t{gw_} * gh_) {}

  void mark(uint32_t x, uint32_t y) {
    Cell& c = cells_[size_t{y / cell_} * gw_ + x / cell_];
    ++c.changed;
    c.x0 = std::min(c.x0, x);
    c.y0 = std::min(c.y0, y);
    c.x1 = std::max(c.x1, x + 1);
    c.y1 = std::max(c.y1, y + 1);
  }

  // Groups of changed cells no more than kJoinCells cells apart, as boxes, largest first: changes that
  // close together are one area to a reader (a line of text and the box around it), not several.
  std::vector<Region> regions() const {
    std::vector<Region> out;
    std::vector<bool> seen(cells_.size());
    std::deque<size_t> queue;
    for (size_t start = 0; start < cells_.size(); ++start) {
      if (seen[start] || cells_[start].changed == 0) continue;
      Cell box;
      seen[start] = true;
      queue.push_back(start);
      while (!queue.empty()) {
        const size_t i = queue.front();
        queue.pop_front();
        const Cell& c = cells_[i];
        box.changed += c.changed;
        box.x0 = std::min(box.x0, c.x0);
        box.y0 = std::min(box.y0, c.y0);
        box.x1 = std::max(box.x1, c.x1);
        box.y1 = std::max(box.y1, c.y1);
        const int64_t cx = static_cast<int64_t>(i % gw_), cy = static_cast<int64_t>(i / gw_);
        for (int64_t dy = -kJoinCells; dy <= kJoinCells; ++dy) {
          for (int64_t dx = -kJoinCells; dx <= kJoinCells; ++dx) {
            const int64_t nx = cx + dx, ny = cy + dy;
            if (nx < 0 || ny < 0 || nx >= gw_ || ny >= gh_) continue;
            const size_t n = static_cast<size_t>(ny) * gw_ + static_cast<size_t>(nx);
            if (!seen[n] && cells_[n].changed > 0) {
              seen[n] = true;
              queue.push_back(n);
            }
          }
        }
      }
      out.push_back(Region{box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0, box.changed});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Region& a, const Region& b) { return a.changed_pixels > b.changed_pixels; });
    return out;
  }

 private:
  uint32_t cell_, gw_, gh_;
  std::vector<Cell> cells_;
};

bool same_aspect(const Image& a, const Image& b) {
  const double lhs = static_cast<double>(a.width) * b.height, rhs = static_cast<double>(b.width) * a.height;
  return std::abs(lhs - rhs) <= 0.01 * std::max(lhs, rhs);
}

void finish(ImageComparison& r, const ChangeMap& map) {
  r.changed_share = r.total_pixels == 0 ? 0 : double(r.changed_pixels) / double(r.total_pixels);
  r.regions = map.regions();
  if (r.regions.size() > kMaxRegions) {
    r.regions.resize(kMaxRegions);
    r.regions_truncated = true;
  }
}

// Which pixels of a `width` × `height` grid differ (1) beyond the tolerance, then the rule that counts them:
// a differing pixel counts as changed only when it is part of a 2 × 2 block of differing pixels. What
// re-saving (JPEG ringing) or resampling leaves behind — lone pixels and one-pixel lines along edges — is
// not an edit and is not counted; any visible edit is larger than that.
class DiffMask {
 public:
  DiffMask(uint32_t width, uint32_t height) : width_(width), height_(height), bits_(size_t{width} * height) {}
  void set(uint32_t x, uint32_t y) { bits_[size_t{y} * width_ + x] = 1; }

  // Counts the changed pixels into `r` and marks them on `map`.
  void count(ImageComparison& r, ChangeMap& map) const {
    for (uint32_t y = 0; y < height_; ++y) {
      for (uint32_t x = 0; x < width_; ++x) {
        if (!at(x, y) || !in_block(x, y)) continue;
        ++r.changed_pixels;
        map.mark(x, y);
      }
    }
  }

 private:
  bool at(int64_t x, int64_t y) const {
    return x >= 0 && y >= 0 && x < width_ && y < height_ && bits_[static_cast<size_t>(y) * width_ + x];
  }
  // Whether one of the four 2 × 2 blocks that hold (x, y) differs in all its pixels.
  bool in_block(int64_t x, int64_t y) const {
    for (int64_t dy = -1; dy <= 0; ++dy) {
      for (int64_t dx = -1; dx <= 0; ++dx) {
        if (at(x + dx, y + dy) && at(x + dx + 1, y + dy) && at(x + dx, y + dy + 1) &&
            at(x + dx + 1, y + dy + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  uint32_t width_, height_;
  std::vector<uint8_t> bits_;
};

ImageComparison compare_same_size(const Image& a, const Image& b, SizeHandling handling) {
  ImageComparison r;
  r.size_handling = handling;
  r.total_pixels = uint64_t{a.width} * a.height;
  DiffMask mask(a.width, a.height);
  for (uint32_t y = 0; y < a.height; ++y) {
    for (uint32_t x = 0; x < a.width; ++x) {
      if (differs(a.pixel(x, y), b.pixel(x, y))) mask.set(x, y);
    }
  }
  ChangeMap map(a.width, a.height);
  mask.count(r, map);
  finish(r, map);
  return r;
}

ImageComparison compare_on_canvas(const Image& a, const Image& b) {
  ImageComparison r;
  r.size_handling = SizeHandling::kCanvas;
  const uint32_t width = std::max(a.width, b.width), height = std::max(a.height, b.height);
  DiffMask mask(width, height);
  for (uint32_t y = 0; y < height; ++y) {
    for (uint32_t x = 0; x < width; ++x) {
      const bool in_a = x < a.width && y < a.height, in_b = x < b.width && y < b.height;
      if (!in_a && !in_b) continue;  // outside both images: not part of either, not counted
      ++r.total_pixels;
      if (!in_a || !in_b || differs(a.pixel(x, y), b.pixel(x, y))) mask.set(x, y);
    }
  }
  ChangeMap map(width, height);
  mask.count(r, map);
  finish(r, map);
  return r;
}

}  // namespace

const char* to_string(SizeHandling handling) {
  switch (handling) {
    case SizeHandling::kSame:
      return "same";
    case SizeHandling::kScaled:
      return "scaled";
    case SizeHandling::kCanvas:
      return "canvas";
  }
  return "same";
}

bool older_is_scaled_grid(const Image& older, const Image& newer) {
  return uint64_t{older.width} * older.height <= uint64_t{newer.width} * newer.height;
}

std::optional<PixelBox> region_in_image(const Region& region, const Image& image, const Image& older,
                                        const Image& newer, SizeHandling handling) {
  switch (handling) {
    case SizeHandling::kSame:
      break;
    case SizeHandling::kScaled: {
      const Image& grid = older_is_scaled_grid(older, newer) ? older : newer;
      if (grid.width == 0 || grid.height == 0) return std::nullopt;
      const double sx = double(image.width) / grid.width, sy = double(image.height) / grid.height;
      return PixelBox{region.x * sx, region.y * sy, region.width * sx, region.height * sy};
    }
    case SizeHandling::kCanvas: {
      // Both images sit at the canvas's top left: the same pixels, clipped to this image.
      const uint32_t x1 = std::min(region.x + region.width, image.width);
      const uint32_t y1 = std::min(region.y + region.height, image.height);
      if (region.x >= x1 || region.y >= y1) return std::nullopt;
      return PixelBox{double(region.x), double(region.y), double(x1 - region.x), double(y1 - region.y)};
    }
  }
  return PixelBox{double(region.x), double(region.y), double(region.width), double(region.height)};
}

ImageComparison compare_images(const Image& older, const Image& newer) {
  if (older.width == newer.width && older.height == newer.height) {
    return compare_same_size(older, newer, SizeHandling::kSame);
  }
  if (!same_aspect(older, newer)) return compare_on_canvas(older, newer);
  // Same picture at another resolution: compare at the smaller size, the larger one averaged down to it.
  if (!older_is_scaled_grid(older, newer)) {
    return compare_same_size(downscale(older, newer.width, newer.height), newer, SizeHandling::kScaled);
  }
  return compare_same_size(older, downscale(newer, older.width, older.height), SizeHandling::kScaled);
}

}  // namespace sk::import
