// Whole-file reading with OS errors turned into sk::Error; see read_file.h.
#include "common/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "common/error.h"
#include "common/file_descriptor.h"
#include "common/prefault.h"

namespace sk {

namespace {

Error os_error(const std::string& path, const char* what) {
  return Error(ErrorKind::kIo, path, std::string(what) + ": " + std::strerror(errno));
}

std::string too_large(size_t max_bytes) {
  return "the file is larger than " + std::to_string(max_bytes >> 20) + " MB";
}

}  // namespace

std::string read_file(const std::string& path, size_t max_bytes) {
  const bool stdin_input = path == "-";
  Fd fd(stdin_input ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) throw os_error(path, "cannot open");
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) throw os_error(path, "cannot read");
  if (S_ISDIR(st.st_mode)) throw Error(ErrorKind::kIo, path, "is a folder, not a file");
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_bytes) {
    throw Error(ErrorKind::kInvalidInput, path, too_large(max_bytes));
  }
  // Read straight into the string, growing it as needed (pipes have no size; files may grow while read).
  std::string data;
  size_t used = 0;
  const size_t expected = S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) + 1 : size_t{1} << 16;
  data.reserve(expected);
  prefault(data.data(), expected);  // before resize() writes every byte
  data.resize(expected);
  for (;;) {
    if (used == data.size()) data.resize(std::min(data.size() * 2, max_bytes + 1));
    const ssize_t got = ::read(fd.get(), data.data() + used, data.size() - used);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw os_error(path, "cannot read");
    }
    if (got == 0) break;
    used += static_cast<size_t>(got);
    if (used > max_bytes) throw Error(ErrorKind::kInvalidInput, path, too_large(max_bytes));
  }
  data.resize(used);
  return data;
}

}  // namespace sk
