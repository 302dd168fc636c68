// The comparison windows (two texts, or two images) and comparing two files; see compare_frame.h.
#include "compare_frame.h"

#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include <optional>

#include "background_task.h"
#include "common/error.h"
#include "compare_panel.h"
#include "form.h"
#include "image_compare_panel.h"
#include "import/image_compare.h"
#include "import/import.h"
#include "measure/compare.h"
#include "settings.h"
#include "window_place.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

std::string file_name(const std::string& path) {
  return to_utf8(wxFileName(to_wx(path)).GetFullName());
}

// Two decoded images and how they differ.
struct ComparedImages {
  import::Image older, newer;
  import::ImageComparison comparison;
};

// What the worker hands back: two texts' view, or two images.
struct Compared {
  std::optional<model::CompareView> view;
  std::optional<ComparedImages> images;
};

// The window for two images: an ImageComparePanel, remembering its place like the text window does.
class ImageCompareFrame : public wxFrame {
 public:
  ImageCompareFrame(wxWindow* parent, Settings& settings, const ComparedImages& images,
                    const std::string& old_name, const std::string& new_name)
      : wxFrame(parent, wxID_ANY,
                wxString::Format(_("Compare: %s"), to_wx(old_name + " \u2192 " + new_name))),
        settings_(settings) {
    auto* panel =
        new ImageComparePanel(this, images.older, images.newer, images.comparison, old_name, new_name);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(panel, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    SetMinSize(FromDIP(wxSize(640, 420)));
    restore_window_place(this, settings_, "compare", FromDIP(wxSize(1100, 720)));
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
      save_window_place(this, settings_, "compare");
      event.Skip();
    });
  }

 private:
  Settings& settings_;
};

}  // namespace

CompareFrame::CompareFrame(wxWindow* parent, Settings& settings, model::CompareView view,
                           const std::string& old_name, const std::string& new_name)
    : wxFrame(parent, wxID_ANY,
              // TRANSLATORS: window title; the two file names follow
              wxString::Format(_("Compare: %s"), to_wx(old_name + " \u2192 " + new_name))),
      settings_(settings) {
  auto* panel = new ComparePanel(this, std::move(view), old_name, new_name);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(panel, wxSizerFlags(1).Expand());
  SetSizer(sizer);
  SetMinSize(FromDIP(wxSize(640, 420)));
  restore_window_place(this, settings_, "compare", FromDIP(wxSize(1100, 720)));
  Bind(wxEVT_CLOSE_WINDOW, &CompareFrame::on_close, this);
}

void CompareFrame::on_close(wxCloseEvent& event) {
  save_window_place(this, settings_, "compare");
  event.Skip();
}

std::unique_ptr<BackgroundTask> compare_files(wxWindow* parent, Settings& settings,
                                              const std::string& old_path, const std::string& new_path) {
  // TRANSLATORS: title of the progress dialog while two files are read and measured
  auto task = std::make_unique<BackgroundTask>(parent, _("Comparing"));
  const std::string old_name = file_name(old_path);
  const std::string new_name = file_name(new_path);
  // TRANSLATORS: progress step; %s is a file name
  const std::string reading_old = to_utf8(wxString::Format(_("Reading %s"), to_wx(old_name)));
  const std::string reading_new = to_utf8(wxString::Format(_("Reading %s"), to_wx(new_name)));
  // TRANSLATORS: progress step while the words of two texts are compared
  const std::string measuring = to_utf8(_("Measuring the changes..."));
  // TRANSLATORS: the new file of a comparison is an image but the old one is a text (or the reverse);
  // the file name comes before it
  const std::string new_is_image =
      to_utf8(_("is an image and the old file is a text; both must be texts or both images"));
  const std::string new_is_text =
      to_utf8(_("is a text and the old file is an image; both must be texts or both images"));
  wxWeakRef<wxWindow> owner(parent);
  task->start<Compared>(
      [old_path, new_path, new_name, reading_old, reading_new, measuring, new_is_image,
       new_is_text](model::TaskControl& control) {
        // Any format the ledger reads: texts and documents by their words, PNG/JPEG by their pixels.
        control.set_step(reading_old);
        import::ImportedRevision older = import::import_file(old_path);
        control.checkpoint();
        control.set_step(reading_new);
        import::ImportedRevision newer = import::import_file(new_path);
        control.checkpoint();
        if (older.kind != newer.kind) {
          throw Error(ErrorKind::kInvalidInput, new_name,
                      newer.kind == ContentKind::kImage ? new_is_image : new_is_text);
        }
        control.set_step(measuring);
        Compared result;
        if (newer.kind == ContentKind::kImage) {
          import::ImageComparison comparison = import::compare_images(older.image, newer.image);
          control.checkpoint();
          result.images =
              ComparedImages{std::move(older.image), std::move(newer.image), std::move(comparison)};
          return result;
        }
        const measure::Comparison comparison = measure::compare(older.document, newer.document);
        control.checkpoint();
        result.view = model::build_compare_view(older.document, newer.document, comparison);
        return result;
      },
      [owner, &settings, old_name, new_name](Compared result) {
        if (result.images) {
          auto* frame = new ImageCompareFrame(owner.get(), settings, *result.images, old_name, new_name);
          frame->Show();
          return;
        }
        auto* frame = new CompareFrame(owner.get(), settings, std::move(*result.view), old_name, new_name);
        frame->Show();
      },
      [owner](const wxString& message) {
        message_box(message, _("Cannot compare the files"), wxOK | wxICON_ERROR, owner.get());
      });
  return task;
}

}  // namespace sk::gui
