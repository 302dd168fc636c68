// The Compare view for two images; see image_compare_panel.h.
#include "image_compare_panel.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <wx/bitmap.h>
#include <wx/control.h>
#include <wx/dcbuffer.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "form.h"
#include "model/compare_view.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

// A display copy is never larger than this on its longer side: enough for a large screen's half, and
// rescaling it on every resize stays quick even for a 50-megapixel original.
constexpr unsigned kMaxPreviewSide = 2560;

// The outline: a strong crimson over a white halo, visible on dark and light pictures alike.
const wxColour kRegionColour(200, 16, 60);
const wxColour kHaloColour(255, 255, 255);
const wxColour kFrameColour(160, 160, 160);

wxString separator() {
  return to_wx(" \u00B7 ");
}

wxString size_text(unsigned width, unsigned height) {
  return to_wx(std::to_string(width) + " \u00D7 " + std::to_string(height));
}

}  // namespace

// Paints the two sides next to each other, each scaled to fit its half (aspect kept), with the label above
// and the regions outlined. The scaled bitmaps are cached per size and device scale.
class ImageComparePanel::Canvas : public wxWindow {
 public:
  Canvas(wxWindow* parent, const Side& older, const Side& newer)
      : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE),
        sides_{&older, &newer} {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(480, 260)));
    Bind(wxEVT_PAINT, &Canvas::on_paint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
      Refresh();
      event.Skip();
    });
    Bind(wxEVT_DPI_CHANGED, [this](wxDPIChangedEvent& event) {
      for (Cached& c : cache_) c = Cached{};
      Refresh();
      event.Skip();
    });
  }

 private:
  struct Cached {
    wxSize physical;
    wxBitmap bitmap;
  };

  void on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    dc.SetFont(GetFont());
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    const wxSize client = GetClientSize();
    const int margin = FromDIP(12), gap = FromDIP(20);
    const int half = (client.x - 2 * margin - gap) / 2;
    if (half <= 0) return;
    const int top = margin + dc.GetCharHeight() + FromDIP(6);
    for (int i = 0; i < 2; ++i) {
      const int left = margin + i * (half + gap);
      dc.DrawText(wxControl::Ellipsize(sides_[i]->label, dc, wxELLIPSIZE_MIDDLE, half), left, margin);
      draw_side(dc, *sides_[i], cache_[i], wxRect(left, top, half, client.y - top - margin));
    }
  }

  void draw_side(wxDC& dc, const Side& side, Cached& cache, const wxRect& area) {
    if (area.width <= 0 || area.height <= 0 || side.width == 0 || side.height == 0 || !side.preview.IsOk()) {
      return;
    }
    const unsigned frame_width = std::max(side.width, side.frame_width);
    const unsigned frame_height = std::max(side.height, side.frame_height);
    const double fit = std::min(double(area.width) / frame_width, double(area.height) / frame_height);
    const int width = std::max(1, int(std::lround(side.width * fit)));
    const int height = std::max(1, int(std::lround(side.height * fit)));
    const int x = area.x + int(std::lround((area.width - frame_width * fit) / 2)), y = area.y;
    // Scale for the device's pixels, so the picture stays sharp on a high-DPI screen.
    const double device = GetContentScaleFactor();
    const wxSize physical(std::max(1, int(std::lround(width * device))),
                          std::max(1, int(std::lround(height * device))));
    if (cache.physical != physical || !cache.bitmap.IsOk()) {
      cache.bitmap = wxBitmap(side.preview.Scale(physical.x, physical.y, wxIMAGE_QUALITY_HIGH),
                              wxBITMAP_SCREEN_DEPTH, device);
      cache.physical = physical;
    }
    dc.DrawBitmap(cache.bitmap, x, y);

    dc.SetBrush(*wxTRANSPARENT_BRUSH);
    dc.SetPen(wxPen(kFrameColour, 1));
    dc.DrawRectangle(x - 1, y - 1, width + 2, height + 2);

    // Each region, just outside its changed pixels; a tiny one still gets a box that can be seen.
    const int smallest = FromDIP(8), pad = FromDIP(2);
    const wxPen halo(kHaloColour, FromDIP(4)), outline(kRegionColour, FromDIP(2));
    for (const PixelBox& box : side.boxes) {
      const double cx = x + (box.x + box.width / 2) * fit, cy = y + (box.y + box.height / 2) * fit;
      const int w = std::max(smallest, int(std::lround(box.width * fit)) + 2 * pad);
      const int h = std::max(smallest, int(std::lround(box.height * fit)) + 2 * pad);
      const wxRect r(int(std::lround(cx - w / 2.0)), int(std::lround(cy - h / 2.0)), w, h);
      dc.SetPen(halo);
      dc.DrawRectangle(r);
      dc.SetPen(outline);
      dc.DrawRectangle(r);
    }
  }

  const Side* sides_[2];
  Cached cache_[2];
};

ImageComparePanel::Side ImageComparePanel::make_side(const import::Image& image, const wxString& label) {
  Side side;
  side.width = image.width;
  side.height = image.height;
  side.label = label;
  side.frame_width = image.width;
  side.frame_height = image.height;
  if (image.width == 0 || image.height == 0 || image.rgb.size() < size_t{image.width} * image.height * 3) {
    return side;
  }
  side.preview.Create(int(image.width), int(image.height), false);
  std::memcpy(side.preview.GetData(), image.rgb.data(), size_t{image.width} * image.height * 3);
  const unsigned longer = std::max(image.width, image.height);
  if (longer > kMaxPreviewSide) {
    const double f = double(kMaxPreviewSide) / longer;
    side.preview.Rescale(std::max(1, int(image.width * f)), std::max(1, int(image.height * f)),
                         wxIMAGE_QUALITY_BOX_AVERAGE);
  }
  return side;
}

ImageComparePanel::ImageComparePanel(wxWindow* parent, const import::Image& older, const import::Image& newer,
                                     const import::ImageComparison& comparison, const std::string& old_name,
                                     const std::string& new_name)
    : wxPanel(parent, wxID_ANY) {
  // TRANSLATORS: first figure of an image comparison; %s is a percentage such as 4.20%
  figures_ = wxString::Format(_("%s of the pixels changed"),
                              to_wx(measure::share_percent(comparison.changed_share)));
  const size_t regions = comparison.regions.size();
  const std::string count = measure::with_thousands(regions) + (comparison.regions_truncated ? "+" : "");
  // TRANSLATORS: how many separate changed areas two images have; %s is a number (64+ when there were more)
  figures_ += separator() + wxString::Format(wxPLURAL("%s region", "%s regions", int(regions)), to_wx(count));
  if (comparison.size_handling == import::SizeHandling::kScaled) {
    // TRANSLATORS: two images of the same proportions but other sizes were compared at the smaller size
    figures_ += separator() + _("sizes differ: compared scaled");
  } else if (comparison.size_handling == import::SizeHandling::kCanvas) {
    // TRANSLATORS: two images of other proportions were laid over each other from the top left corner
    figures_ += separator() + _("sizes differ: compared on a shared canvas");
  }
  // TRANSLATORS: e.g. "210 of 5,000 pixels changed"
  pixels_ = wxString::Format(_("%s of %s pixels changed."),
                             to_wx(measure::with_thousands(comparison.changed_pixels)),
                             to_wx(measure::with_thousands(comparison.total_pixels)));
  pixels_ += ' ';
  // TRANSLATORS: legend under the figures of an image comparison
  pixels_ += _("Changed regions are outlined in red.");

  // TRANSLATORS: label above the older image; %s is its file name, then its size in pixels (640 × 480)
  old_side_ = make_side(
      older, wxString::Format(_("Before: %s (%s)"), to_wx(old_name), size_text(older.width, older.height)));
  // TRANSLATORS: label above the newer image; %s is its file name, then its size in pixels (640 × 480)
  new_side_ = make_side(
      newer, wxString::Format(_("After: %s (%s)"), to_wx(new_name), size_text(newer.width, newer.height)));
  if (comparison.size_handling == import::SizeHandling::kCanvas) {
    for (Side* side : {&old_side_, &new_side_}) {
      side->frame_width = std::max(older.width, newer.width);
      side->frame_height = std::max(older.height, newer.height);
    }
  }
  for (const import::Region& region : comparison.regions) {
    if (auto box = import::region_in_image(region, older, older, newer, comparison.size_handling)) {
      old_side_.boxes.push_back(*box);
    }
    if (auto box = import::region_in_image(region, newer, older, newer, comparison.size_handling)) {
      new_side_.boxes.push_back(*box);
    }
    region_lines_.push_back("region " + std::to_string(region_lines_.size() + 1) + ": " +
                            std::to_string(region.width) + "x" + std::to_string(region.height) + " at (" +
                            std::to_string(region.x) + ", " + std::to_string(region.y) + ")");
  }

  wxStaticText* figures = bold_label(this, figures_, 1.15f);
  auto* pixels = new wxStaticText(this, wxID_ANY, pixels_);
  pixels->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  auto* canvas = new Canvas(this, old_side_, new_side_);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(figures, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(12)));
  sizer->Add(pixels, wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(12)));
  sizer->Add(canvas, wxSizerFlags(1).Expand());
  SetSizer(sizer);
}

std::string ImageComparePanel::describe() const {
  std::string out = to_utf8(figures_) + '\n' + to_utf8(pixels_) + '\n' + to_utf8(old_side_.label) + '\n' +
                    to_utf8(new_side_.label) + '\n';
  for (const std::string& line : region_lines_) out += line + '\n';
  return out;
}

}  // namespace sk::gui
