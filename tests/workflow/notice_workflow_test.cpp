// The notice workflow on a real (in-memory) ledger: which kind "auto" picks, the facts taken from the
// record, the passages re-measured from the stored texts, and storing the notice.
#include <catch2/catch.hpp>

#include <regex>

#include "../import/fixtures.h"
#include "../ledger/ledger_fixtures.h"
#include "common/error.h"
#include "ledger/history.h"
#include "workflow/notice_facts_builder.h"
#include "workflow/notice_workflow.h"

using namespace sk::ledger;
using namespace sk::workflow;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::ten_words;
using sk::notice::NoticeKind;

namespace {

NoticeRequest text_only(std::optional<NoticeKind> kind = std::nullopt) {
  NoticeRequest request;
  request.kind = kind;
  request.with_pdf = false;
  request.freelancer.name = "Ana Popescu";
  return request;
}

}  // namespace

TEST_CASE("workflow: auto picks the notice the policy calls for on the latest revision") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));  // ro, 2 rounds, 30 %, 150 per extra round

  auto none = generate_notice(db, id, text_only());
  CHECK_FALSE(none.called_for);
  CHECK(none.no_notice_reason.find("no revisions yet") != std::string::npos);

  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1}), "2024-05-02");  // round 1: 10 % -> within
  auto within = generate_notice(db, id, text_only());
  CHECK_FALSE(within.called_for);
  CHECK(within.revision_number == 2);
  CHECK(within.no_notice_reason ==
        "No notice is called for: revision 2 (round 1) is within the agreed terms.");

  log_text(db, id, ten_words({1, 2, 3, 4}), "2024-05-03");  // round 2: 30 % of round 1's text... last round
  auto over = generate_notice(db, id, text_only());
  REQUIRE(over.called_for);
  CHECK(over.revision_number == 3);
  CHECK(over.facts.kind == NoticeKind::kHeadsUp);  // the last included round starts
  CHECK(over.facts.language == "ro");
  CHECK(over.facts.client == "Editura Ștefan");
  CHECK(over.facts.freelancer.name == "Ana Popescu");
  CHECK(over.facts.terms.max_share == Approx(0.30));
  CHECK(over.facts.terms.heads_up_share == Approx(0.24));
  CHECK(over.facts.terms.extra_round_price == 150);
  CHECK(over.facts.revision.number == 3);
  CHECK(over.facts.revision.round == 2);
  CHECK(over.facts.revision.old_words == 10);
  CHECK(over.facts.revision.changed_share == Approx(0.3));
  CHECK(over.facts.revision.previous_received == "2024-05-02");
  CHECK(over.facts.rounds_used == 2);
  CHECK(over.facts.rounds_left == 0);
  REQUIRE(over.facts.history.size() == 2);  // rounds 1 and 2; the original delivery is not a round
  CHECK(over.facts.history[1].status == sk::notice::RoundStatus::kNearLimit);
  REQUIRE(over.facts.passages.size() == 1);  // w2 w3 w4 -> new2 new3 new4 (w1 -> new1 was round 1)
  CHECK(over.facts.passages[0].kind == sk::notice::PassageKind::kReplace);
  CHECK(over.facts.passages[0].old_text == "w2 w3 w4");
  CHECK(over.facts.passages[0].new_text == "new2 new3 new4");
  CHECK(over.text.body.rfind("Bună ziua,\n", 0) == 0);  // no contact person: the neutral greeting
  CHECK(over.findings.empty());
  CHECK(over.pdf.empty());

  // --revision 2 with auto: nothing; with an explicit kind, the kind asked.
  auto r2 = text_only();
  r2.revision = 2;
  CHECK_FALSE(generate_notice(db, id, r2).called_for);
  r2.kind = NoticeKind::kSummary;
  r2.language = "ko";
  auto summary = generate_notice(db, id, r2);
  CHECK(summary.facts.kind == NoticeKind::kSummary);
  CHECK(summary.facts.language == "ko");
  CHECK(summary.facts.history.size() == 1);
}

TEST_CASE("workflow: storing a notice, which shows in the history and in later notices") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(1, 20));
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1, 2, 3, 4, 5}), "2024-05-02");  // 50 % > 20 %: over-scope
  auto request = text_only();
  request.with_pdf = true;
  request.language = "en";
  const GeneratedNotice notice = generate_notice(db, id, request);
  CHECK(notice.facts.kind == NoticeKind::kOverScope);
  CHECK(notice.pdf.rfind("%PDF-", 0) == 0);
  const auto notice_id = store_notice(db, id, notice);

  const ProjectHistory h = load_history(db, id);
  REQUIRE(h.notices.size() == 1);
  CHECK(h.notices[0].id == notice_id);
  CHECK(h.notices[0].kind == NoticeKind::kOverScope);
  CHECK(h.notices[0].language == "en");
  CHECK(h.notices[0].revision_number == 2);
  CHECK(h.notices[0].pdf_bytes == static_cast<std::int64_t>(notice.pdf.size()));
  CHECK(h.notices[0].text == notice_text(notice.text));
  CHECK(h.notices[0].text.rfind(notice.text.subject + "\n\n", 0) == 0);

  const GeneratedNotice again = generate_notice(db, id, text_only(NoticeKind::kSummary));
  REQUIRE(again.facts.notices.size() == 1);
  CHECK(again.facts.notices[0].kind == NoticeKind::kOverScope);
}

TEST_CASE("workflow: not-counted revisions, unknown ids, kinds that need a revision") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  CHECK_THROWS_AS(generate_notice(db, id + 1, text_only()), sk::Error);
  CHECK_THROWS_AS(generate_notice(db, id, text_only(NoticeKind::kOverScope)), sk::Error);
  CHECK(generate_notice(db, id, text_only(NoticeKind::kClarify)).facts.kind == NoticeKind::kClarify);

  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({1}), "2024-05-02", std::string("my own typo"));
  auto latest = generate_notice(db, id, text_only());
  CHECK_FALSE(latest.called_for);
  CHECK(latest.no_notice_reason == "No notice is called for: revision 2 is not counted.");
  auto request = text_only();
  request.revision = 1;
  CHECK(generate_notice(db, id, request).no_notice_reason.find("original delivery") != std::string::npos);
  request.revision = 9;
  try {
    generate_notice(db, id, request);
    FAIL("no error");
  } catch (const sk::Error& e) {
    CHECK(e.kind() == sk::ErrorKind::kNotFound);
    CHECK(sk::describe(e) == "project 1: no revision 9");
  }
}

TEST_CASE("workflow: an image project's notice speaks of the design and carries the pixel figures") {
  using sk::import::testing::png_bytes;
  using sk::import::testing::Rgb;
  sk::import::testing::TempDir dir;
  // A 100 x 100 white picture whose first `rows` rows are navy.
  auto log_image = [&](Database& db, std::int64_t project, int rows, const std::string& date) {
    const std::string name = "poster-" + std::to_string(rows) + ".png";
    const std::string bytes = png_bytes(100, 100, [rows](uint32_t, uint32_t y) {
      return static_cast<int>(y) < rows ? Rgb{20, 30, 120} : Rgb{255, 255, 255};
    });
    return log_revision(db, project, NewRevision{date, "", std::nullopt},
                        read_revision_source(dir.write(name, bytes)));
  };
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 10));
  log_image(db, id, 10, "2024-05-01");
  log_image(db, id, 30, "2024-05-02");  // 20 rows of 100 changed: 20 % > 10 %
  auto request = text_only();
  request.language = "en";
  request.with_pdf = true;
  const GeneratedNotice notice = generate_notice(db, id, request);
  REQUIRE(notice.called_for);
  CHECK(notice.facts.kind == NoticeKind::kOverScope);
  CHECK(notice.facts.material == sk::notice::Material::kImage);
  CHECK(notice.facts.revision.total_pixels == 10000);
  CHECK(notice.facts.revision.changed_pixels == 2000);
  CHECK(notice.facts.revision.regions == 1);
  CHECK_FALSE(notice.facts.revision.regions_capped);
  CHECK(notice.facts.revision.sizing == sk::notice::ImageSizing::kSame);
  CHECK(notice.facts.revision.changed_share == Approx(0.2));
  CHECK(notice.facts.revision.old_words == 0);
  CHECK(notice.facts.revision.file == "poster-30.png");
  CHECK(notice.facts.passages.empty());  // no words to show: the PDF gives the pixel figures
  // and the new version's picture, re-measured from the stored originals, with a box per changed area.
  CHECK(notice.facts.picture.width > 0);
  CHECK(notice.facts.picture.rgb.size() ==
        size_t{notice.facts.picture.width} * notice.facts.picture.height * 3);
  CHECK(notice.facts.picture.boxes.size() == 1);
  CHECK(notice.facts.picture.old_boxes.size() == 1);  // the same area on the previous version, for its crop
  CHECK(notice.facts.picture.old_rgb.size() ==
        size_t{notice.facts.picture.old_width} * notice.facts.picture.old_height * 3);
  REQUIRE(notice.facts.history.size() == 1);
  CHECK(notice.facts.history[0].share == Approx(0.2));
  const std::string& body = notice.text.body;
  CHECK(body.find("each changing up to 10% of the design") != std::string::npos);
  CHECK(body.find("they change 20% of the design, against the 10% one round covers") != std::string::npos);
  CHECK(body.find("changes 2,000 of the 10,000 pixels, in 1 area: 20%.") != std::string::npos);
  CHECK(body.find("text") == std::string::npos);
  CHECK(body.find("word") == std::string::npos);
  CHECK(notice.findings.empty());
  CHECK(notice.pdf.rfind("%PDF-", 0) == 0);

  // The summary and a clarify notice about the first (unmeasured) image speak of the design as well.
  request.kind = NoticeKind::kSummary;
  request.with_pdf = false;
  CHECK(generate_notice(db, id, request).text.body.find("20% of the design changed") != std::string::npos);
  request.kind = NoticeKind::kClarify;
  request.revision = 1;
  const GeneratedNotice clarify = generate_notice(db, id, request);
  CHECK(clarify.facts.material == sk::notice::Material::kImage);
  CHECK(clarify.text.body.find("how the design comes across") != std::string::npos);
  CHECK(clarify.text.body.find("pixel") == std::string::npos);

  // Korean and Romanian: the design, not the text.
  request.kind = std::nullopt;
  request.revision.reset();
  request.language = "ko";
  const std::string ko = generate_notice(db, id, request).text.body;
  CHECK(ko.find("디자인") != std::string::npos);
  CHECK(ko.find("텍스트") == std::string::npos);
  CHECK(ko.find("원고") == std::string::npos);
  request.language = "ro";
  const std::string ro = generate_notice(db, id, request).text.body;
  CHECK(ro.find("design") != std::string::npos);
  CHECK_FALSE(std::regex_search(ro, std::regex(R"(\btext)")));
}
