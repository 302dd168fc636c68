// PNG and JPEG decoding and the pixel comparison: share, tolerance, regions, size changes.
#include <catch2/catch.hpp>

#include "fixtures.h"
#include "import/image_compare.h"
#include "import/import.h"

using namespace sk::import;
using namespace sk::import::testing;

namespace {

Rgb white(uint32_t, uint32_t) {
  return Rgb{255, 255, 255};
}

// A white picture with black boxes at [x0,x1) x [y0,y1).
Painter boxes(std::vector<std::array<uint32_t, 4>> list) {
  return [list](uint32_t x, uint32_t y) {
    for (const auto& b : list) {
      if (x >= b[0] && x < b[1] && y >= b[2] && y < b[3]) return Rgb{0, 0, 0};
    }
    return Rgb{255, 255, 255};
  };
}

}  // namespace

TEST_CASE("image: PNG and JPEG decode to RGB") {
  const ImportedRevision png = import_bytes(png_bytes(40, 30, boxes({{0, 10, 0, 10}})), "a.png");
  CHECK(png.kind == Kind::kImage);
  CHECK(png.format == Format::kPng);
  CHECK(png.image.width == 40);
  CHECK(png.image.height == 30);
  CHECK(png.image.pixel(5, 5)[0] == 0);
  CHECK(png.image.pixel(20, 20)[0] == 255);
  const ImportedRevision jpeg = import_bytes(jpeg_bytes(40, 30, white), "a.jpg");
  CHECK(jpeg.format == Format::kJpeg);
  CHECK(jpeg.image.width == 40);
  CHECK(jpeg.image.pixel(20, 20)[1] > 250);
}

TEST_CASE("image: changed share and the boxes of changed regions") {
  const Image a = import_bytes(png_bytes(100, 80, white), "a.png").image;
  const Image b =
      import_bytes(png_bytes(100, 80, boxes({{10, 20, 10, 15}, {60, 90, 40, 80}})), "b.png").image;
  const ImageComparison c = compare_images(a, b);
  CHECK(c.size_handling == SizeHandling::kSame);
  CHECK(c.total_pixels == 8000);
  CHECK(c.changed_pixels == 50 + 1200);
  CHECK(c.changed_share == Approx(1250.0 / 8000));
  REQUIRE(c.regions.size() == 2);
  CHECK(c.regions[0].x == 60);
  CHECK(c.regions[0].y == 40);
  CHECK(c.regions[0].width == 30);
  CHECK(c.regions[0].height == 40);
  CHECK(c.regions[1].changed_pixels == 50);
  CHECK(compare_images(a, a).changed_pixels == 0);
}

TEST_CASE("image: JPEG re-encoding noise stays under the tolerance") {
  const Painter gradient = [](uint32_t x, uint32_t y) { return Rgb{uint8_t(x * 2), uint8_t(y * 3), 128}; };
  const Image png = import_bytes(png_bytes(120, 80, gradient), "a.png").image;
  const Image jpeg = import_bytes(jpeg_bytes(120, 80, gradient, 90), "a.jpg").image;
  CHECK(compare_images(png, jpeg).changed_share < 0.01);
}

TEST_CASE("image: same proportions at another size are compared at the smaller size") {
  const Image small = import_bytes(png_bytes(50, 40, boxes({{10, 20, 10, 20}})), "s.png").image;
  const Image large = import_bytes(png_bytes(100, 80, boxes({{20, 40, 20, 40}})), "l.png").image;
  const ImageComparison c = compare_images(large, small);
  CHECK(c.size_handling == SizeHandling::kScaled);
  CHECK(c.total_pixels == 2000);
  CHECK(c.changed_pixels == 0);
}

TEST_CASE("image: a changed canvas counts the area inside only one image as changed") {
  const Image a = import_bytes(png_bytes(100, 50, white), "a.png").image;
  const Image b = import_bytes(png_bytes(100, 100, white), "b.png").image;
  const ImageComparison c = compare_images(a, b);
  CHECK(c.size_handling == SizeHandling::kCanvas);
  CHECK(c.total_pixels == 10000);
  CHECK(c.changed_pixels == 5000);
  REQUIRE(c.regions.size() == 1);
  CHECK(c.regions[0].y == 50);
  CHECK(c.regions[0].height == 50);
}

TEST_CASE("image: many scattered changes keep at most kMaxRegions boxes") {
  const Image a = import_bytes(png_bytes(400, 400, white), "a.png").image;
  // 400 dots of 2 × 2 pixels, 20 pixels apart: each a change of its own (farther apart than 1.5%).
  const Painter dots = [](uint32_t x, uint32_t y) {
    return x % 20 < 2 && y % 20 < 2 ? Rgb{0, 0, 0} : Rgb{255, 255, 255};
  };
  const Image b = import_bytes(png_bytes(400, 400, dots), "b.png").image;
  const ImageComparison c = compare_images(a, b);
  CHECK(c.changed_pixels == 1600);
  CHECK(c.regions.size() == kMaxRegions);
  CHECK(c.regions_truncated);
}

TEST_CASE("image: a changed region is placed on each picture as it was compared") {
  // Scaled, the larger picture older: the grid is the newer (smaller) one, so the box doubles on the older.
  const Image large = import_bytes(png_bytes(100, 80, white), "l.png").image;
  const Image small = import_bytes(png_bytes(50, 40, boxes({{10, 20, 10, 20}})), "s.png").image;
  const ImageComparison scaled = compare_images(large, small);
  REQUIRE(scaled.size_handling == SizeHandling::kScaled);
  CHECK_FALSE(older_is_scaled_grid(large, small));
  REQUIRE_FALSE(scaled.regions.empty());
  const Region& r = scaled.regions[0];
  const auto on_small = region_in_image(r, small, large, small, scaled.size_handling);
  const auto on_large = region_in_image(r, large, large, small, scaled.size_handling);
  REQUIRE(on_small);
  REQUIRE(on_large);
  CHECK(on_small->x == r.x);
  CHECK(on_large->x == 2.0 * r.x);
  CHECK(on_large->width == 2.0 * r.width);
  CHECK(on_large->height == 2.0 * r.height);
  CHECK(older_is_scaled_grid(small, large));

  // On a canvas, a region only the taller picture covers lies outside the shorter one.
  const Image wide = import_bytes(png_bytes(100, 50, white), "a.png").image;
  const Image tall = import_bytes(png_bytes(100, 100, white), "b.png").image;
  const ImageComparison canvas = compare_images(wide, tall);
  REQUIRE(canvas.regions.size() == 1);
  CHECK_FALSE(region_in_image(canvas.regions[0], wide, wide, tall, canvas.size_handling));
  const auto on_tall = region_in_image(canvas.regions[0], tall, wide, tall, canvas.size_handling);
  REQUIRE(on_tall);
  CHECK(on_tall->y == 50);
  CHECK(on_tall->height == 50);

  // The same size: the same pixels.
  const Region box{3, 4, 5, 6, 30};
  const auto same = region_in_image(box, wide, wide, wide, SizeHandling::kSame);
  REQUIRE(same);
  CHECK((same->x == 3 && same->y == 4 && same->width == 5 && same->height == 6));
}

TEST_CASE("image: lone pixels and one-pixel seams are noise, not edits (pixels 2)") {
  const Image a = import_bytes(png_bytes(300, 200, white), "a.png").image;
  // What re-saving or resampling leaves: scattered single pixels and a one-pixel line along an edge.
  const Painter noise = [](uint32_t x, uint32_t y) {
    const bool speck = (x * 7 + y * 13) % 97 == 0;
    const bool seam = y == 120 && x >= 20 && x < 280;
    return speck || seam ? Rgb{0, 0, 0} : Rgb{255, 255, 255};
  };
  const ImageComparison c = compare_images(a, import_bytes(png_bytes(300, 200, noise), "b.png").image);
  CHECK(c.changed_pixels == 0);
  CHECK(c.regions.empty());

  // A real edit among the same noise: only the edit counts, as one area.
  const Painter edit = [&](uint32_t x, uint32_t y) {
    return x >= 40 && x < 100 && y >= 30 && y < 60 ? Rgb{200, 30, 30} : noise(x, y);
  };
  const ImageComparison e = compare_images(a, import_bytes(png_bytes(300, 200, edit), "c.png").image);
  CHECK(e.changed_pixels == 60 * 30);
  REQUIRE(e.regions.size() == 1);
  CHECK(e.regions[0].x == 40);
  CHECK(e.regions[0].width == 60);
}

TEST_CASE("image: changes close together are one area, changes far apart are two") {
  const Image a = import_bytes(png_bytes(400, 300, white), "a.png").image;
  // A line of text (a 2-pixel-high bar) and the box drawn around it, 3 pixels apart: one area to a reader.
  const Image near =
      import_bytes(png_bytes(400, 300, boxes({{100, 300, 100, 102}, {95, 305, 95, 97}})), "b.png").image;
  CHECK(compare_images(a, near).regions.size() == 1);
  const Image far =
      import_bytes(png_bytes(400, 300, boxes({{20, 60, 20, 60}, {300, 360, 200, 260}})), "c.png").image;
  CHECK(compare_images(a, far).regions.size() == 2);
}

TEST_CASE("image: a version exported at twice the size, with one edit, shows one area") {
  // The picture: a box with sharp edges, drawn again at twice the size (resampling blurs every edge) with
  // one new block added.
  const auto picture = [](uint32_t x, uint32_t y) {
    return x >= 30 && x < 90 && y >= 20 && y < 70 ? Rgb{31, 78, 140} : Rgb{244, 241, 234};
  };
  const Image older = import_bytes(png_bytes(200, 100, picture), "a.png").image;
  const Painter bigger = [&](uint32_t x, uint32_t y) {
    if (x >= 260 && x < 340 && y >= 100 && y < 160) return Rgb{200, 40, 40};  // the edit
    return picture(x / 2, y / 2);
  };
  const ImageComparison c = compare_images(older, import_bytes(png_bytes(400, 200, bigger), "b.png").image);
  REQUIRE(c.size_handling == SizeHandling::kScaled);
  CHECK(c.regions.size() == 1);
  CHECK(c.changed_share == Approx(40.0 * 30 / (200 * 100)).margin(0.01));
}
