// Writing a file the user named (a notice's PDF, a stored original, a CSV export) without ever destroying
// what was not meant to go: the target is checked before any work is done, the bytes are written complete
// and flushed beside it under no name (or a hidden temporary one), and only then put in place. An existing
// file is replaced only when the user asked for that (--force, the window's "Replace?" question); the
// ledger and its -wal/-shm, a folder, a link to nothing, or anything that is not a regular file are never
// replaced. A special file (a FIFO, /dev/stdout) is written into, never replaced, and only when asked.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sk {

struct OutputRules {
  // The user asked to replace an existing regular file, or to write into a special file.
  bool replace = false;
  // Files never written whatever is asked: the ledger (its -wal, -shm and -journal files are added).
  std::vector<std::string> protected_files;
  // How the user asks to replace, added to the refusal: "pass --force to replace it". May be empty.
  std::string replace_hint;
};

// The protected files for a ledger at `db_path`: the file and its -wal, -shm and -journal companions.
// Empty for ":memory:" or an empty path.
std::vector<std::string> ledger_files(const std::string& db_path);

class OutputFile {
 public:
  // Checks that `path` may be written under `rules`. Throws Error(kInvalidInput, path, reason) when it is
  // empty, a folder, one of the protected files, a link to nothing, an existing file (or special file)
  // that the rules do not allow to replace, or in a folder that does not exist; nothing is touched.
  static OutputFile check(const std::string& path, const OutputRules& rules);

  OutputFile(OutputFile&&) noexcept;
  OutputFile& operator=(OutputFile&&) noexcept;
  ~OutputFile();  // discards prepared bytes that were not committed: nothing is left behind

  const std::string& path() const;

  // Writes `bytes` completely, flushed to disk, beside the target (a special file: kept in memory).
  // Throws Error(kIo, path, reason), leaving nothing behind. REQUIRES: not prepared yet.
  void prepare(std::string_view bytes);

  // Puts the prepared bytes at the path: a new file appears whole or not at all (if another program made
  // the file meanwhile, kInvalidInput and nothing is replaced); an allowed replacement is atomic (rename);
  // a special file is written into. Throws Error(kIo or kInvalidInput, path, reason).
  // REQUIRES: prepared, not committed yet.
  void commit();

  // After commit: removes the file again when it was new (a later step failed, so it must not stay);
  // a replaced or special file cannot be taken back and is left. Never throws.
  void remove_if_new() noexcept;

 private:
  struct State;
  explicit OutputFile(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// check, prepare and commit at once.
void write_output_file(const std::string& path, std::string_view bytes, const OutputRules& rules);

}  // namespace sk
