// Long work off the UI thread; see task.h.
#include "model/task.h"

#include <exception>
#include <new>

#include "common/error.h"

namespace sk::gui::model {

void TaskControl::set_step(std::string step) {
  std::lock_guard lock(mutex_);
  step_ = std::move(step);
}

std::string TaskControl::step() const {
  std::lock_guard lock(mutex_);
  return step_;
}

TaskRunner::~TaskRunner() {
  control_.cancel();
  wait();
}

void TaskRunner::start(std::function<void(TaskControl&)> work, std::function<void(const Outcome&)> finished) {
  running_.store(true);
  thread_ = std::thread([this, work = std::move(work), finished = std::move(finished)] {
    Outcome outcome;
    try {
      work(control_);
      if (control_.cancelled()) outcome.kind = Outcome::Kind::kCancelled;
    } catch (const TaskCancelled&) {
      outcome.kind = Outcome::Kind::kCancelled;
    } catch (const Error& error) {
      outcome = {Outcome::Kind::kFailed, describe(error), error};
    } catch (const std::bad_alloc&) {
      outcome = {Outcome::Kind::kFailed, "not enough memory", std::nullopt};
    } catch (const std::exception& error) {
      outcome = {Outcome::Kind::kFailed, error.what(), std::nullopt};
    }
    finished(outcome);
    running_.store(false);
  });
}

void TaskRunner::wait() {
  if (thread_.joinable()) thread_.join();
}

}  // namespace sk::gui::model
