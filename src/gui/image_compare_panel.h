// The Compare view for two images: the figures on top (share of changed pixels, regions, how the sizes were
// reconciled), then the old and the new image side by side, scaled to fit, with every changed region
// outlined on both. It displays an import::ImageComparison; decoding and measuring happen elsewhere, off
// the UI thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <wx/image.h>
#include <wx/panel.h>

#include "import/image.h"
#include "import/image_compare.h"

class wxStaticText;

namespace sk::gui {

using import::PixelBox;  // the changed regions are placed on each image by import::region_in_image

class ImageComparePanel : public wxPanel {
 public:
  // `old_name` and `new_name` label the two images (usually the file names, UTF-8). The images are copied
  // (reduced for display when very large); the caller's may go away.
  ImageComparePanel(wxWindow* parent, const import::Image& older, const import::Image& newer,
                    const import::ImageComparison& comparison, const std::string& old_name,
                    const std::string& new_name);

  // The figures as shown, then both names with their sizes, then each outlined region (in the compared
  // grid), as plain lines, for the GUI tests.
  std::string describe() const;

 private:
  // One shown image: a display copy and the size of the original it stands for.
  struct Side {
    wxImage preview;                 // at most kMaxPreviewSide on its longer side
    unsigned width = 0, height = 0;  // the original's pixels
    // The area fitted into the half of the view, with the image at its top left: the image itself, or the
    // shared canvas (kCanvas), so that both sides use one scale and the same pixels line up.
    unsigned frame_width = 0, frame_height = 0;
    wxString label;
    std::vector<PixelBox> boxes;  // the changed regions, in the original's pixels
  };
  class Canvas;

  static Side make_side(const import::Image& image, const wxString& label);

  wxString figures_, pixels_;
  Side old_side_, new_side_;
  std::vector<std::string> region_lines_;
};

}  // namespace sk::gui
