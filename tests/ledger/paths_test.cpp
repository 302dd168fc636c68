// Tests for ledger/paths: XDG resolution of the default database path and creating its folder.
#include <catch2/catch.hpp>

#include <fstream>

#include "common/error.h"
#include "ledger/paths.h"
#include "temp_dir.h"

using sk::ledger::default_database_path;
using sk::ledger::ensure_parent_directory;
using sk::ledger::testing::ScopedEnv;
using sk::ledger::testing::TempDir;

TEST_CASE("ledger/paths: default_database_path uses XDG_DATA_HOME when set", "[ledger][paths]") {
  ScopedEnv xdg("XDG_DATA_HOME", "/tmp/xdg-data");
  ScopedEnv home("HOME", "/home/someone");
  CHECK(default_database_path() == "/tmp/xdg-data/scopekeeper/scopekeeper.db");
}

TEST_CASE("ledger/paths: default_database_path falls back to HOME/.local/share", "[ledger][paths]") {
  ScopedEnv home("HOME", "/home/someone");
  const char* expected = "/home/someone/.local/share/scopekeeper/scopekeeper.db";
  SECTION("XDG_DATA_HOME unset") {
    ScopedEnv xdg("XDG_DATA_HOME", std::nullopt);
    CHECK(default_database_path() == expected);
  }
  SECTION("XDG_DATA_HOME empty") {
    ScopedEnv xdg("XDG_DATA_HOME", "");
    CHECK(default_database_path() == expected);
  }
  SECTION("XDG_DATA_HOME relative, which the XDG spec says to ignore") {
    ScopedEnv xdg("XDG_DATA_HOME", "relative/data");
    CHECK(default_database_path() == expected);
  }
}

TEST_CASE("ledger/paths: default_database_path without XDG_DATA_HOME or HOME is an error",
          "[ledger][paths]") {
  ScopedEnv xdg("XDG_DATA_HOME", std::nullopt);
  ScopedEnv home("HOME", std::nullopt);
  try {
    default_database_path();
    FAIL("expected sk::Error");
  } catch (const sk::Error& error) {
    CHECK(error.kind() == sk::ErrorKind::kNotFound);
  }
}

TEST_CASE("ledger/paths: default_database_path creates nothing, ensure_parent_directory creates the folder",
          "[ledger][paths]") {
  TempDir temp;
  ScopedEnv xdg("XDG_DATA_HOME", temp.path().string());
  const std::string path = default_database_path();
  CHECK_FALSE(std::filesystem::exists(temp.path() / "scopekeeper"));
  ensure_parent_directory(path);
  CHECK(std::filesystem::is_directory(temp.path() / "scopekeeper"));
  ensure_parent_directory(path);  // a second call is harmless
  CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("ledger/paths: ensure_parent_directory reports a folder it cannot create as kIo",
          "[ledger][paths]") {
  TempDir temp;
  std::ofstream(temp.file("plain-file")) << "not a folder";
  try {
    ensure_parent_directory(temp.file("plain-file") + "/inside/scopekeeper.db");
    FAIL("expected sk::Error");
  } catch (const sk::Error& error) {
    CHECK(error.kind() == sk::ErrorKind::kIo);
    CHECK(error.subject() == temp.file("plain-file") + "/inside");
  }
}
