// A file descriptor closed when it goes out of scope; the standard streams (0, 1, 2) are never closed, so
// standard input can be wrapped like a file.
#pragma once

#include <unistd.h>

namespace sk {

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ > STDERR_FILENO) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace sk
