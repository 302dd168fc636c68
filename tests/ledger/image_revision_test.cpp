// Tests for image revisions in the ledger: PNG/JPEG files logged as evidence and measured by their changed
// pixels, statuses from that share, texts and images never measured against each other (refused, nothing
// written), re-measuring images when a revision is marked, and text measurements written before images.
#include <catch2/catch.hpp>
#include <string>

#include "../import/fixtures.h"
#include "common/error.h"
#include "ledger/history.h"
#include "ledger/history_csv.h"
#include "ledger/sha256.h"
#include "ledger_fixtures.h"

using namespace sk::ledger;
using namespace sk::workflow;
using sk::import::testing::jpeg_bytes;
using sk::import::testing::png_bytes;
using sk::import::testing::Rgb;
using sk::ledger::testing::count_rows;
using sk::ledger::testing::log_text;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::ten_words;

namespace {

// A 100 x 100 white picture whose first `rows` rows are red.
std::string red_rows(int rows, bool jpeg = false) {
  const auto paint = [rows](uint32_t, uint32_t y) {
    return static_cast<int>(y) < rows ? Rgb{200, 0, 0} : Rgb{255, 255, 255};
  };
  return jpeg ? jpeg_bytes(100, 100, paint) : png_bytes(100, 100, paint);
}

class ImageLog {
 public:
  // Writes `bytes` as `name` and logs it through read_revision_source, as the CLI and the app do.
  RevisionRecord add(Database& db, std::int64_t project, const std::string& name, const std::string& bytes,
                     const std::string& date, std::optional<std::string> not_counted = std::nullopt) {
    const RevisionSource source = read_revision_source(dir_.write(name, bytes));
    return log_revision(db, project, NewRevision{date, "", std::move(not_counted)}, source);
  }
  std::string path(const std::string& name, const std::string& bytes) { return dir_.write(name, bytes); }

 private:
  sk::import::testing::TempDir dir_;
};

// Every row of every table, for "nothing was written" checks.
std::string dump(Database& db) {
  std::string out;
  SQLite::Statement tables(db.sql(), "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  while (tables.executeStep()) {
    const std::string table = tables.getColumn(0).getString();
    out += "[" + table + "]\n";
    SQLite::Statement rows(db.sql(), "SELECT * FROM \"" + table + "\" ORDER BY rowid");
    while (rows.executeStep()) {
      for (int i = 0; i < rows.getColumnCount(); ++i) {
        const SQLite::Column c = rows.getColumn(i);
        out += c.isNull()
                   ? std::string("NULL")
                   : std::string(static_cast<const char*>(c.getBlob()), static_cast<size_t>(c.getBytes()));
        out += '|';
      }
      out += '\n';
    }
  }
  return out;
}

// A revision's row in `measurements`, as "kind|rules|width|height|against|changed|total|size handling|
// regions|" (typed columns, read by name).
std::string stored_measurement(Database& db, std::int64_t project, int number) {
  SQLite::Statement q(
      db.sql(),
      "SELECT m.kind, m.rules, m.width, m.height, m.against, m.changed_pixels, m.total_pixels, "
      "m.size_handling, m.regions FROM measurements m JOIN revisions r ON r.id = m.revision_id "
      "WHERE r.project_id = ? AND r.number = ?");
  q.bind(1, project);
  q.bind(2, number);
  REQUIRE(q.executeStep());
  std::string out;
  for (int i = 0; i < q.getColumnCount(); ++i) out += q.getColumn(i).getString() + "|";
  return out;
}

}  // namespace

TEST_CASE("ledger/image revisions: read, stored as they arrived and measured by the exact pixel share",
          "[ledger][revision][image]") {
  ImageLog files;
  const auto white = [](uint32_t, uint32_t) { return Rgb{255, 255, 255}; };
  const auto boxed = [](uint32_t x, uint32_t y) {
    return x >= 20 && x < 40 && y >= 10 && y < 20 ? Rgb{0, 0, 200} : Rgb{255, 255, 255};
  };
  const std::string v1 = png_bytes(100, 50, white);
  const std::string v2 = png_bytes(100, 50, boxed);

  const RevisionSource source = read_revision_source(files.path("logo-v1.png", v1));
  CHECK(source.kind == sk::ContentKind::kImage);
  CHECK(source.format == "png");
  CHECK(source.bytes == v1);
  CHECK(source.document.words.empty());
  CHECK(source.image.width == 100);
  CHECK(is_image_format("png"));
  CHECK(is_image_format("jpeg"));
  CHECK_FALSE(is_image_format("text"));

  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  const RevisionRecord first = files.add(db, id, "logo-v1.png", v1, "2024-05-01");
  CHECK(first.kind == sk::ContentKind::kImage);
  CHECK(first.format == "png");
  CHECK(first.words == 0);
  CHECK(first.width == 100);
  CHECK(first.height == 50);
  CHECK(first.sha256 == sha256_hex(v1));
  CHECK_FALSE(first.measured.has_value());

  const RevisionRecord second = files.add(db, id, "logo-v2.png", v2, "2024-05-02");
  REQUIRE(second.measured.has_value());
  const Measurement& m = *second.measured;
  CHECK(m.kind == sk::ContentKind::kImage);
  CHECK(m.against == 1);
  CHECK(m.changed_pixels == 200);
  CHECK(m.total_pixels == 5000);
  CHECK(m.changed_share == 200.0 / 5000.0);
  CHECK(m.size_handling == "same");
  CHECK(m.regions == 1);
  CHECK(m.old_words == 0);
  CHECK(m.deleted == 0);
  CHECK(revision_original(db, id, 2) == v2);
  CHECK(revision_text(db, id, 2).empty());
  CHECK(m.rules == "pixels 2");
  CHECK(stored_measurement(db, id, 2) == "image|pixels 2|100|50|1|200|5000|same|1|");
  const ProjectHistory history = load_history(db, id);
  CHECK_THAT(history.events.back().detail, Catch::Contains("4.0% changed against revision 1"));
  // The CSV export carries the pixel figures in its last columns.
  const std::string csv = history_csv(history);
  CHECK_THAT(csv, Catch::Contains(",image,,,,pixels 2,,\r\n") &&
                      Catch::Contains(",image,200,5000,1,pixels 2,,\r\n"));

  // The same picture exported twice as large: compared scaled, nothing changed, so it is no round; it
  // may be logged as not counted.
  const std::string twice = png_bytes(200, 100, [&](uint32_t x, uint32_t y) { return boxed(x / 2, y / 2); });
  try {
    files.add(db, id, "logo-v2@2x.png", twice, "2024-05-03");
    FAIL("a picture that changes no pixel used a round");
  } catch (const sk::workflow::NothingChanged& refused) {
    CHECK(refused.same_as() == 2);
    CHECK_FALSE(refused.same_bytes());
    CHECK(refused.message() ==
          "changes no pixel of revision 2 (the same picture, saved again); it was not "
          "logged, so that it does not use up a round");
  }
  CHECK(list_revisions(db, id).size() == 2);
  const RevisionRecord third = files.add(db, id, "logo-v2@2x.png", twice, "2024-05-03", "a larger export");
  CHECK_FALSE(third.counted);
  REQUIRE(third.measured.has_value());
  CHECK(third.measured->size_handling == "scaled");
  CHECK(third.measured->total_pixels == 5000);
  CHECK(third.measured->changed_pixels == 0);
  CHECK(third.width == 200);
}

TEST_CASE("ledger/image revisions: the statuses follow the changed pixel share",
          "[ledger][revision][image]") {
  ImageLog files;
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));  // 2 rounds of at most 30%, heads-up at 24%
  files.add(db, id, "v1.png", red_rows(0), "2024-05-01");
  files.add(db, id, "v2.png", red_rows(10), "2024-05-02");  // round 1: 10% of the pixels
  files.add(db, id, "v3.png", red_rows(50), "2024-05-03");  // round 2: 40% against v2
  // The same picture saved as a JPEG: re-encoding noise (lone pixels and a one-pixel seam along the red
  // edge that chroma subsampling blurs) is no edit, so it changes nothing and uses no round.
  CHECK_THROWS_AS(files.add(db, id, "v4.jpg", red_rows(50, true), "2024-05-04"),
                  sk::workflow::NothingChanged);
  // Edited and saved as a JPEG: round 3, an additional one, measured without the noise.
  const RevisionRecord fourth = files.add(db, id, "v4.jpg", red_rows(60, true), "2024-05-04");
  CHECK(fourth.format == "jpeg");

  const ProjectHistory h = load_history(db, id);
  REQUIRE(h.revisions.size() == 4);
  CHECK(h.revisions[0].status == sk::policy::Status::kWithin);
  CHECK(h.revisions[1].revision.measured->changed_share == 0.1);
  CHECK(h.revisions[1].status == sk::policy::Status::kWithin);
  CHECK(h.revisions[2].revision.measured->changed_share == 0.4);
  CHECK(h.revisions[2].status == sk::policy::Status::kOverScope);
  // 10 more red rows of 100: 10% exactly, the noise along the edge not counted.
  CHECK(h.revisions[3].revision.measured->changed_share == Approx(0.10).margin(0.005));
  CHECK(h.revisions[3].status == sk::policy::Status::kRoundsExhausted);
}

TEST_CASE("ledger/image revisions: a text and an image are never measured against each other",
          "[ledger][revision][image]") {
  ImageLog files;
  Database db = Database::open(":memory:");

  SECTION("an image after a text is refused, writing nothing, even when it would not count") {
    const auto id = add_project(db, sample_project());
    log_text(db, id, ten_words(), "2024-05-01");
    const std::string before = dump(db);
    for (const std::optional<std::string>& not_counted :
         {std::optional<std::string>(), std::optional<std::string>("a sketch")}) {
      try {
        files.add(db, id, "mockup.png", red_rows(10), "2024-05-02", not_counted);
        FAIL("expected sk::Error");
      } catch (const sk::Error& error) {
        CHECK(error.kind() == sk::ErrorKind::kInvalidInput);
        CHECK(error.subject() == "mockup.png");
        CHECK(error.message() ==
              "is an image and cannot be measured against revision 1 (draft.txt), which is a text; the "
              "revisions "
              "of one project must be all texts or all images");
      }
    }
    CHECK(dump(db) == before);
    CHECK(count_rows(db, "revisions") == 1);
  }

  SECTION("a text after an image is refused, writing nothing") {
    const auto id = add_project(db, sample_project());
    files.add(db, id, "v1.png", red_rows(0), "2024-05-01");
    const int events = count_rows(db, "events");
    const std::string before = dump(db);
    try {
      log_text(db, id, ten_words(), "2024-05-02");
      FAIL("expected sk::Error");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == sk::ErrorKind::kInvalidInput);
      CHECK(error.subject() == "draft.txt");
      CHECK_THAT(error.message(),
                 Catch::StartsWith(
                     "is a text and cannot be measured against revision 1 (v1.png), which is an image"));
    }
    CHECK(dump(db) == before);
    CHECK(count_rows(db, "events") == events);
  }

  SECTION("marking that would measure across kinds is refused, changing nothing") {
    const auto id = add_project(db, sample_project());
    log_text(db, id, ten_words(), "2024-05-01", std::string("sent by mistake"));  // not counted: no baseline
    files.add(db, id, "v1.png", red_rows(0), "2024-05-02");                       // the original delivery
    const std::string before = dump(db);
    try {
      mark_revision(db, id, 1, std::nullopt);
      FAIL("expected sk::Error");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == sk::ErrorKind::kInvalidInput);
      CHECK(error.subject() == "revision 1 of project " + std::to_string(id));
      CHECK(error.message() ==
            "cannot be marked counted: revision 2 (v1.png) is an image and cannot be measured against "
            "revision 1 "
            "(draft.txt), which is a text; the revisions of one project must be all texts or all images");
    }
    CHECK(dump(db) == before);
  }
}

TEST_CASE("ledger/image revisions: marking not counted re-measures later images from their stored bytes",
          "[ledger][revision][image]") {
  ImageLog files;
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  files.add(db, id, "v1.png", red_rows(0), "2024-05-01");
  files.add(db, id, "v2.png", red_rows(10), "2024-05-02");
  files.add(db, id, "v3.png", red_rows(20), "2024-05-03");  // 10% against v2
  auto history = load_history(db, id);
  CHECK(history.revisions[2].revision.measured->against == 2);
  CHECK(history.revisions[2].revision.measured->changed_pixels == 1000);

  mark_revision(db, id, 2, "my own colour mistake");
  history = load_history(db, id);
  const Measurement& again = *history.revisions[2].revision.measured;
  CHECK(again.kind == sk::ContentKind::kImage);
  CHECK(again.against == 1);
  CHECK(again.changed_pixels == 2000);
  CHECK(again.total_pixels == 10000);
  CHECK(again.changed_share == 0.2);
  CHECK(history.revisions[2].round == 1);
  CHECK(history.revisions[2].revision.width == 100);
  CHECK(history.events.back().kind == "revision.not_counted");
  CHECK_THAT(
      history.events.back().detail,
      Catch::Contains("revision 3 measured again: 10.0% against revision 2 -> 20.0% against revision 1"));

  mark_revision(db, id, 2, std::nullopt);
  history = load_history(db, id);
  CHECK(history.revisions[2].revision.measured->against == 2);
  CHECK(history.revisions[2].revision.measured->changed_share == 0.1);
  CHECK(history.revisions[2].round == 2);
}

TEST_CASE("ledger/image revisions: a text's measurement is a typed row with the word rules",
          "[ledger][revision][image]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  log_text(db, id, ten_words(), "2024-05-01");
  log_text(db, id, ten_words({3, 7}), "2024-05-02");
  const std::vector<RevisionRecord> revisions = list_revisions(db, id);
  REQUIRE(revisions.size() == 2);
  CHECK(revisions[0].kind == sk::ContentKind::kText);
  CHECK(revisions[0].width == 0);
  CHECK(revisions[0].rules == "words 1");
  CHECK(revisions[0].words == 10);
  REQUIRE(revisions[1].measured.has_value());
  const Measurement& m = *revisions[1].measured;
  CHECK(m.kind == sk::ContentKind::kText);
  CHECK(m.rules == "words 1");
  CHECK(m.against == 1);
  CHECK(m.kept == 8);
  CHECK(m.deleted == 2);
  CHECK(m.changed_share == Approx(0.2));
  CHECK(m.changed_pixels == 0);
  CHECK(m.size_handling.empty());
  CHECK(stored_measurement(db, id, 1) == "text|words 1|0|0||0|0||0|");
  // The JSON column of earlier versions is no longer written.
  CHECK(db.sql().execAndGet("SELECT count(*) FROM revisions WHERE measured IS NOT NULL").getInt() == 0);
}
