// Upgrading from every schema version: data written at version N survives the upgrade to the latest,
// with a safety copy written first (migrations_test.cpp covers the runner and version 0).
#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

#include "ledger/database.h"
#include "ledger/history.h"
#include "ledger/migrations.h"
#include "temp_dir.h"

using namespace sk::ledger;
using sk::ledger::testing::TempDir;

namespace {

// A database file at schema `version` with one project, two terms versions and two revisions, written
// with SQL that every version from 1 accepts.
void make_database_at(const std::string& path, int version) {
  SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  raw.exec("PRAGMA application_id = " + std::to_string(Database::kApplicationId));
  migrate(raw, migrations().first(static_cast<std::size_t>(version)));
  raw.exec(R"sql(
INSERT INTO clients (id, name, language) VALUES (1, '김지우', 'ko');
INSERT INTO projects (id, title, client_id, created_at) VALUES (1, '브랜드 카피', 1, '2024-01-10T09:00:00.000Z');
INSERT INTO terms (project_id, version, included_rounds, max_share_percent, created_at)
  VALUES (1, 1, 2, 30, '2024-01-10T09:00:00.000Z'), (1, 2, 3, 20, '2024-03-01T09:00:00.000Z');
INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, text, measured)
  VALUES (1, 1, '2024-02-01', 'v1.txt', 'text', x'61', printf('%064d', 0), 'a', '{"words": 1}'),
         (1, 2, '2024-03-05', 'v2.txt', 'text', x'62', printf('%064d', 0), 'b',
          '{"words": 1, "against": 1, "old_words": 1, "new_words": 1, "kept": 0, "deleted": 1, "inserted": 1,
            "moved_words": 0, "changed_share": 1.0}');
INSERT INTO events (project_id, kind, detail) VALUES (1, 'project.created', 'seeded');
)sql");
  if (version >= 5) {  // from step 5 the figures live in their own table, the JSON column stays empty
    raw.exec(R"sql(
UPDATE revisions SET measured = NULL;
INSERT INTO measurements (revision_id, rules, kind, words) SELECT id, 'words 1', 'text', 1 FROM revisions
  WHERE number = 1;
INSERT INTO measurements (revision_id, rules, kind, words, against, old_words, new_words, kept, deleted,
                          inserted, changed_share)
  SELECT id, 'words 1', 'text', 1, 1, 1, 1, 0, 1, 1, 1.0 FROM revisions WHERE number = 2;
)sql");
  }
}

}  // namespace

TEST_CASE("ledger/migrations: every older version upgrades to the latest, keeping its data",
          "[ledger][migrations]") {
  for (int version = 1; version < latest_schema_version(); ++version) {
    CAPTURE(version);
    TempDir temp;
    const std::string path = temp.file("old.db");
    make_database_at(path, version);

    Database db = Database::open(path);
    CHECK(db.schema_version() == latest_schema_version());
    REQUIRE_FALSE(db.upgrade_backup().empty());
    {
      SQLite::Database copy(db.upgrade_backup(), SQLite::OPEN_READONLY);
      CHECK(copy.execAndGet("PRAGMA user_version").getInt() == version);
      CHECK(copy.execAndGet("SELECT count(*) FROM revisions").getInt() == 2);
    }
    const ProjectHistory h = load_history(db, 1);
    CHECK(h.project.client_name == "김지우");
    REQUIRE(h.terms.size() == 2);
    REQUIRE(h.revisions.size() == 2);
    if (version < 2) {  // step 2 dates the terms and ties each revision to the terms in force that day
      CHECK(h.terms[0].effective_from == "2024-01-10");
      CHECK(h.terms[1].effective_from == "2024-03-01");
      CHECK(h.revisions[0].revision.terms_version == 1);  // received before v2 applied
      CHECK(h.revisions[1].revision.terms_version == 2);
    }
    CHECK(h.revisions[1].revision.measured->changed_share == 1.0);
    CHECK(h.revisions[1].status == sk::policy::Status::kOverScope);
    // Step 3's index serves the projects list's badge, which agrees with the history.
    CHECK(list_projects(db).at(0).scope == h.revisions[1].status);
    CHECK(h.events.size() == 1);
    // Step 6: clients have no contact person or greeting yet; their letters keep the default greeting.
    CHECK(h.project.contact.empty());
    CHECK(h.project.salutation.empty());
    // Step 7: no revision is withdrawn.
    for (const JudgedRevision& j : h.revisions) CHECK(j.revision.withdrawn_on.empty());

    // Opening again upgrades nothing and writes no second copy.
    Database again = Database::open(path);
    CHECK(again.upgrade_backup().empty());
  }
}

TEST_CASE("ledger/migrations: a database already at the latest version gets no safety copy",
          "[ledger][migrations]") {
  TempDir temp;
  const std::string path = temp.file("new.db");
  { Database db = Database::open(path); }
  Database db = Database::open(path);
  CHECK(db.upgrade_backup().empty());
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(temp.path()))
    files += entry.path().extension() == ".bak";
  CHECK(files == 0);
}

TEST_CASE("ledger/migrations: step 5 copies each JSON measurement into a typed row, figure by figure",
          "[ledger][migrations]") {
  TempDir dir;
  const std::string path = dir.file("v4.db");
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("PRAGMA application_id = " + std::to_string(Database::kApplicationId));
    migrate(raw, migrations().first(4));
    // What version 4 wrote: a text measured before images existed (no "kind"), and an image.
    raw.exec(R"sql(
INSERT INTO clients (id, name) VALUES (1, 'Ana');
INSERT INTO projects (id, title, client_id) VALUES (1, 'Afiș', 1), (2, 'Broșură', 1);
INSERT INTO terms (project_id, version, included_rounds, max_share_percent) VALUES (1, 1, 2, 30), (2, 1, 2, 30);
INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, measured) VALUES
  (2, 1, '2024-02-01', 'v1.txt', 'text', x'61', printf('%064d', 0), '{"words": 571}'),
  (2, 2, '2024-02-02', 'v2.txt', 'text', x'62', printf('%064d', 1),
   '{"words": 580, "against": 1, "old_words": 571, "new_words": 580, "kept": 296, "deleted": 275,
     "inserted": 284, "moved_words": 12, "changed_share": 0.49737302977232922}'),
  (1, 1, '2024-02-01', 'a.png', 'png', x'63', printf('%064d', 2),
   '{"words": 0, "kind": "image", "width": 480, "height": 320}'),
  (1, 2, '2024-02-02', 'b.png', 'png', x'64', printf('%064d', 3),
   '{"words": 0, "kind": "image", "width": 480, "height": 320, "against": 1, "changed_pixels": 9000,
     "total_pixels": 153600, "size_handling": "same", "regions": 2, "changed_share": 0.05859375}');
)sql");
  }
  Database db = Database::open(path);
  const std::vector<RevisionRecord> text = list_revisions(db, 2);
  REQUIRE(text.size() == 2);
  CHECK(text[0].words == 571);
  CHECK_FALSE(text[0].measured);
  REQUIRE(text[1].measured);
  CHECK(text[1].measured->rules == "words 1");
  CHECK(text[1].measured->kind == sk::ContentKind::kText);
  CHECK(text[1].measured->kept == 296);
  CHECK(text[1].measured->inserted == 284);
  CHECK(text[1].measured->moved_words == 12);
  CHECK(text[1].measured->changed_share == 0.49737302977232922);  // bit for bit
  const std::vector<RevisionRecord> image = list_revisions(db, 1);
  REQUIRE(image.size() == 2);
  CHECK(image[0].width == 480);
  CHECK(image[0].rules == "pixels 1");
  REQUIRE(image[1].measured);
  CHECK(image[1].measured->kind == sk::ContentKind::kImage);
  CHECK(image[1].measured->changed_pixels == 9000);
  CHECK(image[1].measured->regions == 2);
  CHECK(image[1].measured->size_handling == "same");
  CHECK(image[1].measured->changed_share == 0.05859375);
  CHECK(db.sql().execAndGet("SELECT count(*) FROM revisions WHERE measured IS NOT NULL").getInt() == 0);
  CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("ledger/migrations: step 7 admits withdrawn revisions, changing no figure and no row",
          "[ledger][migrations]") {
  TempDir dir;
  const std::string path = dir.file("v6.db");
  make_database_at(path, 6);
  {
    SQLite::Database raw(path, SQLite::OPEN_READWRITE);
    raw.exec(R"sql(
INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, text, counted,
                       not_counted_reason)
  VALUES (1, 3, '2024-03-06', 'v3.txt', 'text', x'63', printf('%064d', 3), 'c', 0, 'my own typo');
INSERT INTO measurements (revision_id, rules, kind, words, against, old_words, new_words, kept, deleted,
                          inserted, changed_share)
  SELECT id, 'words 1', 'text', 1, 2, 1, 1, 1, 0, 0, 0.0 FROM revisions WHERE number = 3;
)sql");
  }
  // Every figure and every column a version-6 ledger had, read the same way before and after.
  const auto rows = [](SQLite::Database& db) {
    std::string out;
    SQLite::Statement query(db, R"sql(
SELECT r.id, r.number, r.received_on, r.file_name, r.format, hex(r.original), r.sha256, r.text, r.note,
       r.counted, r.not_counted_reason, r.terms_id, r.created_at, m.rules, m.kind, m.words, m.against,
       m.old_words, m.new_words, m.kept, m.deleted, m.inserted, m.moved_words, m.changed_pixels,
       m.total_pixels, m.regions, m.size_handling, quote(m.changed_share)
FROM revisions r LEFT JOIN measurements m ON m.revision_id = r.id ORDER BY r.id)sql");
    while (query.executeStep()) {
      for (int i = 0; i < query.getColumnCount(); ++i) out += query.getColumn(i).getString() + "|";
      out += "\n";
    }
    return out;
  };
  std::string before;
  {
    SQLite::Database raw(path, SQLite::OPEN_READONLY);
    before = rows(raw);
  }
  const auto judged = [](Database& db) {
    std::vector<std::pair<std::optional<int>, sk::policy::Status>> out;
    for (const JudgedRevision& j : load_history(db, 1).revisions) out.emplace_back(j.round, j.status);
    return out;
  };

  Database db = Database::open(path);
  CHECK(db.schema_version() == latest_schema_version());
  CHECK(rows(db.sql()) == before);
  CHECK(db.sql()
            .execAndGet("SELECT count(*) FROM revisions WHERE withdrawn_on IS NOT NULL OR "
                        "withdrawn_reason IS NOT NULL")
            .getInt() == 0);
  const std::string schema =
      db.sql().execAndGet("SELECT sql FROM sqlite_schema WHERE name = 'revisions'").getString();
  CHECK_THAT(schema, Catch::Contains("OR withdrawn_on IS NOT NULL)"));
  CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
  const auto rounds = judged(db);
  REQUIRE(rounds.size() == 3);
  CHECK(rounds[1].first == 1);
  CHECK(rounds[1].second == sk::policy::Status::kOverScope);
  CHECK_FALSE(rounds[2].first.has_value());

  // The widened check admits a withdrawn revision that counted before: counted 0, no not-counted reason.
  db.transaction([&] {
    db.sql().exec(
        "UPDATE revisions SET counted = 0, withdrawn_on = '2024-03-07', withdrawn_reason = 'wrong project' "
        "WHERE number = 2");
  });
  CHECK(list_revisions(db, 1).at(1).withdrawn_reason == "wrong project");
  CHECK_FALSE(judged(db)[1].first.has_value());
}
