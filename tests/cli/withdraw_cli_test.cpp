// `revision withdraw` and `revision restore` through the real scopekeeper-cli: a revision logged by mistake
// leaves the rounds and the figures, stays in `history` (text, --json, --csv) with its day and reason, and is
// restored with the figures it had; refusals exit 2 with one error line and leave the ledger as it was.
#include <catch2/catch.hpp>
#include <ctime>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_sandbox.h"
#include "ledger_dump.h"

namespace {

using Run = sk::test::CliRun;
using Sandbox = sk::test::CliSandbox;
using sk::test::dump;
using sk::test::file_bytes;
using sk::test::today;

// Ten words, the ones at the positions in `changed` replaced.
std::string ten_words(std::initializer_list<int> changed = {}) {
  std::string text;
  for (int i = 0; i < 10; ++i) {
    bool replaced = false;
    for (int c : changed) replaced = replaced || c == i;
    text += std::string(i ? " " : "") + (replaced ? "new" : "w") + std::to_string(i);
  }
  return text;
}

// The figures a script would compare: per revision its number, round, counted, baseline and share.
nlohmann::json figures(Sandbox& box) {
  const Run r = box.run("history 1 --json");
  REQUIRE(r.code == 0);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& rev : nlohmann::json::parse(r.out)["revisions"]) {
    out.push_back({rev["number"], rev["round"], rev["counted"], rev["against"], rev["changed_share"],
                   rev["status"], rev["not_counted_reason"]});
  }
  return out;
}

// A project with two included rounds of 30% and three revisions: the original, round 1 (10%), round 2 (10%).
void three_revisions(Sandbox& box) {
  REQUIRE(box.run("project add --title T --client C --rounds 2 --max-share 30").code == 0);
  REQUIRE(box.run("revision add 1 '" + box.write("v1.txt", ten_words()) + "' --date 2024-05-01").code == 0);
  REQUIRE(box.run("revision add 1 '" + box.write("v2.txt", ten_words({0})) + "' --date 2024-05-02").code ==
          0);
  REQUIRE(box.run("revision add 1 '" + box.write("v3.txt", ten_words({0, 1})) + "' --date 2024-05-03").code ==
          0);
}

}  // namespace

TEST_CASE("withdraw cli: a withdrawn revision leaves the figures, shows in history, and is restored") {
  Sandbox box;
  three_revisions(box);
  const nlohmann::json before = figures(box);

  Run r = box.run("revision withdraw 1 2 --reason 'logged to the wrong project'");
  REQUIRE(r.code == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "revision 2 of project 1 is now withdrawn; the rounds are now:\n"
        "  revision 1: round 0, -, within\n"
        "  revision 2: withdrawn on " +
            today() +
            " (logged to the wrong project)\n"
            "  revision 3: round 1, 20.0%, within\n");

  r = box.run("history 1 --json");
  REQUIRE(r.code == 0);
  const auto h = nlohmann::json::parse(r.out);
  const auto& withdrawn = h["revisions"][1];
  CHECK(withdrawn["counted"] == false);
  CHECK(withdrawn["round"].is_null());
  CHECK(withdrawn["withdrawn_on"] == today());
  CHECK(withdrawn["withdrawn_reason"] == "logged to the wrong project");
  CHECK(withdrawn["not_counted_reason"].is_null());
  CHECK(h["revisions"][0]["withdrawn_on"].is_null());
  CHECK(h["revisions"][0]["withdrawn_reason"].is_null());
  CHECK(h["revisions"][2]["round"] == 1);
  CHECK(h["revisions"][2]["against"] == 1);
  CHECK(h["revisions"][2]["changed_share"].get<double>() == Approx(0.2));
  CHECK(h["events"].back()["kind"] == "revision.withdrawn");
  CHECK(h["events"].back()["detail"] ==
        "revision 2 withdrawn on " + today() +
            ": logged to the wrong project; revision 3 measured again: 10.0% against revision 2 -> 20.0% "
            "against revision 1");

  r = box.run("history 1");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out,
             Catch::Contains("    2      -  2024-05-02        -  withdrawn         v2.txt  (withdrawn on " +
                             today() + ": logged to the wrong project)\n"));
  CHECK_THAT(r.out, Catch::Contains("    3      1  2024-05-03    20.0%  within            v3.txt\n"));

  r = box.run("history 1 --csv");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains(",rules,withdrawn_on,withdrawn_reason\r\n"));
  CHECK_THAT(r.out, Catch::Contains("," + today() + ",logged to the wrong project\r\n"));
  CHECK_THAT(r.out, Catch::Contains("\r\n2,,2024-05-02,v2.txt,no,"));
  CHECK_THAT(r.out, Catch::EndsWith(",words 1,,\r\n"));  // revision 3: not withdrawn

  // The correct file is logged after the wrong one was withdrawn; the wrong one may come back as well.
  r = box.run("revision restore 1 2");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::StartsWith("revision 2 of project 1 is now restored and counted;"));
  CHECK(figures(box) == before);  // exactly the figures from before the withdrawal
  r = box.run("history 1 --json");
  const auto restored = nlohmann::json::parse(r.out);
  CHECK(restored["revisions"][1]["withdrawn_on"].is_null());
  CHECK(restored["events"].back()["kind"] == "revision.restored");
  CHECK(restored["revisions"].size() == 3);
}

TEST_CASE("withdraw cli: the wrong file withdrawn, the same bytes are logged again as a round") {
  Sandbox box;
  three_revisions(box);
  const std::string v3 = box.path("v3.txt");
  Run r = box.run("revision add 1 '" + v3 + "' --date 2024-05-04");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("is the same file, byte for byte, as revision 3"));
  REQUIRE(box.run("revision withdraw 1 3 --reason 'sent to the wrong project'").code == 0);
  r = box.run("revision add 1 '" + v3 + "' --date 2024-05-04 --json");
  REQUIRE(r.code == 0);
  const auto logged = nlohmann::json::parse(r.out);
  CHECK(logged["number"] == 4);
  CHECK(logged["round"] == 2);
  CHECK(logged["against"] == 2);
}

TEST_CASE("withdraw cli: refusals exit 2 with one error line and leave the ledger byte for byte") {
  Sandbox box;
  three_revisions(box);
  REQUIRE(box.run("revision withdraw 1 3 --reason 'wrong file'").code == 0);
  const std::string before_dump = dump(box.db());
  const std::string before_bytes = file_bytes(box.db());

  struct Case {
    std::string args;
    std::string error;
  };
  const Case cases[] = {
      {"revision withdraw 42 1 --reason x", "error: project 42: no such project\n"},
      {"revision withdraw 1 9 --reason x", "error: revision 9 of project 1: no such revision\n"},
      {"revision withdraw 1 2 --reason '  '",
       "error: revision 2 of project 1: cannot be withdrawn without a reason (--reason): it goes into the "
       "project's "
       "record\n"},
      {"revision withdraw 1 3 --reason again",
       "error: revision 3 of project 1: is already withdrawn (on " + today() + ": wrong file)\n"},
      {"revision restore 1 2",
       "error: revision 2 of project 1: is not withdrawn; only a withdrawn revision can be restored\n"},
      {"revision restore 42 1", "error: project 42: no such project\n"},
      {"revision restore 1 9", "error: revision 9 of project 1: no such revision\n"},
      {"revision mark 1 3 --counted",
       "error: revision 3 of project 1: is withdrawn (on " + today() + ": wrong file); restore it first\n"},
      {"notice 1 --revision 3 --text-only",
       "error: revision 3: was withdrawn on " + today() +
           " (wrong file); a withdrawn revision was logged by mistake and is no round, so no notice answers "
           "it\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const Run r = box.run(c.args);
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == c.error);
    CHECK(dump(box.db()) == before_dump);
    CHECK(file_bytes(box.db()) == before_bytes);
  }
  // A reason is required by the command line itself (a usage error).
  CHECK(box.run("revision withdraw 1 2").code == 1);
  CHECK(dump(box.db()) == before_dump);
}
