// Tests of the background-work runner (src/gui/model/task.h): results, errors in the CLI's words,
// cooperative cancel, and the step label.
#include "model/task.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>

#include "common/error.h"

namespace {

using sk::gui::model::Outcome;
using sk::gui::model::TaskControl;
using sk::gui::model::TaskRunner;

// Runs `work` and returns what the runner reported.
Outcome run(std::function<void(TaskControl&)> work) {
  Outcome seen;
  TaskRunner runner;
  runner.start(std::move(work), [&](const Outcome& outcome) { seen = outcome; });
  runner.wait();
  CHECK_FALSE(runner.running());
  return seen;
}

}  // namespace

TEST_CASE("finished work is reported done on the worker thread", "[gui][task]") {
  int result = 0;
  const std::thread::id ui = std::this_thread::get_id();
  std::thread::id worker;
  const Outcome outcome = run([&](TaskControl& control) {
    control.set_step("adding");
    worker = std::this_thread::get_id();
    result = 40 + 2;
  });
  CHECK(outcome.kind == Outcome::Kind::kDone);
  CHECK(result == 42);
  CHECK(worker != ui);
}

TEST_CASE("an sk::Error is reported as the CLI's message without \"error: \"", "[gui][task]") {
  const Outcome outcome =
      run([](TaskControl&) { throw sk::Error(sk::ErrorKind::kNotFound, "draft.txt", "no such file"); });
  CHECK(outcome.kind == Outcome::Kind::kFailed);
  CHECK(outcome.error == "draft.txt: no such file");
}

TEST_CASE("other exceptions are reported too, never lost", "[gui][task]") {
  const Outcome outcome = run([](TaskControl&) { throw std::runtime_error("boom"); });
  CHECK(outcome.kind == Outcome::Kind::kFailed);
  CHECK(outcome.error == "boom");
}

TEST_CASE("cancel stops the work at its next checkpoint", "[gui][task]") {
  std::mutex mutex;
  std::condition_variable changed;
  bool started = false;
  int steps_after_cancel = 0;
  Outcome seen;
  TaskRunner runner;
  runner.start(
      [&](TaskControl& control) {
        {
          std::lock_guard lock(mutex);
          started = true;
        }
        changed.notify_all();
        while (true) {
          control.checkpoint();
          if (control.cancelled()) ++steps_after_cancel;  // never reached: checkpoint throws first
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
      },
      [&](const Outcome& outcome) { seen = outcome; });
  {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return started; });
  }
  CHECK(runner.running());
  runner.control().cancel();
  runner.wait();
  CHECK(seen.kind == Outcome::Kind::kCancelled);
  CHECK(steps_after_cancel == 0);
}

TEST_CASE("work that returns after cancel counts as cancelled", "[gui][task]") {
  const Outcome outcome = run([](TaskControl& control) { control.cancel(); });
  CHECK(outcome.kind == Outcome::Kind::kCancelled);
}

TEST_CASE("destroying a runner cancels and waits for its work", "[gui][task]") {
  bool finished = false;
  {
    TaskRunner runner;
    runner.start(
        [](TaskControl& control) {
          for (;;) {
            control.checkpoint();
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
          }
        },
        [&](const Outcome&) { finished = true; });
  }
  CHECK(finished);
}

TEST_CASE("the step label is shared between threads", "[gui][task]") {
  TaskControl control;
  CHECK(control.step().empty());
  control.set_step("Reading draft-v2.txt");
  CHECK(control.step() == "Reading draft-v2.txt");
}
