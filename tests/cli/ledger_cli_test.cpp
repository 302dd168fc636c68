// The ledger commands through the real scopekeeper-cli: projects, revisions, history, backup/restore,
// bad input that leaves the database exactly as it was, and two processes writing at once.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_sandbox.h"
#include "ledger_dump.h"

namespace fs = std::filesystem;

namespace {

using Run = sk::test::CliRun;
using Sandbox = sk::test::CliSandbox;
using sk::test::dump;
using sk::test::file_bytes;
using sk::test::slurp;

size_t lines(const std::string& s) {
  return sk::test::count_lines(s);
}

std::string words(int count, const std::string& prefix = "word") {
  std::string text;
  for (int i = 0; i < count; ++i) text += prefix + std::to_string(i) + (i % 12 == 11 ? ".\n" : " ");
  return text;
}

}  // namespace

TEST_CASE("ledger cli: project add, revision add, history --json and --csv") {
  Sandbox box;
  Run r = box.run(
      "project add --title 'Broșură de primăvară' --client 'Editura Ștefan' --language ro --rounds 2 "
      "--max-share 30 --extra-round-price 450 --currency RON");
  REQUIRE(r.code == 0);
  CHECK(r.out == "1\n");

  const std::string v1 = box.write("v1.txt", "unu doi trei patru cinci șase șapte opt nouă zece");
  const std::string v2 = box.write("v2.txt", "unu doi trei patru cinci șase șapte opt nouă ZECE");
  const std::string v3 = box.write("v3.txt", "unu doi trei patru cinci șase șapte OPT NOUĂ ZECE");
  r = box.run("revision add 1 '" + v1 + "' --date 2024-05-01");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("round          0 (the original delivery)"));
  CHECK_THAT(r.out, Catch::Contains("status         within"));
  r = box.run("revision add 1 '" + v2 + "' --date 2024-05-02 --note 'first round'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("round          1 of 2 included"));
  CHECK_THAT(r.out, Catch::Contains("changed share  10.0% against revision 1"));
  CHECK_THAT(r.out, Catch::Contains("status         within"));
  r = box.run("revision add 1 '" + v3 + "' --date 2024-05-03 --not-counted 'my own typo'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("round          none (not counted: my own typo)"));
  // The same file again is no round (it was logged, not counted); counting it is `revision mark`. The
  // client's next file is.
  r = box.run("revision add 1 '" + v3 + "' --date 2024-05-04");
  CHECK(r.code == 2);
  CHECK(r.err ==
        "error: v3.txt: is the same file, byte for byte, as revision 3 (v3.txt, received 2024-05-03); "
        "it changes nothing, so it was not logged and uses no round; --not-counted REASON logs it "
        "without a round\n");
  const std::string v4 = box.write("v4.txt", "unu doi trei patru cinci șase șapte OPT NOUĂ ZECE!");
  r = box.run("revision add 1 '" + v4 + "' --date 2024-05-04 --json");
  REQUIRE(r.code == 0);
  const auto logged = nlohmann::json::parse(r.out);
  CHECK(logged["round"] == 2);
  CHECK(logged["status"] == "heads-up");  // the last included round starts
  CHECK(logged["notice"] == "heads-up");

  r = box.run("history 1 --json");
  REQUIRE(r.code == 0);
  const auto h = nlohmann::json::parse(r.out);
  CHECK(h["project"]["title"] == "Broșură de primăvară");
  CHECK(h["terms"]["included_rounds"] == 2);
  REQUIRE(h["revisions"].size() == 4);
  const auto& second = h["revisions"][1];
  for (const char* key : {"number", "round", "date", "file", "counted", "changed_share", "kept", "deleted",
                          "inserted", "status"}) {
    CAPTURE(key);
    CHECK(second.contains(key));
  }
  CHECK(second["file"] == "v2.txt");
  CHECK(second["kept"] == 9);
  CHECK(second["changed_share"].get<double>() == Approx(0.1));
  CHECK(h["revisions"][0]["changed_share"].is_null());
  CHECK(h["revisions"][2]["round"].is_null());
  CHECK(h["revisions"][2]["counted"] == false);
  CHECK(h["notices"].is_array());
  CHECK(h["events"].size() == 5);

  r = box.run("history 1 --csv");
  REQUIRE(r.code == 0);
  CHECK(lines(r.out) == 5);
  CHECK(r.out.rfind("number,round,date,file,counted,changed_share,kept,deleted,inserted,status", 0) == 0);
  // The columns added later come after the original fourteen; every row ends in CRLF.
  CHECK_THAT(r.out,
             Catch::Contains(",terms_version,sha256,changed_percent,limit_percent,included_rounds,words,"));
  CHECK_THAT(r.out, Catch::Contains("\r\n2,1,2024-05-02,v2.txt,yes,0.1000,9,1,1,within,,,1,"));
  CHECK_THAT(r.out, Catch::Contains(",10,30,2,10,10,10,0,1,text,"));
  CHECK_THAT(r.out, Catch::Contains(",first round,"));
  CHECK_THAT(r.out, Catch::Contains("\r\n3,,2024-05-03,v3.txt,no,"));
  CHECK_THAT(r.out, Catch::Contains(",my own typo,1,"));
  CHECK(r.out.substr(r.out.size() - 2) == "\r\n");

  r = box.run("history 1 --csv-events");
  REQUIRE(r.code == 0);
  CHECK(r.out.rfind("at,kind,detail\r\n", 0) == 0);
  CHECK(lines(r.out) == 6);
  CHECK_THAT(r.out, Catch::Contains(",revision.logged,\"revision 2 logged: v2.txt, received 2024-05-02,"));
  r = box.run("history 1 --csv-notices");
  REQUIRE(r.code == 0);
  CHECK(r.out == "id,date,kind,language,revision,pdf_bytes,text\r\n");
  CHECK(box.run("history 1 --csv --json").code == 1);
  CHECK(box.run("history 1 --csv --csv-events").code == 1);

  r = box.run("project list --json");
  REQUIRE(r.code == 0);
  const auto list = nlohmann::json::parse(r.out);
  REQUIRE(list.size() == 1);
  CHECK(list[0]["revisions"] == 4);
  CHECK(list[0]["client"] == "Editura Ștefan");

  r = box.run("project show 1 --json");
  REQUIRE(r.code == 0);
  CHECK(nlohmann::json::parse(r.out)["latest_revision"]["number"] == 4);

  r = box.run("revision original 1 2");
  CHECK(r.out == slurp(v2));
}

TEST_CASE("ledger cli: terms versions, marking not counted, close") {
  Sandbox box;
  REQUIRE(box.run("project add --title T --client C --rounds 1 --max-share 20").code == 0);
  const std::string v1 = box.write("v1.txt", words(10));
  const std::string v2 = box.write("v2.txt", words(9) + "changed");
  REQUIRE(box.run("revision add 1 '" + v1 + "' --date 2024-01-01").code == 0);
  REQUIRE(box.run("revision add 1 '" + v2 + "' --date 2024-01-02").code == 0);

  Run r = box.run("project terms 1 --rounds 3 --from 2999-01-01");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("v2 from 2999-01-01: 3 included rounds, at most 20%"));
  r = box.run("project terms 1 --json");
  REQUIRE(r.code == 0);
  CHECK(nlohmann::json::parse(r.out).size() == 2);

  r = box.run("revision mark 1 2 --not-counted 'my mistake'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("revision 2: not counted"));
  r = box.run("history 1 --json");
  const auto h = nlohmann::json::parse(r.out);
  CHECK(h["revisions"][1]["counted"] == false);
  CHECK(h["events"].back()["kind"] == "revision.not_counted");

  REQUIRE(box.run("project close 1").code == 0);
  r = box.run("revision add 1 '" + v2 + "' --date 2024-01-03");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("closed"));
}

TEST_CASE(
    "ledger cli: bad input exits 2 with one error line and leaves the database byte-for-byte as it was") {
  Sandbox box;
  REQUIRE(box.run("project add --title T --client C --rounds 2 --max-share 30").code == 0);
  const std::string v1 = box.write("v1.txt", words(20));
  REQUIRE(box.run("revision add 1 '" + v1 + "' --date 2024-01-05").code == 0);
  const std::string invalid = box.write("bad.txt", std::string("caf\xc3", 4));
  const std::string before_dump = dump(box.db());
  const std::string before_bytes = file_bytes(box.db());

  struct Case {
    const char* what;
    std::string args;
    const char* message;
  };
  const Case cases[] = {
      {"unknown project (show)", "project show 42", "project 42: no such project"},
      {"unknown project (history)", "history 42 --json", "project 42: no such project"},
      {"unknown project (revision)", "revision add 42 '" + v1 + "'", "project 42: no such project"},
      {"unknown project (terms)", "project terms 42 --rounds 3", "project 42: no such project"},
      {"unknown project (close)", "project close 42", "project 42: no such project"},
      {"unknown project (delete)", "project delete 42 --yes", "project 42: no such project"},
      {"unknown revision", "revision mark 1 9 --not-counted x", "revision 9 of project 1: no such revision"},
      {"unknown revision's original", "revision original 1 9", "revision 9 of project 1: no such revision"},
      {"unknown revision's original to a file", "revision original 1 9 -o '" + box.path("o.txt") + "'",
       "revision 9 of project 1: no such revision"},
      {"control characters in a title",
       "project add --title \"$(printf 'a\\001b\\033c')\" --client C --rounds 2 --max-share 30",
       "the title contains a control character (U+0001) at character 2"},
      {"a line break in a client's name",
       "project add --title T --client \"$(printf 'Ana\\nPopescu')\" --rounds 2 --max-share 30",
       "the client's name has a line break"},
      {"invalid UTF-8 in a title",
       "project add --title \"$(printf 'Bro\\310ur\\377')\" --client C --rounds 2 --max-share 30",
       "the title is not valid UTF-8 text"},
      {"not an id", "project show abc", "not a valid project id"},
      {"rounds < 0", "project add --title T --client C --rounds -1 --max-share 30", "cannot be negative"},
      {"a million rounds", "project add --title T --client C --rounds 1000000 --max-share 30",
       "included rounds must be at most 99 (got 1000000)"},
      {"a price of -5", "project add --title T --client C --rounds 2 --max-share 30 --extra-round-price -5",
       "the extra-round price cannot be negative"},
      {"an email that is not one",
       "project add --title T --client C --client-email 'Ana Popescu' --rounds 2 --max-share 30",
       "does not look like an email address"},
      {"share 0", "project add --title T --client C --rounds 2 --max-share 0", "between 1 and 100"},
      {"share 101", "project add --title T --client C --rounds 2 --max-share 101", "between 1 and 100"},
      {"terms rounds < 0", "project terms 1 --rounds -2", "cannot be negative"},
      {"terms share 150", "project terms 1 --max-share 150", "between 1 and 100"},
      {"unreadable file", "revision add 1 '" + box.path("missing.txt") + "'", "missing.txt"},
      {"invalid UTF-8", "revision add 1 '" + invalid + "'", "bad.txt"},
      {"bad date", "revision add 1 '" + v1 + "' --date 2024-13-01", "YYYY-MM-DD"},
      {"date before the last revision",
       "revision add 1 '" + box.write("v0.txt", "older text") + "' --date 2023-12-31", "before revision 1"},
      {"delete without --yes", "project delete 1", "confirm with --yes"},
      {"backup onto an existing file", "backup '" + v1 + "'", "already exists"},
      {"restore a text file", "restore '" + v1 + "'", "v1.txt"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    const Run r = box.run(c.args);
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(lines(r.err) == 1);
    CHECK(r.err.rfind("error: ", 0) == 0);
    CHECK_THAT(r.err, Catch::Contains(c.message));
    CHECK(dump(box.db()) == before_dump);
    CHECK(file_bytes(box.db()) == before_bytes);
  }
  // Nothing else appeared beside the database (no stray backups).
  std::size_t bak = 0;
  for (const auto& entry : fs::directory_iterator(box.path(""))) bak += entry.path().extension() == ".bak";
  CHECK(bak == 0);
}

TEST_CASE("ledger cli: delete writes a backup first, backup and restore round-trip") {
  Sandbox box;
  REQUIRE(box.run("demo").code == 0);
  Run r = box.run("backup '" + box.path("copy.db") + "'");
  REQUIRE(r.code == 0);
  const std::string demo_dump = dump(box.path("copy.db"));

  r = box.run("project delete 1 --yes");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("deleted project 1"));
  const auto at = r.out.find(box.db() + ".before-delete-1-");
  REQUIRE(at != std::string::npos);
  const std::string safety = r.out.substr(at, r.out.find('\n', at) - at);
  CHECK(fs::exists(safety));
  CHECK(nlohmann::json::parse(box.run("project list --json").out).empty());

  r = box.run("restore '" + box.path("copy.db") + "'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("the contents it replaced are in"));
  const auto list = nlohmann::json::parse(box.run("project list --json").out);
  REQUIRE(list.size() == 1);
  CHECK(list[0]["revisions"] == 5);
  CHECK(dump(box.db()) == demo_dump);
}

TEST_CASE("ledger cli: four processes logging revisions at once lose nothing and wait their turn") {
  Sandbox box;
  REQUIRE(box.run("project add --title T --client C --rounds 50 --max-share 100").code == 0);
  REQUIRE(box.run("revision add 1 '" + box.write("base.txt", words(3000)) + "' --date 2024-01-01").code == 0);
  const std::vector<std::string> tags = {"alpha", "beta", "gamma", "delta"};
  for (const std::string& tag : tags) box.write(tag + ".txt", words(3000, tag));
  constexpr int kEach = 6;
  // Four shell loops run side by side, each logging kEach revisions (each a file of its own: the same file
  // twice is no round) and recording every exit code and error.
  auto loop = [&](const std::string& tag) {
    const std::string file = box.path(tag + ".txt");
    return "(for i in $(seq " + std::to_string(kEach) + "); do { cat '" + file + "'; echo \" $i\"; } >'" +
           box.path(tag) + "-$i.txt'; '" + SK_CLI + "' --db '" + box.db() + "' revision add 1 '" +
           box.path(tag) + "-$i.txt' --date 2024-02-01 >/dev/null 2>>'" + box.path(tag + ".err") +
           "'; echo $? >>'" + box.path(tag + ".codes") + "'; done)";
  };
  std::string script;
  for (const std::string& tag : tags) script += loop(tag) + " & ";
  script += "wait";
  REQUIRE(std::system(script.c_str()) == 0);

  // Every writer waits for the others (up to the documented 5 s) instead of giving up: all succeed.
  int succeeded = 0;
  for (const std::string& tag : tags) {
    std::istringstream codes(slurp(box.path(tag + ".codes")));
    for (int code; codes >> code;) {
      CHECK(code == 0);
      succeeded += code == 0;
    }
    CHECK(slurp(box.path(tag + ".err")).empty());
  }
  CHECK(succeeded == 4 * kEach);
  const auto h = nlohmann::json::parse(box.run("history 1 --json").out);
  REQUIRE(h["revisions"].size() == static_cast<std::size_t>(succeeded + 1));
  for (std::size_t i = 0; i < h["revisions"].size(); ++i) {
    CHECK(h["revisions"][i]["number"] == i + 1);  // no gaps, no duplicates
  }
  CHECK(h["events"].size() == static_cast<std::size_t>(succeeded + 2));
}

TEST_CASE("ledger cli: a project's contact, greeting and details are edited, each change logged") {
  Sandbox box;
  Run r = box.run(
      "project add --title 'Brosură' --client 'Editura Nord' --language ro --rounds 2 --max-share 30 "
      "--contact 'Ana Popescu' --salutation 'Stimată doamnă Popescu,'");
  REQUIRE(r.code == 0);
  nlohmann::json shown = nlohmann::json::parse(box.run("project show 1 --json").out);
  CHECK(shown["project"]["contact"] == "Ana Popescu");
  CHECK(shown["project"]["salutation"] == "Stimată doamnă Popescu,");
  CHECK_THAT(box.run("project show 1").out,
             Catch::Contains("contact    Ana Popescu, greeted \"Stimată doamnă "
                             "Popescu,\""));

  // Refused edits change nothing and log nothing.
  const std::string before = dump(box.db());
  for (const char* bad : {"--client-email 'not an email'", "--currency euro", "--title ''",
                          "--contact 'two\nlines'", "--reopen", ""}) {
    CAPTURE(bad);
    r = box.run(std::string("project edit 1 ") + bad);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("error: "));
    CHECK(dump(box.db()) == before);
  }
  CHECK(box.run("project edit 99 --title X").code == 2);

  r = box.run("project edit 1 --title 'Broșură de primăvară' --salutation '' --contact 'Ion Ionescu'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("title: \"Brosură\" → \"Broșură de primăvară\""));
  CHECK_THAT(r.out, Catch::Contains("greeting: \"Stimată doamnă Popescu,\" → \"\""));
  // The same values again: nothing to change, nothing logged.
  const std::string after = dump(box.db());
  r = box.run("project edit 1 --title 'Broșură de primăvară'");
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("nothing changed"));
  CHECK(dump(box.db()) == after);

  REQUIRE(box.run("project close 1").code == 0);
  REQUIRE(box.run("project edit 1 --reopen").code == 0);
  const nlohmann::json h = nlohmann::json::parse(box.run("history 1 --json").out);
  CHECK(h["project"]["status"] == "open");
  std::vector<std::string> kinds;
  for (const auto& e : h["events"]) kinds.push_back(e["kind"]);
  CHECK(kinds ==
        std::vector<std::string>{"project.created", "project.edited", "project.closed", "project.reopened"});
}

TEST_CASE("ledger cli: a client's name is corrected for all its projects, never merged into another") {
  Sandbox box;
  REQUIRE(box.run("project add --title A --client 'Nordic Bloom' --rounds 2 --max-share 30").code == 0);
  REQUIRE(box.run("project add --title B --client 'Nordic Bloom' --rounds 2 --max-share 30").code == 0);
  REQUIRE(box.run("project add --title C --client 'Acme' --rounds 2 --max-share 30").code == 0);

  // Another client's name is refused, the ledger unchanged.
  const std::string before = dump(box.db());
  Run r = box.run("project edit 1 --client Acme");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("another client is already called \"Acme\""));
  CHECK(dump(box.db()) == before);

  r = box.run("project edit 1 --client 'Nordic Bloom Studio'");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("client's name: \"Nordic Bloom\" → \"Nordic Bloom Studio\""));
  for (int id : {1, 2}) {
    const nlohmann::json h = nlohmann::json::parse(box.run("history " + std::to_string(id) + " --json").out);
    CHECK(h["project"]["client"] == "Nordic Bloom Studio");
    // Both histories say where the new name came from.
    CHECK_THAT(h["events"].back()["detail"].get<std::string>(), Catch::Contains("Nordic Bloom Studio"));
  }
  const nlohmann::json c = nlohmann::json::parse(box.run("history 3 --json").out);
  CHECK(c["project"]["client"] == "Acme");
}

TEST_CASE("ledger cli: a project recorded today for terms agreed last month (project add --from)") {
  Sandbox box;
  Run r = box.run("project add --title T --client C --rounds 2 --max-share 30 --from 2026-01-05");
  REQUIRE(r.code == 0);
  // A later change of terms inside that past is a new version from its day.
  REQUIRE(box.run("project terms 1 --rounds 3 --from 2026-02-01").code == 0);
  const nlohmann::json h = nlohmann::json::parse(box.run("history 1 --json").out);
  REQUIRE(h["terms_versions"].size() == 2);
  CHECK(h["terms_versions"][0]["effective_from"] == "2026-01-05");
  CHECK(h["terms_versions"][1]["effective_from"] == "2026-02-01");
  CHECK_THAT(h["events"][0]["detail"].get<std::string>(), Catch::Contains("agreed from 2026-01-05"));

  const std::string before = dump(box.db());
  for (const char* bad : {"--from 2999-01-01", "--from 2026-02-30", "--from yesterday"}) {
    CAPTURE(bad);
    r = box.run(std::string("project add --title U --client C --rounds 2 --max-share 30 ") + bad);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("error: project: the day the terms were agreed"));
    CHECK(dump(box.db()) == before);
  }
}

TEST_CASE("ledger cli: a revision from the future and an email that is not one are refused, nothing stored") {
  Sandbox box;
  REQUIRE(box.run("project add --title T --client C --rounds 2 --max-share 30").code == 0);
  const std::string file = box.write("a.txt", "One two three four five.");
  const std::string before = dump(box.db());
  Run r = box.run("revision add 1 '" + file + "' --date 2999-01-01");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("a.txt: cannot have been received on 2999-01-01, after today"));
  r = box.run("notice 1 --kind clarify --from-name 'Ana Pop' --from-email 'not an email' --text-only");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("your email: \"not an email\" does not look like an email address"));
  CHECK(dump(box.db()) == before);
  // The profile keeps no bad address either.
  r = box.run("profile set --email bogus");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("\"bogus\" does not look like an email address"));
  CHECK(box.run("profile set --email ana@example.com").code == 0);
  CHECK(box.run("profile set --email ''").code == 0);  // cleared: fine
}
