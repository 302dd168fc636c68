// Test helper: fills a ledger database with a few projects (English, Korean, Romanian) for GUI tests and
// screenshots. Usage: scopekeeper_seed_db PATH. Revisions are placeholder rows, not real measurements.
#include <iostream>
#include <string>

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "ledger/database.h"
#include "ledger/project_store.h"

namespace {

using sk::ledger::Database;
using sk::ledger::NewProject;

NewProject project(std::string title, std::string client, std::string language, std::string currency,
                   int rounds, double share, std::optional<double> price) {
  NewProject p;
  p.title = std::move(title);
  p.client_name = std::move(client);
  p.language = std::move(language);
  p.currency = std::move(currency);
  p.terms.included_rounds = rounds;
  p.terms.max_share_percent = share;
  p.terms.extra_round_price = price;
  return p;
}

// Logs `count` placeholder revisions, the last one `hours_ago` hours before now.
void add_revisions(Database& db, std::int64_t project_id, int count, int hours_ago) {
  db.transaction([&] {
    for (int number = 1; number <= count; ++number) {
      SQLite::Statement insert(
          db.sql(),
          "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, sha256, "
          "text, "
          "created_at) VALUES (:project, :number, date('now', :days), :file, 'txt', CAST(:text AS BLOB), "
          "printf('%064d', :number), :text, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', :hours))");
      insert.bind(":project", project_id);
      insert.bind(":number", number);
      insert.bind(":days", "-" + std::to_string(count - number) + " days");
      insert.bind(":file", "draft-v" + std::to_string(number) + ".txt");
      insert.bind(":text", "placeholder text of revision " + std::to_string(number));
      const int hours = hours_ago + 24 * (count - number);
      insert.bind(":hours", "-" + std::to_string(hours) + " hours");
      insert.exec();
    }
  });
}

void close_project(Database& db, std::int64_t project_id, int hours_ago) {
  db.transaction([&] {
    const std::string when =
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-" + std::to_string(hours_ago) + " hours')";
    SQLite::Statement close(db.sql(),
                            "UPDATE projects SET status = 'closed', closed_at = " + when + " WHERE id = ?");
    close.bind(1, project_id);
    close.exec();
    SQLite::Statement event(db.sql(), "INSERT INTO events (project_id, at, kind, detail) VALUES (?, " + when +
                                          ", 'project.closed', 'closed by the seed helper')");
    event.bind(1, project_id);
    event.exec();
  });
}

// Moves a project's creation (and its creation event) `hours_ago` hours into the past.
void backdate(Database& db, std::int64_t project_id, int hours_ago) {
  db.transaction([&] {
    const std::string when =
        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-" + std::to_string(hours_ago) + " hours')";
    SQLite::Statement project(db.sql(), "UPDATE projects SET created_at = " + when + " WHERE id = ?");
    project.bind(1, project_id);
    project.exec();
    // The event log refuses updates (append-only), so its rows are copied with the new time, then removed.
    SQLite::Statement last(db.sql(), "SELECT coalesce(max(id), 0) FROM events WHERE project_id = ?");
    last.bind(1, project_id);
    last.executeStep();
    const std::int64_t last_id = last.getColumn(0).getInt64();
    SQLite::Statement copy(db.sql(),
                           "INSERT INTO events (project_id, at, kind, detail) SELECT project_id, " + when +
                               ", kind, detail FROM events WHERE project_id = ? AND id <= ? ORDER BY id");
    copy.bind(1, project_id);
    copy.bind(2, last_id);
    copy.exec();
    SQLite::Statement remove(db.sql(), "DELETE FROM events WHERE project_id = ? AND id <= ?");
    remove.bind(1, project_id);
    remove.bind(2, last_id);
    remove.exec();
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: scopekeeper_seed_db PATH\n";
    return 2;
  }
  try {
    Database db = Database::open(argv[1]);
    const auto brochure = sk::ledger::add_project(
        db, project("Broșură de primăvară — ediția țării", "Editura Ștefan", "ro", "RON", 2, 25, 450));
    const auto brand =
        sk::ledger::add_project(db, project("브랜드 카피 리뉴얼", "김지우", "ko", "KRW", 3, 30, 150000));
    const auto report = sk::ledger::add_project(
        db, project("Annual report 2024", "Northwind Traders", "en", "EUR", 2, 20, 300));
    const auto site = sk::ledger::add_project(
        db, project("Website About page", "Harbour Café", "en", "GBP", 1, 40, std::nullopt));
    const auto manual = sk::ledger::add_project(
        db, project("Manual de utilizare", "Atelierul Dacia", "ro", "EUR", 2, 15, 200));

    backdate(db, brochure, 24 * 12);
    backdate(db, brand, 24 * 9);
    backdate(db, report, 24 * 30);
    backdate(db, site, 24 * 3);
    backdate(db, manual, 24 * 60);
    add_revisions(db, brochure, 3, 1);
    add_revisions(db, brand, 4, 26);
    add_revisions(db, report, 2, 24 * 6);
    add_revisions(db, manual, 5, 24 * 40);
    close_project(db, manual, 24 * 20);
    std::cout << sk::ledger::list_projects(db).size() << " projects in " << db.path() << '\n';
  } catch (const sk::Error& error) {
    std::cerr << "error: " << sk::describe(error) << '\n';
    return 2;
  }
  return 0;
}
