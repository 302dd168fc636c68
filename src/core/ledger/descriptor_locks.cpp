// Open-file-description locks for SQLite; see descriptor_locks.h.
#include "ledger/descriptor_locks.h"

#include <fcntl.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <mutex>

#include <sqlite3.h>

namespace sk::ledger {

namespace {

std::atomic<bool> g_in_use{false};
std::atomic<bool> g_kernel_refused{false};  // F_OFD_* answered EINVAL once: use POSIX locks from then on

int ofd_command(int command) {
  switch (command) {
    case F_GETLK:
      return F_OFD_GETLK;
    case F_SETLK:
      return F_OFD_SETLK;
    case F_SETLKW:
      return F_OFD_SETLKW;
    default:
      return command;
  }
}

// SQLite calls fcntl() through this (its "fcntl" system call slot): lock commands become their OFD form,
// everything else goes through as it was asked.
int descriptor_fcntl(int fd, int command, ...) {
  std::va_list arguments;
  va_start(arguments, command);
  int result = 0;
  switch (command) {
    case F_GETLK:
    case F_SETLK:
    case F_SETLKW: {
      auto* lock = va_arg(arguments, struct flock*);
      if (!g_kernel_refused.load(std::memory_order_relaxed)) {
        lock->l_pid = 0;  // required by F_OFD_*; SQLite leaves it unset
        result = ::fcntl(fd, ofd_command(command), lock);
        if (result == 0 || errno != EINVAL) break;
        g_kernel_refused.store(true, std::memory_order_relaxed);
      }
      result = ::fcntl(fd, command, lock);
      break;
    }
    case F_GETFD:
    case F_GETFL:
      result = ::fcntl(fd, command);
      break;
    case F_SETFD:
    case F_SETFL:
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
      result = ::fcntl(fd, command, va_arg(arguments, int));
      break;
    default:
      result = ::fcntl(fd, command, va_arg(arguments, void*));
      break;
  }
  va_end(arguments);
  return result;
}

}  // namespace

void use_descriptor_locks() {
  static std::once_flag once;
  std::call_once(once, [] {
    sqlite3_vfs* unix_vfs = sqlite3_vfs_find("unix");
    if (unix_vfs == nullptr || unix_vfs->xSetSystemCall == nullptr) return;
    // Every unix VFS variant shares this table of system calls, so one replacement covers them all.
    const int rc =
        unix_vfs->xSetSystemCall(unix_vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(&descriptor_fcntl));
    g_in_use = rc == SQLITE_OK;
  });
}

bool descriptor_locks_in_use() {
  return g_in_use.load();
}

}  // namespace sk::ledger
