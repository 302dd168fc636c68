// Tests for ledger/project_store: adding projects in one transaction, validation, and the listing order.
#include <catch2/catch.hpp>

#include <SQLiteCpp/Statement.h>

#include "common/error.h"
#include "ledger/database.h"
#include "ledger/project_store.h"

using sk::ledger::Database;
using sk::ledger::NewProject;
using sk::ledger::ProjectSummary;

namespace {

NewProject sample(const std::string& title, const std::string& client) {
  NewProject project;
  project.title = title;
  project.client_name = client;
  project.client_email = "client@example.com";
  project.terms.included_rounds = 2;
  project.terms.max_share_percent = 25;
  return project;
}

int count_rows(Database& db, const std::string& table) {
  return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
}

std::vector<std::string> titles(const std::vector<ProjectSummary>& projects) {
  std::vector<std::string> result;
  for (const auto& project : projects) result.push_back(project.title);
  return result;
}

}  // namespace

TEST_CASE("ledger/project_store: add_project writes client, project, terms v1 and an event",
          "[ledger][project]") {
  Database db = Database::open(":memory:");
  NewProject project = sample("Broșură de primăvară — ediția țării", "Editura Ștefan");
  project.language = "ro";
  project.currency = "RON";
  project.terms.extra_round_price = 450;
  project.terms.clause = "Două runde de corecturi incluse.";

  const std::int64_t id = sk::ledger::add_project(db, project);
  CHECK(id > 0);

  SQLite::Statement row(db.sql(),
                        "SELECT p.title, p.currency, p.status, c.name, c.email, c.language, t.version, "
                        "t.included_rounds, t.max_share_percent, t.heads_up_percent, t.extra_round_price, "
                        "t.hourly_rate, t.clause FROM projects p JOIN clients c ON c.id = p.client_id "
                        "JOIN terms t ON t.project_id = p.id WHERE p.id = ?");
  row.bind(1, id);
  REQUIRE(row.executeStep());
  CHECK(row.getColumn(0).getString() == "Broșură de primăvară — ediția țării");
  CHECK(row.getColumn(1).getString() == "RON");
  CHECK(row.getColumn(2).getString() == "open");
  CHECK(row.getColumn(3).getString() == "Editura Ștefan");
  CHECK(row.getColumn(4).getString() == "client@example.com");
  CHECK(row.getColumn(5).getString() == "ro");
  CHECK(row.getColumn(6).getInt() == 1);
  CHECK(row.getColumn(7).getInt() == 2);
  CHECK(row.getColumn(8).getDouble() == 25.0);
  CHECK(row.getColumn(9).getDouble() == 80.0);
  CHECK(row.getColumn(10).getDouble() == 450.0);
  CHECK(row.getColumn(11).isNull());
  CHECK(row.getColumn(12).getString() == "Două runde de corecturi incluse.");

  SQLite::Statement event(db.sql(), "SELECT kind, detail FROM events WHERE project_id = ?");
  event.bind(1, id);
  REQUIRE(event.executeStep());
  CHECK(event.getColumn(0).getString() == "project.created");
  CHECK_THAT(event.getColumn(1).getString(), Catch::Contains("Broșură de primăvară"));
  CHECK_FALSE(event.executeStep());
}

TEST_CASE("ledger/project_store: add_project reuses a client with the same name", "[ledger][project]") {
  Database db = Database::open(":memory:");
  sk::ledger::add_project(db, sample("브랜드 카피 리뉴얼", "김지우"));
  sk::ledger::add_project(db, sample("웹사이트 소개문", "김지우"));
  sk::ledger::add_project(db, sample("Annual report", "Northwind"));
  CHECK(count_rows(db, "clients") == 2);
  CHECK(count_rows(db, "projects") == 3);
  CHECK(count_rows(db, "terms") == 3);
  CHECK(sk::ledger::list_client_names(db) == std::vector<std::string>{"Northwind", "김지우"});
}

TEST_CASE("ledger/project_store: add_project rejects bad terms and writes nothing", "[ledger][project]") {
  Database db = Database::open(":memory:");
  struct Case {
    const char* what;
    void (*spoil)(NewProject&);
  };
  const Case cases[] = {
      {"empty title", [](NewProject& p) { p.title = "  "; }},
      {"empty client", [](NewProject& p) { p.client_name = ""; }},
      {"negative rounds", [](NewProject& p) { p.terms.included_rounds = -1; }},
      {"share 0", [](NewProject& p) { p.terms.max_share_percent = 0; }},
      {"share 100.5", [](NewProject& p) { p.terms.max_share_percent = 100.5; }},
      {"language fr", [](NewProject& p) { p.language = "fr"; }},
      {"currency euro", [](NewProject& p) { p.currency = "euro"; }},
      {"negative price", [](NewProject& p) { p.terms.extra_round_price = -5; }},
      {"negative hourly rate", [](NewProject& p) { p.terms.hourly_rate = -1; }},
      {"control characters in the title",
       [](NewProject& p) {
         p.title =
             "a\x01"
             "b\x1b"
             "c";
       }},
      {"a newline in the client's name", [](NewProject& p) { p.client_name = "Ana\nPopescu"; }},
      {"a tab in the title", [](NewProject& p) { p.title = "Spring\tcatalogue"; }},
      {"invalid UTF-8 in the title", [](NewProject& p) { p.title = "Bro\xC8ur\xFF"; }},
      {"a direction override in the client's name",
       [](NewProject& p) { p.client_name = "Ana \u202Eucsepop"; }},
      {"a control character in the email", [](NewProject& p) { p.client_email = "ana@example.ro\r"; }},
      {"an email that is a name", [](NewProject& p) { p.client_email = "Ana Popescu"; }},
      {"an email without a domain", [](NewProject& p) { p.client_email = "ana@"; }},
      {"an email with two @", [](NewProject& p) { p.client_email = "ana@@example.ro"; }},
      {"an email domain without a dot", [](NewProject& p) { p.client_email = "ana@localhost"; }},
      {"a million rounds", [](NewProject& p) { p.terms.included_rounds = 1000000; }},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    NewProject project = sample("Title", "Client");
    c.spoil(project);
    CHECK_FALSE(sk::ledger::validation_problem(project).empty());
    try {
      sk::ledger::add_project(db, project);
      FAIL("expected sk::Error");
    } catch (const sk::Error& error) {
      CHECK(error.kind() == sk::ErrorKind::kInvalidInput);
      CHECK(error.subject() == "project");
    }
  }
  CHECK(sk::ledger::validation_problem(sample("Title", "Client")).empty());
  // Letters of every script, emoji and joiners are text; the reason names the character.
  CHECK(sk::ledger::validation_problem(sample("Broșură de primăvară 🌸 봄 카탈로그", "Ștefan & Co")).empty());
  CHECK(sk::ledger::validation_problem(sample("a\x01"
                                              "b",
                                              "C")) ==
        "the title contains a control character (U+0001) at character 2");
  CHECK(sk::ledger::validation_problem(sample("T", "Ana\nPopescu")) ==
        "the client's name has a line break; it must be one line");
  NewProject with_email = sample("T", "Ana Popescu");
  with_email.client_email = "ana.popescu@editura-stefan.ro";
  CHECK(sk::ledger::validation_problem(with_email).empty());
  with_email.client_email = "0721 000 000";
  CHECK(sk::ledger::validation_problem(with_email) ==
        "the client's email \"0721 000 000\" does not look like an email address (name@example.com)");
  NewProject many_rounds = sample("T", "C");
  many_rounds.terms.included_rounds = 99;
  CHECK(sk::ledger::validation_problem(many_rounds).empty());
  many_rounds.terms.included_rounds = 100;
  CHECK(sk::ledger::validation_problem(many_rounds) == "included rounds must be at most 99 (got 100)");
  CHECK(sk::ledger::validation_problem(sample("Bro\xFF", "C")) ==
        "the title is not valid UTF-8 text (byte 0xFF at byte 4)");
  for (const char* table : {"clients", "projects", "terms", "events"}) {
    CAPTURE(table);
    CHECK(count_rows(db, table) == 0);
  }
}

TEST_CASE("ledger/project_store: list_projects is sorted by last activity, newest first",
          "[ledger][project]") {
  Database db = Database::open(":memory:");
  CHECK(sk::ledger::list_projects(db).empty());

  const auto oldest = sk::ledger::add_project(db, sample("Oldest", "A"));
  const auto middle = sk::ledger::add_project(db, sample("Middle", "B"));
  sk::ledger::add_project(db, sample("Newest", "C"));
  // Creation timestamps may share a millisecond; the newer id then comes first.
  CHECK(titles(sk::ledger::list_projects(db)) == std::vector<std::string>{"Newest", "Middle", "Oldest"});

  // A revision logged on the oldest project (in the future, to be independent of the clock) moves it up.
  SQLite::Statement revision(
      db.sql(),
      "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, "
      "sha256, created_at) VALUES (?, 1, '2999-01-01', 'v1.docx', 'docx', x'00', "
      "printf('%064d', 0), '2999-01-01T10:00:00.000Z')");
  revision.bind(1, oldest);
  revision.exec();
  // An event on the middle project even later moves it to the top.
  SQLite::Statement event(
      db.sql(), "INSERT INTO events (project_id, at, kind) VALUES (?, '2999-01-02T08:00:00.000Z', 'x')");
  event.bind(1, middle);
  event.exec();

  const auto projects = sk::ledger::list_projects(db);
  REQUIRE(titles(projects) == std::vector<std::string>{"Middle", "Oldest", "Newest"});
  CHECK(projects[0].last_activity == "2999-01-02T08:00:00.000Z");
  CHECK(projects[0].revision_count == 0);
  CHECK(projects[1].id == oldest);
  CHECK(projects[1].client_name == "A");
  CHECK(projects[1].status == "open");
  CHECK(projects[1].revision_count == 1);
  CHECK(projects[1].last_activity == "2999-01-01T10:00:00.000Z");
  CHECK(projects[2].last_activity.size() == std::string("2024-05-01T09:30:12.345Z").size());
}
