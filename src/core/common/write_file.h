// Writing an output file (a notice's PDF, an export) so that a failure never leaves half a file under the
// real name: the bytes go to "<path>.part" first, and the caller renames that into place once everything
// else (e.g. recording the notice in the ledger) has succeeded.
#pragma once

#include <string>

namespace sk {

// Writes `bytes` to `path` + ".part" and returns that name. Throws Error(kIo, path) when it cannot be
// written, leaving no .part file behind.
std::string write_part_file(const std::string& path, const std::string& bytes);

// Renames the .part file from write_part_file onto `path`. Throws Error(kIo, path) naming the .part file,
// which is kept: by then the caller may have recorded what it holds.
void commit_part_file(const std::string& part, const std::string& path);

}  // namespace sk
