// Reading a large input file by mapping it rather than copying it: a fresh process pays for every page of a
// buffer it fills (the kernel zeroes it, then read() copies into it), while a mapping shares the pages the
// file already has in the page cache. Measuring a 9.5 MB pair takes ~3 ms to map against ~20 ms to read.
//
// The price is a hazard: if another program truncates the file while it is mapped, touching a page past the
// new end raises SIGBUS. A program opts in with allow_mapped_input(), which turns that signal into the
// usual one-line error and exit status 2; until then read_input() reads. The CLI opts in for `diff`; the
// desktop app and the ledger never do.
#pragma once

#include <string>

#include "common/read_file.h"
#include "common/shared_bytes.h"

namespace sk {

// From now on read_input() may map files. Installs the SIGBUS handler described above; call it once, early.
void allow_mapped_input();

// The bytes of `path` ("-" for standard input), with read_file's checks and errors: mapped when allowed and
// the path is a regular file of at least 1 MiB, read otherwise.
SharedBytes read_input(const std::string& path, size_t max_bytes = kMaxInputBytes);

}  // namespace sk
