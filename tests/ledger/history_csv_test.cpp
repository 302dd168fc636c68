// Tests for ledger/history_csv: RFC 4180 quoting, UTF-8 names, not-counted rows, the formula guard, figures
// equal to the stored measurement, the event and notice tables, and writing the file.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "common/error.h"
#include "common/output_file.h"
#include "ledger/history.h"
#include "ledger/history_csv.h"
#include "ledger/notice_store.h"
#include "ledger_fixtures.h"
#include "temp_dir.h"

using namespace sk::ledger;
using namespace sk::workflow;
using sk::ledger::testing::sample_project;
using sk::ledger::testing::TempDir;
using sk::ledger::testing::ten_words;

namespace {

using Table = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader for the tests: every record must end in CRLF, quotes only around whole fields.
Table parse_csv(const std::string& text) {
  const auto expect = [](bool ok, const char* what) {
    if (!ok) FAIL("not RFC 4180: " << what);
  };
  Table table(1, std::vector<std::string>(1));
  size_t i = 0;
  bool record_done = false;
  while (i < text.size()) {
    if (record_done) {
      table.emplace_back(1);
      record_done = false;
    }
    std::string& field = table.back().back();
    if (text[i] == '"' && field.empty()) {
      for (++i;; ++i) {
        expect(i < text.size(), "unterminated quote");
        if (text[i] != '"') {
          field += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          ++i;
          break;
        }
      }
      expect(i < text.size() && (text[i] == ',' || text[i] == '\r'), "text after a closing quote");
    }
    if (text[i] == ',') {
      table.back().emplace_back();
      ++i;
    } else if (text[i] == '\r') {
      expect(text.compare(i, 2, "\r\n") == 0, "CR without LF");
      i += 2;
      record_done = true;
    } else {
      expect(text[i] != '\n', "bare line feed outside quotes");
      expect(text[i] != '"', "quote inside an unquoted field");
      field += text[i++];
    }
  }
  expect(record_done, "the last record does not end in CRLF");
  return table;
}

// Rows as maps from the header's column names.
std::vector<std::map<std::string, std::string>> records(const std::string& csv) {
  const Table table = parse_csv(csv);
  std::vector<std::map<std::string, std::string>> rows;
  for (size_t r = 1; r < table.size(); ++r) {
    REQUIRE(table[r].size() == table[0].size());
    std::map<std::string, std::string> row;
    for (size_t c = 0; c < table[0].size(); ++c) row[table[0][c]] = table[r][c];
    rows.push_back(row);
  }
  return rows;
}

RevisionRecord log_file(Database& db, std::int64_t project, const std::string& file_name,
                        const std::string& text, const std::string& date,
                        std::optional<std::string> not_counted = std::nullopt, const std::string& note = "") {
  return log_revision(db, project, NewRevision{date, note, std::move(not_counted)},
                      revision_source_from_text(file_name, text));
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

TEST_CASE("history_csv: text fields are quoted per RFC 4180 and guarded against formulas", "[ledger][csv]") {
  CHECK(csv_text_field("plain.txt") == "plain.txt");
  CHECK(csv_text_field("") == "");
  CHECK(csv_text_field("a,b") == "\"a,b\"");
  CHECK(csv_text_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_text_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_text_field("cr\r\nlf") == "\"cr\r\nlf\"");
  CHECK(csv_text_field("=1+2") == "'=1+2");
  CHECK(csv_text_field("+40 721") == "'+40 721");
  CHECK(csv_text_field("-draft") == "'-draft");
  CHECK(csv_text_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_text_field("\tx") == "'\tx");
  CHECK(csv_text_field("=HYPERLINK(\"http://x\",\"a,b\")") ==
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"");
  CHECK(csv_text_field(std::string_view("\0=", 2)) == std::string("\0=", 2));
  CHECK(csv_text_field("a=b") == "a=b");          // only the first character matters
  CHECK(csv_text_field("ședință") == "ședință");  // UTF-8 passes through untouched
}

TEST_CASE("history_csv: revisions with their stored figures, names and not-counted rows", "[ledger][csv]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(1, 30));
  const std::string korean = "수정본 \"최종\", 2차.txt";
  const std::string romanian = "broșură\nțară, ediția 2.txt";
  log_file(db, id, "original.txt", ten_words(), "2024-05-01");
  log_file(db, id, korean, ten_words({0}), "2024-05-02", std::nullopt, "from Ștefan, by e-mail");
  log_file(db, id, romanian, ten_words({0, 1, 2}), "2024-05-03", "greșeala mea, \"typo\"");
  log_file(db, id, "=cmd|' /C calc'!A0.txt", ten_words({0, 1, 2, 3, 4}), "2024-05-04");
  const ProjectHistory h = load_history(db, id);

  const std::string csv = history_csv(h);
  CHECK(csv.rfind("number,round,date,file,counted,changed_share,kept,deleted,inserted,status,notice,"
                  "not_counted_reason,terms_version,sha256,changed_percent,limit_percent,",
                  0) == 0);
  CHECK(csv.compare(0, 3, kUtf8Bom) != 0);  // no BOM: the caller decides
  const auto rows = records(csv);
  REQUIRE(rows.size() == 4);

  CHECK(rows[0].at("number") == "1");
  CHECK(rows[0].at("round") == "0");
  CHECK(rows[0].at("changed_share").empty());  // the original delivery is not measured
  CHECK(rows[0].at("changed_percent").empty());
  CHECK(rows[0].at("words") == "10");

  CHECK(rows[1].at("file") == korean);  // quotes, comma and Hangul round-trip
  CHECK(rows[1].at("note") == "from Ștefan, by e-mail");
  CHECK(rows[1].at("round") == "1");
  CHECK(rows[1].at("status") == "heads-up");  // the last included round
  CHECK(rows[1].at("notice") == "heads-up");

  CHECK(rows[2].at("file") == romanian);  // the line break survives inside quotes
  CHECK(rows[2].at("counted") == "no");
  CHECK(rows[2].at("round").empty());
  CHECK(rows[2].at("not_counted_reason") == "greșeala mea, \"typo\"");
  CHECK(rows[2].at("status") == "within");

  CHECK(rows[3].at("file") == "'=cmd|' /C calc'!A0.txt");
  CHECK(rows[3].at("round") == "2");
  CHECK(rows[3].at("status") == "rounds-exhausted");

  // Every figure is the stored measurement, not a recomputation.
  for (size_t i = 0; i < rows.size(); ++i) {
    const RevisionRecord& r = h.revisions[i].revision;
    INFO("revision " << r.number);
    CHECK(rows[i].at("date") == r.received_on);
    CHECK(rows[i].at("sha256") == r.sha256);
    CHECK(rows[i].at("terms_version") == "1");
    CHECK(rows[i].at("limit_percent") == "30");
    CHECK(rows[i].at("included_rounds") == "1");
    CHECK(rows[i].at("logged_at") == r.created_at);
    CHECK(rows[i].at("size_bytes") == std::to_string(r.size_bytes));
    if (!r.measured) continue;
    const Measurement& m = *r.measured;
    CHECK(rows[i].at("kept") == std::to_string(m.kept));
    CHECK(rows[i].at("deleted") == std::to_string(m.deleted));
    CHECK(rows[i].at("inserted") == std::to_string(m.inserted));
    CHECK(rows[i].at("old_words") == std::to_string(m.old_words));
    CHECK(rows[i].at("new_words") == std::to_string(m.new_words));
    CHECK(rows[i].at("against") == std::to_string(m.against));
    CHECK(std::stod(rows[i].at("changed_share")) == Approx(m.changed_share).margin(0.00005));
    CHECK(std::stod(rows[i].at("changed_percent")) == Approx(m.changed_share * 100).margin(0.005));
  }
  CHECK(rows[1].at("changed_share") == "0.1000");
  CHECK(rows[1].at("changed_percent") == "10");
  CHECK(rows[2].at("changed_percent") == "20");  // measured against revision 2, the last counted one
  CHECK(rows[2].at("against") == "2");
  CHECK(rows[3].at("changed_percent") == "40");  // against revision 2: revision 3 does not count
  CHECK(rows[3].at("against") == "2");
}

TEST_CASE("history_csv: marking not counted re-measures, and the limit follows the terms version",
          "[ledger][csv]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(3, 30));
  log_file(db, id, "a.txt", ten_words(), "2024-05-01");
  log_file(db, id, "b.txt", ten_words({0}), "2024-05-02");
  Terms stricter = list_terms(db, id).back().terms;
  stricter.max_share_percent = 12.5;
  add_terms_version(db, id, stricter, "2099-01-01");
  log_file(db, id, "c.txt", ten_words({0, 1, 2}), "2099-01-02");
  mark_revision(db, id, 2, std::string("-mistake, mine"));

  const auto rows = records(history_csv(load_history(db, id)));
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].at("counted") == "no");
  CHECK(rows[1].at("not_counted_reason") == "'-mistake, mine");
  CHECK(rows[1].at("limit_percent") == "30");
  CHECK(rows[2].at("terms_version") == "2");
  CHECK(rows[2].at("limit_percent") == "12.5");
  CHECK(rows[2].at("against") == "1");  // measured again against the original
  CHECK(rows[2].at("changed_percent") == "30");
  CHECK(rows[2].at("round") == "1");
  CHECK(rows[2].at("status") == "over-scope");
}

TEST_CASE("history_csv: the event log and the notices", "[ledger][csv]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project(2, 30));
  log_file(db, id, "ofertă, v1.txt", ten_words(), "2024-05-01");
  log_file(db, id, "v2.txt", ten_words({0, 1, 2}), "2024-05-02");
  add_notice(
      db, id,
      NewNotice{2, sk::policy::NoticeKind::kHeadsUp, "ro", "Stimată doamnă,\n\n=\"nu\" este o formulă.", ""});
  add_notice(
      db, id,
      NewNotice{std::nullopt, sk::policy::NoticeKind::kSummary, "ko", "안녕하십니까", "%PDF-1.4 fake"});
  const ProjectHistory h = load_history(db, id);

  const auto events = records(history_csv(h, CsvTable::kEvents));
  REQUIRE(events.size() == h.events.size());
  REQUIRE(events.size() == 5);
  CHECK(events[0].at("kind") == "project.created");
  CHECK(events[1].at("kind") == "revision.logged");
  CHECK(events[1].at("detail") == h.events[1].detail);
  CHECK_THAT(events[1].at("detail"), Catch::Contains("ofertă, v1.txt"));
  CHECK(events[3].at("kind") == "notice.issued");
  for (size_t i = 0; i < events.size(); ++i) CHECK(events[i].at("at") == h.events[i].at);

  const auto notices = records(history_csv(h, CsvTable::kNotices));
  REQUIRE(notices.size() == 2);
  CHECK(notices[0].at("kind") == "heads-up");
  CHECK(notices[0].at("language") == "ro");
  CHECK(notices[0].at("revision") == "2");
  CHECK(notices[0].at("pdf_bytes") == "0");
  CHECK(notices[0].at("text") == "Stimată doamnă,\n\n=\"nu\" este o formulă.");  // starts with S: not guarded
  CHECK(notices[1].at("revision").empty());
  CHECK(notices[1].at("text") == "안녕하십니까");
  CHECK(notices[1].at("pdf_bytes") == "13");
  CHECK(notices[1].at("date") == h.notices[1].created_at);
}

TEST_CASE("history_csv: an empty project gives the header alone", "[ledger][csv]") {
  Database db = Database::open(":memory:");
  const auto id = add_project(db, sample_project());
  const ProjectHistory h = load_history(db, id);
  CHECK(parse_csv(history_csv(h)).size() == 1);
  CHECK(history_csv(h, CsvTable::kNotices) == "id,date,kind,language,revision,pdf_bytes,text\r\n");
  CHECK(records(history_csv(h, CsvTable::kEvents)).size() == 1);  // project.created
}

TEST_CASE("history_csv: the export replaces a file it was allowed to, whole", "[ledger][csv]") {
  TempDir dir;
  const std::string path = dir.file("Broșură-history.csv");
  sk::write_output_file(path, "old\r\n", {});
  sk::write_output_file(path, std::string(kUtf8Bom) + "a,b\r\n", {true, {}, ""});
  CHECK(slurp(path) ==
        "\xEF\xBB\xBF"
        "a,b\r\n");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
}
