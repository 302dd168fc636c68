// Reads a whole input file (or standard input for "-") with a size cap, failing with sk::Error.
#pragma once

#include <cstddef>
#include <string>

namespace sk {

inline constexpr size_t kMaxInputBytes = size_t{200} << 20;  // 200 MiB

// Throws Error(kIo, path, ...) when the file cannot be read and Error(kInvalidInput, path, ...) when it is
// larger than `max_bytes`.
std::string read_file(const std::string& path, size_t max_bytes = kMaxInputBytes);

}  // namespace sk
