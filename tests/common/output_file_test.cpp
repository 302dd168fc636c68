// output_file: a file the user named is written whole or not at all, an existing one only replaced when
// asked, and the ledger's files, folders and devices never replaced.
#include "common/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "common/error.h"

namespace fs = std::filesystem;
using sk::ErrorKind;
using sk::OutputFile;
using sk::OutputRules;

namespace {

struct Folder {
  Folder() {
    std::random_device random;
    path = fs::temp_directory_path() / ("sk-output-" + std::to_string(random()));
    fs::create_directories(path);
  }
  ~Folder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
  // Every name in the folder, sorted: nothing may be left behind.
  std::string listing() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(path)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    std::string joined;
    for (const auto& name : names) joined += name + " ";
    return joined;
  }
  fs::path path;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void spit(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// The message of the sk::Error `fn` throws (with its kind checked); fails when it throws none.
template <typename Fn>
std::string refusal(Fn&& fn, ErrorKind kind = ErrorKind::kInvalidInput) {
  try {
    fn();
  } catch (const sk::Error& error) {
    CHECK(error.kind() == kind);
    return error.message();
  }
  FAIL("expected sk::Error");
  return {};
}

}  // namespace

TEST_CASE("output file: a new file appears whole, and nothing else is left in its folder") {
  Folder dir;
  const std::string path = dir.file("Broșură notice.pdf");
  OutputFile out = OutputFile::check(path, {});
  out.prepare("%PDF-1.4 bytes");
  CHECK_FALSE(fs::exists(path));  // nothing under the name before commit
  out.commit();
  CHECK(slurp(path) == "%PDF-1.4 bytes");
  CHECK(dir.listing() == "Broșură notice.pdf ");
}

TEST_CASE("output file: prepared bytes that are never committed leave nothing behind") {
  Folder dir;
  {
    OutputFile out = OutputFile::check(dir.file("a.pdf"), {});
    out.prepare(std::string(100000, 'x'));
  }
  CHECK(dir.listing().empty());
}

TEST_CASE("output file: an existing file is replaced only when asked") {
  Folder dir;
  const std::string path = dir.file("notes.txt");
  spit(path, "mine");
  const std::string message = refusal([&] {
    OutputFile::check(path, {false, {}, "pass --force to replace it"});
  });
  CHECK(message == "already exists and was left as it is; pass --force to replace it");
  CHECK(slurp(path) == "mine");

  sk::write_output_file(path, "new", {true, {}, ""});
  CHECK(slurp(path) == "new");
  CHECK(dir.listing() == "notes.txt ");
}

TEST_CASE("output file: a file made by someone else after the check is not replaced") {
  Folder dir;
  const std::string path = dir.file("race.pdf");
  OutputFile out = OutputFile::check(path, {});
  out.prepare("ours");
  spit(path, "theirs");
  CHECK(refusal([&] { out.commit(); }).find("was made by another program") != std::string::npos);
  CHECK(slurp(path) == "theirs");
  CHECK(dir.listing() == "race.pdf ");
}

TEST_CASE("output file: the ledger and its companions are never written, even when asked") {
  Folder dir;
  const std::string db = dir.file("ledger.db");
  spit(db, "SQLite format 3");
  spit(db + "-wal", "wal");
  const OutputRules rules{true, sk::ledger_files(db), ""};
  for (const std::string& path :
       {db, db + "-wal", db + "-shm", db + "-journal", (dir.path / "." / "ledger.db").string()}) {
    CAPTURE(path);
    CHECK(refusal([&] { sk::write_output_file(path, "%PDF", rules); }).find("ledger") != std::string::npos);
  }
  // Through a link, too.
  fs::create_symlink(db, dir.file("link.pdf"));
  CHECK(refusal([&] { sk::write_output_file(dir.file("link.pdf"), "%PDF", rules); }).find("ledger") !=
        std::string::npos);
  CHECK(slurp(db) == "SQLite format 3");
  CHECK(slurp(db + "-wal") == "wal");
  CHECK_FALSE(fs::exists(db + "-shm"));
}

TEST_CASE("output file: folders, dangling links and missing folders are refused, touching nothing") {
  Folder dir;
  fs::create_directory(dir.path / "sub");
  CHECK(refusal([&] {
          sk::write_output_file(dir.file("sub"), "x", {true, {}, ""});
        }) == "is a folder; give the name of a file to write");
  CHECK(fs::is_directory(dir.path / "sub"));

  fs::create_symlink(dir.file("nowhere"), dir.file("dangling.pdf"));
  CHECK(refusal([&] {
          sk::write_output_file(dir.file("dangling.pdf"), "x", {true, {}, ""});
        }) == "is a link to a file that does not exist");
  CHECK_FALSE(fs::exists(dir.file("nowhere")));

  const std::string missing = dir.file("no-such-folder/x.pdf");
  CHECK(refusal([&] { sk::write_output_file(missing, "x", {}); }) ==
        "the folder " + dir.file("no-such-folder") + " does not exist");
  CHECK(refusal([&] { sk::write_output_file("", "x", {}); }) == "no file name given");
  CHECK(dir.listing() == "dangling.pdf sub ");
}

TEST_CASE("output file: a link to a file replaces the file it names, when asked, and keeps the link") {
  Folder dir;
  spit(dir.file("real.txt"), "old");
  fs::create_symlink(dir.file("real.txt"), dir.file("link.txt"));
  CHECK_THROWS_AS(sk::write_output_file(dir.file("link.txt"), "new", {}), sk::Error);
  sk::write_output_file(dir.file("link.txt"), "new", {true, {}, ""});
  CHECK(fs::is_symlink(dir.file("link.txt")));
  CHECK(slurp(dir.file("real.txt")) == "new");
}

TEST_CASE("output file: a special file is written into only when asked, never replaced") {
  Folder dir;
  const std::string fifo = dir.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(refusal([&] {
          sk::write_output_file(fifo, "x", {false, {}, "pass --force to write into it"});
        }) ==
        "is not a regular file (a device, pipe or socket) and was left as it is; pass --force to write into "
        "it");
  CHECK(refusal([&] { sk::write_output_file("/dev/null", "x", {}); }).find("not a regular file") !=
        std::string::npos);

  sk::write_output_file("/dev/null", "into the device", {true, {}, ""});
  struct stat st {};
  REQUIRE(::stat("/dev/null", &st) == 0);
  CHECK(S_ISCHR(st.st_mode));  // still the device

  // Into a FIFO: a reader on the other end gets the bytes; the FIFO stays a FIFO.
  std::string received;
  std::thread reader([&] { received = slurp(fifo); });
  sk::write_output_file(fifo, "through the pipe", {true, {}, ""});
  reader.join();
  CHECK(received == "through the pipe");
  REQUIRE(::stat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("output file: a file that cannot be written is an I/O error naming it, leaving nothing") {
  if (::geteuid() == 0) {
    // root writes into read-only folders; /proc is refused to everyone.
    CHECK(refusal([&] { sk::write_output_file("/proc/sk-test.pdf", "x", {}); }, ErrorKind::kIo) != "");
    return;
  }
  Folder dir;
  fs::create_directory(dir.path / "ro");
  fs::permissions(dir.path / "ro", fs::perms::owner_read | fs::perms::owner_exec);
  CHECK_FALSE(refusal([&] { sk::write_output_file(dir.file("ro/x.pdf"), "x", {}); }, ErrorKind::kIo).empty());
  fs::permissions(dir.path / "ro", fs::perms::owner_all);
  CHECK(fs::is_empty(dir.path / "ro"));
}
