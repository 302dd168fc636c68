// read_input gives read_file's bytes and errors whether it maps or reads; the bytes outlive the handle that
// returned them; and a mapped file cut short by someone else ends the program with one error line and exit
// status 2 instead of a crash (checked in a child process).
#include "common/mapped_file.h"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "common/error.h"

namespace {

std::filesystem::path write_random(const std::string& name, size_t size, unsigned seed) {
  std::mt19937 rng(seed);
  std::string bytes(size, '\0');
  for (char& c : bytes) c = static_cast<char>(rng());
  const std::filesystem::path path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

}  // namespace

TEST_CASE("read_input gives every byte of small, large and page-sized files, mapped or read") {
  // Before and after mapping is allowed: the second round maps the files of 1 MiB and more.
  for (int round = 0; round < 2; ++round) {
    if (round == 1) sk::allow_mapped_input();
    for (const size_t size :
         {size_t{1}, (size_t{1} << 20) - 1, size_t{1} << 20, size_t{2} << 20, (size_t{3} << 20) + 123}) {
      const std::filesystem::path path = write_random("sk_mapped_test_" + std::to_string(size), size, 7);
      CAPTURE(round, size);
      const std::string expected = sk::read_file(path.string());
      sk::SharedBytes copy;
      {
        const sk::SharedBytes bytes = sk::read_input(path.string());
        CHECK(bytes == expected);
        copy = bytes;
      }
      std::filesystem::remove(path);  // the bytes stay readable after the file and the first handle are gone
      CHECK(copy == expected);
      copy.drop_prefix(1);
      CHECK(copy == std::string_view(expected).substr(1));
    }
  }
}

TEST_CASE("read_input fails like read_file") {
  sk::allow_mapped_input();
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const std::string missing = (dir / "sk_mapped_test_missing").string();
  CHECK_THROWS_WITH(sk::read_input(missing), Catch::Contains(missing) && Catch::Contains("cannot open"));
  CHECK_THROWS_WITH(sk::read_input(dir.string()), Catch::Contains("is a folder"));
  const std::filesystem::path big = write_random("sk_mapped_test_cap", (size_t{2} << 20) + 1, 3);
  try {
    sk::read_input(big.string(), size_t{2} << 20);
    FAIL("a file over the cap was accepted");
  } catch (const sk::Error& e) {
    CHECK(e.kind() == sk::ErrorKind::kInvalidInput);
    CHECK_THAT(e.what(), Catch::Contains("larger than 2 MB"));
  }
  std::filesystem::remove(big);
}

TEST_CASE("a mapped file cut short while in use ends the process with one error line and status 2") {
  const std::filesystem::path path = write_random("sk_mapped_test_truncated", size_t{4} << 20, 11);
  int err[2];
  REQUIRE(::pipe(err) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::dup2(err[1], STDERR_FILENO);
    ::close(err[0]);
    sk::allow_mapped_input();
    const sk::SharedBytes bytes = sk::read_input(path.string());
    std::filesystem::resize_file(path, 0);  // what another program truncating the file does
    const volatile char* last = bytes.data() + bytes.size() - 1;
    [[maybe_unused]] const char c = *last;  // SIGBUS: the handler writes the error and exits with 2
    ::_exit(0);                             // not reached
  }
  ::close(err[1]);
  std::string message;
  char buffer[256];
  for (ssize_t got; (got = ::read(err[0], buffer, sizeof buffer)) > 0;)
    message.append(buffer, static_cast<size_t>(got));
  ::close(err[0]);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  std::filesystem::remove(path);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  CHECK(message ==
        "error: " + path.string() + ": the file changed (it was cut short) while it was being read\n");
}
