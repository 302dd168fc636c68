// Runs long work (reading files, measuring) off the UI thread while the window stays live: after a short
// delay a small progress dialog with a moving bar, the current step and Cancel appears; the result or the
// error message comes back on the UI thread. Cancel is cooperative: the work calls
// TaskControl::checkpoint() between its steps. The logic without windows is model/task.h.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <wx/string.h>
#include <wx/timer.h>
#include <wx/weakref.h>
#include <wx/window.h>

#include "model/task.h"

class wxDialog;
class wxGauge;
class wxStaticText;
class wxWindowDisabler;

namespace sk::gui {

class BackgroundTask {
 public:
  // `parent` is disabled while the progress dialog shows. Use from the UI thread only.
  BackgroundTask(wxWindow* parent, const wxString& title);
  // Cancels the work and waits for it; nothing is delivered afterwards.
  ~BackgroundTask();
  BackgroundTask(const BackgroundTask&) = delete;
  BackgroundTask& operator=(const BackgroundTask&) = delete;

  // Runs work(control) on a worker thread. On the UI thread afterwards: done(result) when it returned,
  // failed(message) when it threw sk::Error ("file: what") or another exception; nothing when cancelled.
  // REQUIRES: called once.
  template <typename Result>
  void start(std::function<Result(model::TaskControl&)> work, std::function<void(Result)> done,
             std::function<void(const wxString&)> failed) {
    auto result = std::make_shared<std::optional<Result>>();
    start_erased([work = std::move(work), result](model::TaskControl& control) { *result = work(control); },
                 [done = std::move(done), result] { done(std::move(**result)); }, std::move(failed));
  }

  bool running() const { return runner_.running(); }

 private:
  void start_erased(std::function<void(model::TaskControl&)> work, std::function<void()> done,
                    std::function<void(const wxString&)> failed);
  void on_tick(wxTimerEvent& event);
  void show_dialog();
  void close_dialog();
  void deliver(const model::Outcome& outcome);

  wxWeakRef<wxWindow> parent_;
  wxString title_;
  wxTimer timer_;
  int ticks_ = 0;
  wxDialog* dialog_ = nullptr;
  wxStaticText* step_ = nullptr;
  wxGauge* gauge_ = nullptr;
  std::unique_ptr<wxWindowDisabler> disabler_;
  std::function<void()> done_;
  std::function<void(const wxString&)> failed_;
  // Cleared by the destructor: a result already queued for a destroyed task is then dropped.
  std::shared_ptr<BackgroundTask*> self_;
  model::TaskRunner runner_;  // last: destroyed (joined) first
};

}  // namespace sk::gui
