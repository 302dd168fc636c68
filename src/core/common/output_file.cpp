// Checked, all-or-nothing output files; see output_file.h.
#include "common/output_file.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "common/error.h"

namespace sk {

namespace {

namespace fs = std::filesystem;

enum class Mode { kNew, kReplace, kSpecial };

constexpr const char* kLedgerFile =
    "is the ledger (the database of your records) or one of its files; it is never overwritten: choose "
    "another name";

Error refused(const std::string& path, const std::string& reason) {
  return Error(ErrorKind::kInvalidInput, path, reason);
}

Error io_error(const std::string& path, int error) {
  return Error(ErrorKind::kIo, path, std::strerror(error));
}

std::string canonical_name(const std::string& path) {
  std::error_code error;
  const fs::path resolved = fs::weakly_canonical(fs::absolute(path, error), error);
  return error ? path : resolved.string();
}

// Whether `path` (existing with `st`, or not: st == nullptr) is one of the protected files.
bool is_protected(const std::string& path, const struct stat* st, const std::vector<std::string>& files) {
  const std::string name = canonical_name(path);
  for (const std::string& file : files) {
    if (file.empty()) continue;
    if (canonical_name(file) == name) return true;
    struct stat other {};
    if (st != nullptr && ::stat(file.c_str(), &other) == 0 && other.st_dev == st->st_dev &&
        other.st_ino == st->st_ino) {
      return true;
    }
  }
  return false;
}

std::string hidden_name(const fs::path& target) {
  std::random_device random;
  return (target.parent_path() /
          ("." + target.filename().string() + "." + std::to_string(random()) + ".part"))
      .string();
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

struct OutputFile::State {
  std::string path;    // as the user named it (the subject of errors)
  std::string target;  // where the bytes go: `path`, or the file a link names
  Mode mode = Mode::kNew;
  int fd = -1;            // the prepared bytes, flushed (kNew, kReplace)
  std::string temp_name;  // set when the prepared file has a (hidden) name rather than none
  std::string bytes;      // kSpecial: the prepared bytes
  bool prepared = false, committed = false;

  ~State() {
    if (fd >= 0) ::close(fd);
    if (!temp_name.empty()) ::unlink(temp_name.c_str());
  }
};

std::vector<std::string> ledger_files(const std::string& db_path) {
  if (db_path.empty() || db_path == ":memory:") return {};
  return {db_path, db_path + "-wal", db_path + "-shm", db_path + "-journal"};
}

OutputFile OutputFile::check(const std::string& path, const OutputRules& rules) {
  if (path.empty()) throw refused(path, "no file name given");
  auto state = std::make_unique<State>();
  state->path = path;
  state->target = path;
  const std::string ask = rules.replace_hint.empty() ? "" : "; " + rules.replace_hint;

  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
    if (::stat(path.c_str(), &st) != 0) throw refused(path, "is a link to a file that does not exist");
    std::error_code error;
    state->target = fs::canonical(path, error).string();
    if (error) throw refused(path, "is a link that cannot be followed");
  } else if (::lstat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) throw io_error(path, errno);
    if (is_protected(path, nullptr, rules.protected_files)) {
      throw refused(path, kLedgerFile);
    }
    const fs::path parent = fs::path(path).parent_path();
    struct stat folder {};
    if (::stat(parent.empty() ? "." : parent.c_str(), &folder) != 0 || !S_ISDIR(folder.st_mode)) {
      throw refused(path, "the folder " + parent.string() + " does not exist");
    }
    state->mode = Mode::kNew;
    return OutputFile(std::move(state));
  }

  if (is_protected(state->target, &st, rules.protected_files)) {
    throw refused(path, kLedgerFile);
  }
  if (S_ISDIR(st.st_mode)) throw refused(path, "is a folder; give the name of a file to write");
  if (S_ISBLK(st.st_mode)) throw refused(path, "is a disk device; give the name of a file to write");
  if (S_ISREG(st.st_mode)) {
    if (!rules.replace) throw refused(path, "already exists and was left as it is" + ask);
    state->mode = Mode::kReplace;
  } else {
    if (!rules.replace) {
      throw refused(path, "is not a regular file (a device, pipe or socket) and was left as it is" + ask);
    }
    state->mode = Mode::kSpecial;
  }
  return OutputFile(std::move(state));
}

OutputFile::OutputFile(std::unique_ptr<State> state) : state_(std::move(state)) {}
OutputFile::OutputFile(OutputFile&&) noexcept = default;
OutputFile& OutputFile::operator=(OutputFile&&) noexcept = default;
OutputFile::~OutputFile() = default;

const std::string& OutputFile::path() const {
  return state_->path;
}

void OutputFile::prepare(std::string_view bytes) {
  State& s = *state_;
  if (s.mode == Mode::kSpecial) {
    s.bytes.assign(bytes);
    s.prepared = true;
    return;
  }
  const fs::path target(s.target);
  const std::string folder = target.parent_path().empty() ? "." : target.parent_path().string();
  // An unnamed file in the target's folder: if this process is killed, nothing is left behind. It is given
  // its name through /proc/self/fd, so without /proc (a bare chroot) a hidden name is used instead.
  const bool unnamed = ::access("/proc/self/fd", F_OK) == 0;
  s.fd = unnamed ? ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666) : -1;
  if (s.fd < 0 && (!unnamed || errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
    // The file system has no unnamed files: a hidden name, removed again on any failure.
    s.temp_name = hidden_name(target);
    s.fd = ::open(s.temp_name.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (s.fd < 0) s.temp_name.clear();
  }
  if (s.fd < 0) throw io_error(s.path, errno);
  if (!write_all(s.fd, bytes) || ::fsync(s.fd) != 0) {
    const int error = errno;
    ::close(s.fd);
    s.fd = -1;
    if (!s.temp_name.empty()) ::unlink(s.temp_name.c_str());
    s.temp_name.clear();
    throw io_error(s.path, error);
  }
  s.prepared = true;
}

void OutputFile::commit() {
  State& s = *state_;
  if (!s.prepared || s.committed) throw std::logic_error("sk::OutputFile::commit: not prepared");
  if (s.mode == Mode::kSpecial) {
    const int fd = ::open(s.target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) throw io_error(s.path, errno);
    const bool written = write_all(fd, s.bytes);
    const int error = errno;
    ::close(fd);
    if (!written) throw io_error(s.path, error);
    s.committed = true;
    return;
  }
  // Give the prepared file a name of its own first when it has none.
  const std::string proc = "/proc/self/fd/" + std::to_string(s.fd);
  if (s.mode == Mode::kNew) {
    int rc = 0;
    if (s.temp_name.empty()) {
      rc = ::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, s.target.c_str(), AT_SYMLINK_FOLLOW);
    } else {
      rc = ::renameat2(AT_FDCWD, s.temp_name.c_str(), AT_FDCWD, s.target.c_str(), RENAME_NOREPLACE);
      if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // No RENAME_NOREPLACE on this file system: a hard link fails the same way on an existing name.
        rc = ::link(s.temp_name.c_str(), s.target.c_str());
        if (rc == 0) ::unlink(s.temp_name.c_str());
      }
    }
    if (rc != 0) {
      if (errno == EEXIST) {
        throw refused(s.path, "was made by another program while this one was written; it was left as it is");
      }
      throw io_error(s.path, errno);
    }
  } else {
    if (s.temp_name.empty()) {
      const std::string name = hidden_name(fs::path(s.target));
      if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) != 0) {
        throw io_error(s.path, errno);
      }
      s.temp_name = name;
    }
    if (::rename(s.temp_name.c_str(), s.target.c_str()) != 0) throw io_error(s.path, errno);
  }
  s.temp_name.clear();
  s.committed = true;
}

void OutputFile::remove_if_new() noexcept {
  if (state_ && state_->committed && state_->mode == Mode::kNew) ::unlink(state_->target.c_str());
}

void write_output_file(const std::string& path, std::string_view bytes, const OutputRules& rules) {
  OutputFile file = OutputFile::check(path, rules);
  file.prepare(bytes);
  file.commit();
}

}  // namespace sk
