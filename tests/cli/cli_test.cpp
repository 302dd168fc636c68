// scopekeeper-cli diff through the real binary: exit codes, one-line errors, and the JSON shape.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_sandbox.h"

namespace fs = std::filesystem;

namespace {

using Run = sk::test::CliRun;
using Sandbox = sk::test::CliSandbox;

size_t lines(const std::string& s) {
  return sk::test::count_lines(s);
}

}  // namespace

TEST_CASE("diff --json prints the counts and the changed passages") {
  Sandbox box;
  const auto older = box.write("old.txt", "The spring catalogue opens with our new line of linen shirts.");
  const auto newer = box.write("new.txt", "The summer catalogue opens with our new line of shirts.");
  const Run r = box.run("diff --json '" + older + "' '" + newer + "'");
  REQUIRE(r.code == 0);
  CHECK(r.err.empty());
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["old_words"] == 11);
  CHECK(j["new_words"] == 10);
  CHECK(j["kept"] == 9);
  CHECK(j["deleted"] == 2);
  CHECK(j["inserted"] == 1);
  CHECK(j["changed_share"].get<double>() == Approx(2.0 / 11));
  CHECK(j["moved_words"] == 0);
  CHECK(j["alignment_exact"] == true);
  REQUIRE(j["changes"].size() == 2);
  const auto& first = j["changes"][0];
  CHECK(first["kind"] == "replace");
  CHECK(first["old_start"] == 1);
  CHECK(first["old_end"] == 2);
  CHECK(first["new_start"] == 1);
  CHECK(first["new_end"] == 2);
  CHECK(first["old_text"] == "spring");
  CHECK(first["new_text"] == "summer");
  CHECK(j["changes"][1]["kind"] == "delete");
  CHECK(j["changes"][1]["old_text"] == "linen");
}

TEST_CASE("diff reads standard input for -, and prints a summary without --json") {
  Sandbox box;
  const auto older = box.write("old.txt", "Vă mulțumim pentru observații.");
  const auto newer = box.write("new.txt", "Vă mulțumim mult pentru observații.");
  const Run r = box.run("diff '" + older + "' -", newer);
  REQUIRE(r.code == 0);
  CHECK(r.out.find("changed   25.0% of the old text") != std::string::npos);
  CHECK(r.out.find("inserted  1") != std::string::npos);
}

TEST_CASE("diff: usage errors exit 1") {
  Sandbox box;
  CHECK(box.run("diff only-one-file").code == 1);
  CHECK(box.run("no-such-command").code == 1);
  CHECK(box.run("").code == 1);
  CHECK(box.run("--help").code == 0);
}

TEST_CASE("diff: unreadable or invalid input exits 2 with one error line naming the file") {
  Sandbox box;
  const auto good = box.write("good.txt", "fine text");
  const auto bad = box.write("bad.txt", std::string("caf\xC3", 4) + "\xA9\xFF text");
  Run r = box.run("diff '" + good + "' '" + bad + "'");
  CHECK(r.code == 2);
  CHECK(r.out.empty());
  CHECK(r.err == "error: " + bad + ": invalid UTF-8 at byte 5\n");

  r = box.run("diff '" + good + "' /nonexistent/file.txt");
  CHECK(r.code == 2);
  CHECK(r.err == "error: /nonexistent/file.txt: cannot open: No such file or directory\n");
  CHECK(lines(r.err) == 1);

  r = box.run("diff '" + good + "' /tmp");
  CHECK(r.code == 2);
  CHECK(r.err == "error: /tmp: is a folder, not a file\n");
}
