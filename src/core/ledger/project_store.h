// Creating projects, reading one project, and listing them for the Projects screen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "ledger/database.h"
#include "ledger/terms_store.h"
#include "policy/status.h"

namespace sk::ledger {

// What a new project needs: who the client is and the terms agreed before work starts.
struct NewProject {
  std::string title;
  std::string client_name;
  std::string client_email;      // may be empty
  std::string language = "en";   // the client's notice language: "en", "ko" or "ro"
  std::string currency = "EUR";  // ISO 4217, three upper-case letters
  Terms terms;                   // version 1 of the terms
  std::string terms_from;        // YYYY-MM-DD the terms were agreed from (not after today); empty: today
  std::string contact;           // may be empty: the person letters are addressed to ("Sarah Thompson")
  std::string salutation;        // may be empty (the language's default): the greeting ("Dear Sarah,")
};

// One row of the Projects screen.
struct ProjectSummary {
  std::int64_t id = 0;
  std::string title;
  std::string client_name;
  std::string status;  // "open" or "closed"
  int revision_count = 0;
  std::string last_activity;  // UTC, ISO 8601 with milliseconds: "2024-05-01T09:30:12.345Z"
  // Where the project stands: the policy's status of its latest counted revision, judged by the terms it
  // was logged under (within when nothing counted has arrived yet).
  policy::Status scope = policy::Status::kWithin;
};

// One project with its client, as `project show` and the project screen present it.
struct ProjectDetails {
  std::int64_t id = 0;
  std::string title;
  std::string client_name;
  std::string client_email;
  std::string language;    // the client's notice language
  std::string contact;     // the person at the client letters are addressed to; may be empty
  std::string salutation;  // the greeting chosen for them; empty: the language's default
  std::string currency;
  std::string status;  // "open" or "closed"
  std::string created_at;
  std::string closed_at;  // empty while open
};

// The first problem with a contact person's name and a greeting (control characters, line breaks, invalid
// UTF-8, too long), in words; empty when both are fine (both may be empty).
std::string client_contact_problem(const std::string& contact, const std::string& salutation);

// Checks `project` and returns the first problem in words, or an empty string when it is valid.
std::string validation_problem(const NewProject& project);

// Creates the project in one transaction: finds the client by name (case-sensitive, exact) or creates it
// (an existing client's email, language, contact and greeting are kept), then the project, terms version 1
// and a "project.created" event. Terms v1 apply from today. Returns the new project's id. Throws sk::Error:
// kInvalidInput (subject "project") when validation_problem() is not empty, kBusy, kIo.
std::int64_t add_project(Database& db, const NewProject& project);

// All projects, most recent activity first (ties: newest id first). Last activity is the latest of the
// project's creation, its events, revisions and notices.
std::vector<ProjectSummary> list_projects(Database& db);

// One project. Throws sk::Error(kNotFound, "project N") when there is no such project.
ProjectDetails get_project(Database& db, std::int64_t project_id);

// As get_project, for use inside Database::read or transaction.
ProjectDetails require_project(SQLite::Database& sql, std::int64_t project_id);

// The names of all known clients, sorted, for offering them when a project is created.
std::vector<std::string> list_client_names(Database& db);

}  // namespace sk::ledger
