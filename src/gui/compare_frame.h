// The window that shows one comparison (ComparePanel), and the start-up of comparing two files: pick, then
// read and measure them off the UI thread, then show the result or the error.
#pragma once

#include <memory>
#include <string>

#include <wx/frame.h>

#include "model/compare_view.h"

namespace sk::gui {

class BackgroundTask;
class Settings;

class CompareFrame : public wxFrame {
 public:
  // `settings` must outlive the frame; the frame remembers its size there.
  CompareFrame(wxWindow* parent, Settings& settings, model::CompareView view, const std::string& old_name,
               const std::string& new_name);

 private:
  void on_close(wxCloseEvent& event);
  Settings& settings_;
};

// Reads OLD and NEW (UTF-8 paths) and measures them on a worker thread, with a progress dialog and Cancel
// after a moment; then opens a CompareFrame, or shows "<file>: <what>" in a message box. The returned task
// must be kept alive until it is done (destroying it cancels the work).
std::unique_ptr<BackgroundTask> compare_files(wxWindow* parent, Settings& settings,
                                              const std::string& old_path, const std::string& new_path);

}  // namespace sk::gui
