// The schema steps and the runner that applies them; see migrations.h.
#include "ledger/migrations.h"

#include <stdexcept>
#include <string>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

namespace sk::ledger {

namespace {

// Step 1: clients, projects, versioned terms, revisions, notices and the event log (issue 5).
// Timestamps are UTC ISO-8601 text with milliseconds, e.g. 2024-05-01T09:30:12.345Z.
void create_initial_schema(SQLite::Database& db) {
  db.exec(R"sql(
CREATE TABLE clients (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  email       TEXT NOT NULL DEFAULT '',
  language    TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'ko', 'ro')),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE projects (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  client_id   INTEGER NOT NULL REFERENCES clients (id),
  currency    TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3 AND currency = upper(currency)),
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  closed_at   TEXT,
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX projects_by_client ON projects (client_id);

CREATE TABLE terms (
  id                 INTEGER PRIMARY KEY,
  project_id         INTEGER NOT NULL REFERENCES projects (id),
  version            INTEGER NOT NULL CHECK (version >= 1),
  included_rounds    INTEGER NOT NULL CHECK (included_rounds >= 0),
  max_share_percent  REAL NOT NULL CHECK (max_share_percent >= 1 AND max_share_percent <= 100),
  heads_up_percent   REAL NOT NULL DEFAULT 80 CHECK (heads_up_percent > 0 AND heads_up_percent <= 100),
  extra_round_price  REAL CHECK (extra_round_price IS NULL OR extra_round_price >= 0),
  hourly_rate        REAL CHECK (hourly_rate IS NULL OR hourly_rate >= 0),
  clause             TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (project_id, version)
);

CREATE TABLE revisions (
  id                  INTEGER PRIMARY KEY,
  project_id          INTEGER NOT NULL REFERENCES projects (id),
  number              INTEGER NOT NULL CHECK (number >= 1),
  received_on         TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  file_name           TEXT NOT NULL,
  format              TEXT NOT NULL CHECK (length(format) > 0),
  original            BLOB NOT NULL,
  sha256              TEXT NOT NULL CHECK (length(sha256) = 64),
  text                TEXT NOT NULL DEFAULT '',
  note                TEXT NOT NULL DEFAULT '',
  counted             INTEGER NOT NULL DEFAULT 1 CHECK (counted IN (0, 1)),
  not_counted_reason  TEXT,
  measured            TEXT CHECK (measured IS NULL OR json_valid(measured)),
  created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (project_id, number),
  CHECK (counted = 1 OR length(trim(coalesce(not_counted_reason, ''))) > 0)
);

CREATE TABLE notices (
  id           INTEGER PRIMARY KEY,
  project_id   INTEGER NOT NULL REFERENCES projects (id),
  revision_id  INTEGER REFERENCES revisions (id),
  kind         TEXT NOT NULL CHECK (length(kind) > 0),
  language     TEXT NOT NULL CHECK (language IN ('en', 'ko', 'ro')),
  text         TEXT NOT NULL,
  pdf          BLOB,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX notices_by_project ON notices (project_id);

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  project_id  INTEGER REFERENCES projects (id) ON DELETE SET NULL,
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  kind        TEXT NOT NULL CHECK (length(kind) > 0),
  detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_by_project ON events (project_id, at);
)sql");
}

// Step 2: terms say from which day they apply; each revision records the terms version it was judged by;
// the evidence (a revision's file and text, issued notices, terms versions, the event log) cannot be
// rewritten by an UPDATE. Existing terms apply from the day they were recorded; existing revisions get the
// terms in force on the day they were received. Indexes keep the projects list fast with 50,000 revisions.
void date_terms_and_protect_evidence(SQLite::Database& db) {
  db.exec(R"sql(
ALTER TABLE terms ADD COLUMN effective_from TEXT NOT NULL DEFAULT '0001-01-01'
  CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
UPDATE terms SET effective_from = substr(created_at, 1, 10);

ALTER TABLE revisions ADD COLUMN terms_id INTEGER REFERENCES terms (id);
UPDATE revisions SET terms_id = coalesce(
  (SELECT t.id FROM terms t WHERE t.project_id = revisions.project_id
     AND t.effective_from <= revisions.received_on ORDER BY t.version DESC LIMIT 1),
  (SELECT t.id FROM terms t WHERE t.project_id = revisions.project_id ORDER BY t.version LIMIT 1));

-- Covering indexes for the projects list's last activity: without them each lookup walks the revision's
-- file and text to reach created_at.
CREATE INDEX revisions_by_project_created ON revisions (project_id, created_at);
CREATE INDEX notices_by_project_created ON notices (project_id, created_at);

CREATE TRIGGER revisions_keep_evidence
BEFORE UPDATE OF id, project_id, number, received_on, file_name, format, original, sha256, text, note,
                 created_at, terms_id ON revisions
BEGIN SELECT RAISE(ABORT, 'a logged revision cannot be rewritten'); END;

CREATE TRIGGER notices_keep_evidence BEFORE UPDATE ON notices
BEGIN SELECT RAISE(ABORT, 'an issued notice cannot be rewritten'); END;

CREATE TRIGGER terms_keep_history BEFORE UPDATE ON terms
BEGIN SELECT RAISE(ABORT, 'agreed terms cannot be rewritten: add a new version'); END;

CREATE TRIGGER events_append_only BEFORE UPDATE OF id, at, kind, detail ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
)sql");
}

// Step 3: a covering index for the projects list's status badge, which needs each project's latest counted
// revision with its terms and measurement; without it the list would walk every revision's file and text.
void index_scope_of_projects(SQLite::Database& db) {
  db.exec(R"sql(
CREATE INDEX revisions_scope ON revisions (project_id, counted, number, terms_id, measured);
)sql");
}

// Step 4: the languages are no longer listed in the schema. Step 1 wrote "language IN ('en', 'ko', 'ro')"
// into the clients and notices tables, so a fourth language would have needed both tables rebuilt; the one
// list is now common/languages.h, checked by the stores. The constraint becomes "not empty" by SQLite's
// documented procedure for removing a CHECK constraint (https://sqlite.org/lang_altertable.html, section 7):
// the table definitions are edited in sqlite_schema and the schema version is raised, inside this step's
// transaction; no row is touched.
void languages_out_of_the_schema(SQLite::Database& db) {
  const int schema_version = db.execAndGet("PRAGMA schema_version").getInt();
  db.exec("PRAGMA writable_schema = ON");
  db.exec(R"sql(
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (language IN (''en'', ''ko'', ''ro''))', 'CHECK (length(language) > 0)')
 WHERE type = 'table' AND name IN ('clients', 'notices');
)sql");
  db.exec("PRAGMA schema_version = " + std::to_string(schema_version + 1));
  db.exec("PRAGMA writable_schema = OFF");
  const std::string check = db.execAndGet("PRAGMA integrity_check").getString();
  if (check != "ok") throw std::runtime_error("integrity check after removing the language lists: " + check);
}

// Step 5: measurements become typed rows of their own, with the rules that made them. Until now a
// revision's figures were a JSON text in revisions.measured, read back by position; a change of the word
// (or pixel) rules would have mixed old and new shares without a trace. Every measurement made so far was
// made by the first rules ("words 1", "pixels 1"); the JSON is copied figure by figure, then cleared, so
// the figures have one home. Nothing else changes, and no figure is recomputed.
void typed_measurements(SQLite::Database& db) {
  db.exec(R"sql(
CREATE TABLE measurements (
  revision_id     INTEGER PRIMARY KEY REFERENCES revisions (id) ON DELETE CASCADE,
  rules           TEXT NOT NULL CHECK (length(rules) > 0),
  kind            TEXT NOT NULL CHECK (kind IN ('text', 'image')),
  words           INTEGER NOT NULL DEFAULT 0 CHECK (words >= 0),
  width           INTEGER NOT NULL DEFAULT 0 CHECK (width >= 0),
  height          INTEGER NOT NULL DEFAULT 0 CHECK (height >= 0),
  against         INTEGER CHECK (against IS NULL OR against >= 1),
  old_words       INTEGER NOT NULL DEFAULT 0,
  new_words       INTEGER NOT NULL DEFAULT 0,
  kept            INTEGER NOT NULL DEFAULT 0,
  deleted         INTEGER NOT NULL DEFAULT 0,
  inserted        INTEGER NOT NULL DEFAULT 0,
  moved_words     INTEGER NOT NULL DEFAULT 0,
  changed_pixels  INTEGER NOT NULL DEFAULT 0,
  total_pixels    INTEGER NOT NULL DEFAULT 0,
  regions         INTEGER NOT NULL DEFAULT 0,
  size_handling   TEXT NOT NULL DEFAULT '',
  changed_share   REAL CHECK (changed_share IS NULL OR changed_share >= 0),  -- above 1 when text was added
  CHECK ((against IS NULL) = (changed_share IS NULL))
);
INSERT INTO measurements (revision_id, rules, kind, words, width, height, against, old_words, new_words, kept,
                          deleted, inserted, moved_words, changed_pixels, total_pixels, regions, size_handling,
                          changed_share)
SELECT id,
       CASE WHEN json_extract(measured, '$.kind') = 'image' THEN 'pixels 1' ELSE 'words 1' END,
       CASE WHEN json_extract(measured, '$.kind') = 'image' THEN 'image' ELSE 'text' END,
       coalesce(json_extract(measured, '$.words'), 0), coalesce(json_extract(measured, '$.width'), 0),
       coalesce(json_extract(measured, '$.height'), 0),
       CASE WHEN json_extract(measured, '$.changed_share') IS NULL THEN NULL
            ELSE json_extract(measured, '$.against') END,
       coalesce(json_extract(measured, '$.old_words'), 0), coalesce(json_extract(measured, '$.new_words'), 0),
       coalesce(json_extract(measured, '$.kept'), 0), coalesce(json_extract(measured, '$.deleted'), 0),
       coalesce(json_extract(measured, '$.inserted'), 0), coalesce(json_extract(measured, '$.moved_words'), 0),
       coalesce(json_extract(measured, '$.changed_pixels'), 0),
       coalesce(json_extract(measured, '$.total_pixels'), 0), coalesce(json_extract(measured, '$.regions'), 0),
       coalesce(json_extract(measured, '$.size_handling'), ''),
       CASE WHEN json_extract(measured, '$.against') IS NULL THEN NULL
            ELSE json_extract(measured, '$.changed_share') END
FROM revisions WHERE measured IS NOT NULL;
UPDATE revisions SET measured = NULL WHERE measured IS NOT NULL;
DROP INDEX revisions_scope;
CREATE INDEX revisions_scope ON revisions (project_id, counted, number, terms_id);
)sql");
}

// Step 6: the person a client's letters are addressed to, and the greeting the freelancer chose for them
// ("Dear Sarah,"); both empty for existing clients, whose letters keep the default greeting.
void client_contact(SQLite::Database& db) {
  db.exec(R"sql(
ALTER TABLE clients ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE clients ADD COLUMN salutation TEXT NOT NULL DEFAULT '';
)sql");
}

// Step 7: a revision logged by mistake (to the wrong project, the wrong file) can be withdrawn: it leaves the
// rounds and the figures (counted 0) but stays in the record with the day it was withdrawn and why, and can
// be restored. withdrawn_on is NULL, or that day (YYYY-MM-DD); withdrawn_reason is set exactly when it is.
// A withdrawn revision keeps its not-counted reason (NULL when it counted), which says what a restore
// returns to, so step 1's "a revision that does not count has a reason" now also admits a withdrawn one:
// that check is widened by the documented procedure of step 4 (only what it accepts grows; no row is
// touched). The evidence trigger of step 2 names its columns, so these two may be updated.
void withdrawn_revisions(SQLite::Database& db) {
  db.exec(R"sql(
ALTER TABLE revisions ADD COLUMN withdrawn_on TEXT
  CHECK (withdrawn_on IS NULL OR (withdrawn_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND counted = 0));
ALTER TABLE revisions ADD COLUMN withdrawn_reason TEXT
  CHECK ((withdrawn_reason IS NULL) = (withdrawn_on IS NULL) AND
         (withdrawn_reason IS NULL OR length(trim(withdrawn_reason)) > 0));
)sql");
  const char* old_check = "CHECK (counted = 1 OR length(trim(coalesce(not_counted_reason, ''))) > 0)";
  const char* new_check =
      "CHECK (counted = 1 OR length(trim(coalesce(not_counted_reason, ''))) > 0 OR withdrawn_on IS NOT NULL)";
  const int schema_version = db.execAndGet("PRAGMA schema_version").getInt();
  db.exec("PRAGMA writable_schema = ON");
  SQLite::Statement widen(db,
                          "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) "
                          "WHERE type = 'table' AND name = 'revisions' AND instr(sql, ?) > 0");
  widen.bind(1, old_check);
  widen.bind(2, new_check);
  widen.bind(3, old_check);
  const int widened = widen.exec();
  db.exec("PRAGMA schema_version = " + std::to_string(schema_version + 1));
  db.exec("PRAGMA writable_schema = OFF");
  if (widened != 1) throw std::runtime_error("step 7: the revisions table lacks step 1's not-counted check");
  const std::string check = db.execAndGet("PRAGMA integrity_check").getString();
  if (check != "ok")
    throw std::runtime_error("integrity check after admitting withdrawn revisions: " + check);
}

// Step 8: deliveries and approval. The freelancer's own deliveries are recorded (the file sent, kept as
// evidence, and the day); each client revision answers the latest delivery on or before its day. Terms may
// include a feedback window in business days and the project's non-working days (ISO dates, comma
// separated); an approval the freelancer records ("approved by email on ...") is kept with how it was
// given. An approval by the feedback window is not stored: it follows from the delivery, the terms and the
// revisions, and is worked out by policy/approval.h when the record is read.
void deliveries_and_approval(SQLite::Database& db) {
  db.exec(R"sql(
CREATE TABLE deliveries (
  id            INTEGER PRIMARY KEY,
  project_id    INTEGER NOT NULL REFERENCES projects (id),
  number        INTEGER NOT NULL CHECK (number >= 1),
  delivered_on  TEXT NOT NULL CHECK (delivered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  file_name     TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
  format        TEXT NOT NULL,
  original      BLOB NOT NULL,
  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
  note          TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (project_id, number)
);

CREATE TABLE approvals (
  id            INTEGER PRIMARY KEY,
  project_id    INTEGER NOT NULL REFERENCES projects (id),
  delivery_id   INTEGER NOT NULL UNIQUE REFERENCES deliveries (id),
  approved_on   TEXT NOT NULL CHECK (approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  how           TEXT NOT NULL CHECK (length(trim(how)) > 0),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX approvals_by_project ON approvals (project_id);

CREATE TRIGGER deliveries_keep_evidence BEFORE UPDATE ON deliveries
BEGIN SELECT RAISE(ABORT, 'a recorded delivery cannot be rewritten'); END;
CREATE TRIGGER approvals_keep_evidence BEFORE UPDATE ON approvals
BEGIN SELECT RAISE(ABORT, 'a recorded approval cannot be rewritten'); END;

ALTER TABLE terms ADD COLUMN feedback_days INTEGER
  CHECK (feedback_days IS NULL OR feedback_days BETWEEN 1 AND 60);
ALTER TABLE terms ADD COLUMN non_working_days TEXT NOT NULL DEFAULT '';
)sql");
}

// Append new steps at the end; never change a shipped one.
constexpr Migration kMigrations[] = {
    {1, "clients, projects, terms, revisions, notices, events", &create_initial_schema},
    {2, "terms effective dates, revisions judged by a terms version, evidence protected, list indexes",
     &date_terms_and_protect_evidence},
    {3, "an index for the projects list's status badge", &index_scope_of_projects},
    {4, "the languages listed in common/languages.h, not in the schema", &languages_out_of_the_schema},
    {5, "measurements as typed rows with the rules that made them", &typed_measurements},
    {6, "a client's contact person and greeting", &client_contact},
    {7, "a revision logged by mistake can be withdrawn and restored", &withdrawn_revisions},
    {8, "deliveries, approvals, and terms with a feedback window", &deliveries_and_approval},
};

int user_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace

std::span<const Migration> migrations() {
  return kMigrations;
}

int latest_schema_version() {
  return kMigrations[std::size(kMigrations) - 1].version;
}

int migrate(SQLite::Database& db, std::span<const Migration> steps) {
  int applied = 0;
  for (const Migration& step : steps) {
    if (user_version(db) >= step.version) continue;  // cheap check before taking the write lock
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    if (user_version(db) >= step.version) continue;  // another process got here first
    step.apply(db);
    db.exec("PRAGMA user_version = " + std::to_string(step.version));
    transaction.commit();
    ++applied;
  }
  return applied;
}

}  // namespace sk::ledger
