// read_file reads whole files (several MiB: the size where the pages are mapped ahead, common/prefault.h)
// byte for byte, and prefault leaves what a buffer holds unchanged.
#include "common/read_file.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "common/prefault.h"

TEST_CASE("read_file returns every byte of large and small files") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  std::mt19937 rng(5);
  for (const size_t size :
       {size_t{1}, size_t{4095}, size_t{4096}, size_t{1} << 20, (size_t{3} << 20) + 123}) {
    std::string bytes(size, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    const std::filesystem::path path = dir / ("sk_read_file_test_" + std::to_string(size));
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    CAPTURE(size);
    CHECK(sk::read_file(path.string()) == bytes);
    std::filesystem::remove(path);
  }
}

TEST_CASE("prefault keeps the contents of the buffer") {
  std::string buffer((size_t{5} << 20) + 17, 'x');
  buffer[12345] = 'y';
  sk::prefault(buffer.data(), buffer.size());
  sk::prefault(buffer.data() + 3, 100);  // under the size it acts on
  CHECK(buffer.size() == (size_t{5} << 20) + 17);
  CHECK(buffer[12345] == 'y');
  CHECK(buffer.find_first_not_of('x') == 12345);
  CHECK(buffer.find_first_not_of('x', 12346) == std::string::npos);
}
