// Writing an output file (a notice's PDF, a CSV export) so that a failure never leaves half a file under
// the real name nor destroys what was there: the bytes go to "<path>.part" first (created afresh, flushed to
// disk), and are renamed into place once complete — by the caller, when something else must succeed first
// (e.g. recording the notice in the ledger), or at once by write_file_replacing.
#pragma once

#include <string>
#include <string_view>

namespace sk {

// Writes `bytes` to `path` + ".part" and returns that name. Throws Error(kIo, path, reason) when it cannot
// be written, leaving no .part file behind.
std::string write_part_file(const std::string& path, std::string_view bytes);

// Renames the .part file from write_part_file onto `path`. Throws Error(kIo, path) naming the .part file,
// which is kept: by then the caller may have recorded what it holds.
void commit_part_file(const std::string& part, const std::string& path);

// Both at once: `path` holds `bytes` afterwards, or is untouched and Error(kIo, path, reason) is thrown.
void write_file_replacing(const std::string& path, std::string_view bytes);

}  // namespace sk
