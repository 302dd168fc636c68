// Mapped input files and the SIGBUS guard; see mapped_file.h.
#include "common/mapped_file.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>

#include "common/file_descriptor.h"

namespace sk {

namespace {

constexpr size_t kMapAtLeast = size_t{1} << 20;  // smaller files are read: mapping costs more than it saves

// The mappings alive now, for the signal handler: a fixed table it can read without locks. A slot is taken
// by setting `end` (0 = free) after the rest is written, and freed by clearing it before unmapping.
struct Guarded {
  std::atomic<uintptr_t> end{0};
  uintptr_t begin = 0;
  const char* message = nullptr;  // "error: <path>: ...\n", owned by the mapping
  size_t length = 0;
};
std::array<Guarded, 8> g_guarded;
constexpr uintptr_t kClaimed = UINTPTR_MAX;  // `end` of a slot being filled in
std::atomic<bool> g_allowed{false};

void on_sigbus(int sig, siginfo_t* info, void* /*context*/) {
  const auto at = reinterpret_cast<uintptr_t>(info->si_addr);
  for (const Guarded& g : g_guarded) {
    const uintptr_t end = g.end.load(std::memory_order_acquire);
    if (end != 0 && end != kClaimed && at >= g.begin && at < end) {
      [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, g.message, g.length);
      ::_exit(2);
    }
  }
  // Not one of ours: the default action, when the faulting access runs again on return.
  ::signal(sig, SIG_DFL);
}

class Mapping {
 public:
  Mapping(void* base, size_t size, const std::string& path)
      : base_(base),
        size_(size),
        message_("error: " + path + ": the file changed (it was cut short) while it was being read\n") {}
  ~Mapping() {
    if (slot_ != nullptr) slot_->end.store(0, std::memory_order_release);
    ::munmap(base_, size_);
  }
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;

  // False when every slot is taken (the caller then reads instead).
  bool guard() {
    for (Guarded& g : g_guarded) {
      uintptr_t free = 0;
      // Claimed first (kClaimed: the handler skips the slot until the real end is stored), so that two
      // threads never take the same slot.
      if (g.end.compare_exchange_strong(free, kClaimed, std::memory_order_acq_rel)) {
        g.begin = reinterpret_cast<uintptr_t>(base_);
        g.message = message_.c_str();
        g.length = message_.size();
        g.end.store(g.begin + size_, std::memory_order_release);
        slot_ = &g;
        return true;
      }
    }
    return false;
  }
  std::string_view bytes() const { return {static_cast<const char*>(base_), size_}; }

 private:
  void* base_;
  size_t size_;
  std::string message_;
  Guarded* slot_ = nullptr;
};

// The mapped bytes of a regular file of a size worth mapping; null when it is anything else or cannot be
// mapped (read_file then reads it and reports any error).
std::shared_ptr<const Mapping> try_map(const std::string& path, size_t max_bytes) {
  const Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return nullptr;
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return nullptr;
  const auto size = static_cast<size_t>(st.st_size);
  if (size < kMapAtLeast || size > max_bytes) return nullptr;
  void* base = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd.get(), 0);
  if (base == MAP_FAILED) return nullptr;
  auto mapping = std::make_shared<Mapping>(base, size, path);
  if (!mapping->guard()) return nullptr;
  return mapping;
}

}  // namespace

void allow_mapped_input() {
  if (g_allowed.exchange(true)) return;
  struct sigaction action {};
  action.sa_sigaction = on_sigbus;
  action.sa_flags = SA_SIGINFO;
  sigemptyset(&action.sa_mask);
  if (::sigaction(SIGBUS, &action, nullptr) != 0) g_allowed = false;
}

SharedBytes read_input(const std::string& path, size_t max_bytes) {
  if (g_allowed.load() && path != "-") {
    if (std::shared_ptr<const Mapping> mapping = try_map(path, max_bytes)) {
      const std::string_view bytes = mapping->bytes();
      return SharedBytes(std::move(mapping), bytes);
    }
  }
  return SharedBytes(read_file(path, max_bytes));
}

}  // namespace sk
