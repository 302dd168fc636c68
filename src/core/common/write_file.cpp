// Writing output files through a .part file; see write_file.h.
#include "common/write_file.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "common/error.h"

namespace sk {

std::string write_part_file(const std::string& path, const std::string& bytes) {
  const std::string part = path + ".part";
  std::ofstream out(part, std::ios::binary | std::ios::trunc);
  if (out) out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (out) out.close();
  if (!out) {
    std::error_code ignored;
    std::filesystem::remove(part, ignored);
    throw Error(ErrorKind::kIo, path, "cannot write the file");
  }
  return part;
}

void commit_part_file(const std::string& part, const std::string& path) {
  std::error_code error;
  std::filesystem::rename(part, path, error);
  if (error) {
    throw Error(ErrorKind::kIo, path,
                "cannot put the finished file in place (" + error.message() + "); it is kept as " + part);
  }
}

}  // namespace sk
