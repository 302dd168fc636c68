// Long work off the UI thread, without wxWidgets: cooperative cancellation, a step label for the progress
// indicator, and a runner that turns the work's result or error into an Outcome. The windows that show it
// are in background_task.h.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "common/error.h"

namespace sk::gui::model {

// Thrown by TaskControl::checkpoint() once the task was cancelled; the runner reports it as cancelled.
struct TaskCancelled {};

// Shared by the worker and the UI thread; every member is thread-safe.
class TaskControl {
 public:
  void cancel() { cancelled_.store(true); }
  bool cancelled() const { return cancelled_.load(); }
  // Call between steps: throws TaskCancelled when cancel() was called.
  void checkpoint() const {
    if (cancelled()) throw TaskCancelled{};
  }

  // What the worker is doing now, for the progress indicator ("Reading draft-v2.txt").
  void set_step(std::string step);
  std::string step() const;

 private:
  std::atomic<bool> cancelled_{false};
  mutable std::mutex mutex_;
  std::string step_;
};

struct Outcome {
  enum class Kind { kDone, kFailed, kCancelled };
  Kind kind = Kind::kDone;
  std::string error;  // kFailed: "subject: message" for sk::Error (as the CLI prints after "error: ")
  std::optional<Error>
      failure;  // kFailed by an sk::Error: the error itself, for words in the user's language
};

// Runs one piece of work on its own thread. REQUIRES: start() at most once. The destructor cancels the
// work and waits for it, so `work` and `finished` may use anything that outlives the runner.
class TaskRunner {
 public:
  TaskRunner() = default;
  TaskRunner(const TaskRunner&) = delete;
  TaskRunner& operator=(const TaskRunner&) = delete;
  ~TaskRunner();

  // Calls work(control) on a new thread, then finished(outcome) on that same thread. sk::Error and
  // std::exception become kFailed, TaskCancelled (or any return after cancel()) kCancelled.
  void start(std::function<void(TaskControl&)> work, std::function<void(const Outcome&)> finished);

  TaskControl& control() { return control_; }
  // True from start() until finished() has returned.
  bool running() const { return running_.load(); }
  // Blocks until the worker has finished (for tests and shutdown).
  void wait();

 private:
  TaskControl control_;
  std::atomic<bool> running_{false};
  std::thread thread_;
};

}  // namespace sk::gui::model
