// Writing output files through a .part file; see write_file.h.
#include "common/write_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "common/error.h"

namespace sk {

namespace {

Error io_error(const std::string& path, int error) {
  return Error(ErrorKind::kIo, path, std::strerror(error));
}

}  // namespace

std::string write_part_file(const std::string& path, std::string_view bytes) {
  if (path.empty()) throw Error(ErrorKind::kIo, path, "no file name");
  const std::string part = path + ".part";
  std::FILE* file = std::fopen(part.c_str(), "wbx");  // x: never write into someone else's file or link
  if (file == nullptr && errno == EEXIST) {
    std::remove(part.c_str());  // left over from an interrupted write of ours
    file = std::fopen(part.c_str(), "wbx");
  }
  if (file == nullptr) throw io_error(path, errno);
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size() &&
                       std::fflush(file) == 0 && ::fsync(fileno(file)) == 0;
  const int write_error = errno;
  if (std::fclose(file) != 0 || !written) {
    const int error = written ? errno : write_error;
    std::remove(part.c_str());
    throw io_error(path, error);
  }
  return part;
}

void commit_part_file(const std::string& part, const std::string& path) {
  if (std::rename(part.c_str(), path.c_str()) != 0) {
    throw Error(ErrorKind::kIo, path,
                std::string("cannot put the finished file in place (") + std::strerror(errno) +
                    "); it is kept as " + part);
  }
}

void write_file_replacing(const std::string& path, std::string_view bytes) {
  const std::string part = write_part_file(path, bytes);
  if (std::rename(part.c_str(), path.c_str()) != 0) {
    const int error = errno;
    std::remove(part.c_str());
    throw io_error(path, error);
  }
}

}  // namespace sk
