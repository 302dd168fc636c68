// Test helpers for the ledger stores: a sample project and revisions made from text.
#pragma once

#include <string>
#include <string_view>

#include <SQLiteCpp/Statement.h>

#include "ledger/database.h"
#include "ledger/delivery_store.h"
#include "ledger/project_store.h"
#include "workflow/revision_workflow.h"

namespace sk::ledger::testing {

inline NewProject sample_project(int rounds = 2, double max_share = 30) {
  NewProject project;
  project.title = "Broșură de primăvară";
  project.client_name = "Editura Ștefan";
  project.language = "ro";
  project.terms.included_rounds = rounds;
  project.terms.max_share_percent = max_share;
  project.terms.extra_round_price = 150;
  return project;
}

// Ten words per call: "w0 w1 ... w9" with the words listed in `changed` replaced by "new<i>".
inline std::string ten_words(std::initializer_list<int> changed = {}) {
  std::string text;
  for (int i = 0; i < 10; ++i) {
    bool replaced = false;
    for (int c : changed) replaced = replaced || c == i;
    text += std::string(i ? " " : "") + (replaced ? "new" : "w") + std::to_string(i);
  }
  return text;
}

inline RevisionRecord log_text(Database& db, std::int64_t project, const std::string& text,
                               const std::string& date = "2024-05-01",
                               std::optional<std::string> not_counted = std::nullopt) {
  workflow::NewRevision revision{date, "", std::move(not_counted)};
  return workflow::log_revision(db, project, revision,
                                workflow::revision_source_from_text("draft.txt", text));
}

inline int count_rows(Database& db, const std::string& table) {
  return db.sql().execAndGet("SELECT count(*) FROM " + table).getInt();
}

// A delivery of `bytes` on `day`, stored as the file `name` (the store does not read files).
inline NewDelivery sample_delivery(const std::string& day, const std::string& name, std::string_view bytes) {
  NewDelivery delivery;
  delivery.delivered_on = day;
  delivery.file_name = name;
  delivery.format = "text";
  delivery.sha256 = std::string(64, 'a');
  delivery.original = bytes;
  return delivery;
}

}  // namespace sk::ledger::testing
