// Deliveries and approval through the real scopekeeper-cli (issue 17's first story): the freelancer delivers,
// the client comments in round 1, the freelancer delivers again, the client stays silent past the agreed
// feedback window, and the delivery counts as approved — with the days worked out by business days. Also
// explicit approvals, `due`, and refusals that leave the ledger as it was.
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
using sk::test::today;

nlohmann::json deliveries(Sandbox& box, const std::string& project = "1") {
  const Run r = box.run("delivery list " + project + " --json");
  REQUIRE(r.code == 0);
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("delivery cli: deliver, comments, deliver again, silence past the window: approved") {
  Sandbox box;
  // Terms agreed in February 2026: comments within 5 business days; 6 March is a holiday for this project.
  REQUIRE(box.run("project add --title Brochure --client Northwind --rounds 2 --max-share 30 "
                  "--feedback-days 5 --non-working 2026-03-06 --from 2026-02-16")
              .code == 0);
  box.write("v1.txt", "Our spring brochure presents the new garden tools in twelve short sections.");
  box.write("r1.txt", "Our spring brochure presents the new garden tools in ten short sections.");
  box.write("v2.txt", "Our spring brochure presents the new garden tools in ten brief sections.");

  // Monday 2 March 2026: five business days, skipping the weekend and the holiday on Friday 6 March,
  // end on Tuesday 10 March.
  Run r = box.run("delivery add 1 " + box.path("v1.txt") + " --on 2026-03-02");
  REQUIRE(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("delivery 1 of project 1: v1.txt, delivered on 2026-03-02"));
  // The client comments on Wednesday 4 March: round 1 answers delivery 1.
  REQUIRE(box.run("revision add 1 " + box.path("r1.txt") + " --date 2026-03-04").code == 0);
  // Second delivery on Thursday 12 March; nothing comes back.
  REQUIRE(box.run("delivery add 1 " + box.path("v2.txt") + " --on 2026-03-12").code == 0);

  const nlohmann::json d = deliveries(box);
  REQUIRE(d.size() == 2);
  CHECK(d[0]["state"] == "answered");
  CHECK(d[0]["last_comment_day"] == "2026-03-10");
  CHECK(d[0]["answered_by"] == nlohmann::json::array({1}));
  // Thursday 12 March + 5 business days = Thursday 19 March; approved from Friday 20 March.
  CHECK(d[1]["state"] == "approved-by-window");
  CHECK(d[1]["last_comment_day"] == "2026-03-19");
  CHECK(d[1]["approved_on"] == "2026-03-20");
  CHECK(d[1]["answered_by"].empty());
  CHECK(d[1]["sha256"].get<std::string>().size() == 64);

  r = box.run("history 1");
  CHECK_THAT(r.out, Catch::Contains(
                        "approved by the agreed feedback window on 2026-03-20 (no comments by 2026-03-19)"));
  const nlohmann::json h = nlohmann::json::parse(box.run("history 1 --json").out);
  CHECK(h["deliveries"] == d);
  CHECK(h["terms"]["feedback_days"] == 5);
  CHECK(h["terms"]["non_working_days"] == "2026-03-06");
  std::vector<std::string> kinds;
  for (const auto& e : h["events"]) kinds.push_back(e["kind"]);
  CHECK(kinds == std::vector<std::string>{"project.created", "delivery.recorded", "revision.logged",
                                          "delivery.recorded"});

  // A revision after the window closed answers the delivery, but the delivery stays approved: new work.
  box.write("r2.txt", "Our spring brochure presents the new garden tools in ten brief, clear sections.");
  REQUIRE(box.run("revision add 1 " + box.path("r2.txt") + " --date 2026-03-25").code == 0);
  const nlohmann::json later = deliveries(box);
  CHECK(later[1]["state"] == "approved-by-window");
  CHECK(later[1]["answered_by"] == nlohmann::json::array({2}));
  CHECK_THAT(box.run("delivery list 1").out, Catch::Contains("later revisions 2 are new work"));
}

TEST_CASE("delivery cli: an explicit approval, what is due, and refusals that change nothing") {
  Sandbox box;
  REQUIRE(
      box.run("project add --title Site --client Acme --rounds 1 --max-share 20 --feedback-days 3").code ==
      0);
  REQUIRE(box.run("project add --title Logo --client Acme --rounds 1 --max-share 20").code == 0);
  box.write("site.txt", "Welcome to Acme, makers of fine anvils since 1949.");
  REQUIRE(box.run("delivery add 1 " + box.path("site.txt")).code == 0);  // today: the window is open
  REQUIRE(box.run("delivery add 2 " + box.path("site.txt")).code == 0);  // no window in these terms

  nlohmann::json due = nlohmann::json::parse(box.run("due --json").out);
  REQUIRE(due.size() == 2);
  CHECK(due[0]["project_id"] == 1);  // the window closing soonest first, then deliveries without one
  CHECK(due[0]["state"] == "awaiting-feedback");
  CHECK(due[0]["business_days_left"] == 3);
  CHECK(due[1]["project_id"] == 2);
  CHECK(due[1]["state"] == "no-window");
  CHECK_THAT(box.run("due").out, Catch::Contains("(3 business days left)"));

  const std::string before = dump(box.db());
  struct Refusal {
    std::string args, says;
  };
  const std::string tomorrow = "2999-01-01";
  const std::vector<Refusal> refusals = {
      {"delivery add 1 " + box.path("missing.txt"), "missing.txt"},
      {"delivery add 1 " + box.path("site.txt") + " --on " + tomorrow, "after today"},
      {"delivery add 1 " + box.path("site.txt") + " --on 2026-02-30", "must be a date"},
      {"delivery add 1 " + box.path("site.txt") + " --on 2020-01-01", "before delivery 1"},
      {"delivery add 9 " + box.path("site.txt"), "project 9"},
      {"delivery approve 1 1 --how ' '", "say how it was approved"},
      {"delivery approve 1 7 --how email", "no such delivery"},
      {"delivery approve 1 1 --how email --on 2020-01-01", "before it was delivered"},
      {"delivery approve 1 1 --how email --on " + tomorrow, "after today"},
      {"project terms 1 --feedback-days 61", "between 1 and 60"},
      {"project terms 1 --non-working 2026-02-30", "is not a date"},
  };
  for (const Refusal& refusal : refusals) {
    CAPTURE(refusal.args);
    const Run r = box.run(refusal.args);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("error: ") && Catch::Contains(refusal.says));
  }
  CHECK(dump(box.db()) == before);

  Run r = box.run("delivery approve 1 1 --how 'by email'");
  REQUIRE(r.code == 0);
  CHECK(deliveries(box)[0]["state"] == "approved");
  CHECK(deliveries(box)[0]["approved_on"] == today());
  CHECK(deliveries(box)[0]["approved_how"] == "by email");
  r = box.run("delivery approve 1 1 --how again");
  CHECK(r.code == 2);
  CHECK_THAT(r.err, Catch::Contains("already recorded as approved on " + today()));
  // Approved: no longer due.
  due = nlohmann::json::parse(box.run("due --json").out);
  REQUIRE(due.size() == 1);
  CHECK(due[0]["project_id"] == 2);

  // A closed project takes no deliveries and is not due.
  REQUIRE(box.run("project close 2").code == 0);
  CHECK(box.run("delivery add 2 " + box.path("site.txt")).code == 2);
  CHECK(nlohmann::json::parse(box.run("due --json").out).empty());
}
