// `scopekeeper-cli demo`: adds a sample project with a few revisions, for a first look at the ledger.
#include <iostream>

#include "cli/commands.h"
#include "ledger/history.h"
#include "ledger/project_store.h"
#include "workflow/revision_workflow.h"

namespace sk::cli {

namespace {

struct DemoRevision {
  const char* file;
  const char* date;
  const char* not_counted;  // nullptr: counts
  const char* text;
};

constexpr DemoRevision kRevisions[] = {
    {"spring-catalogue-v1.txt", "2024-03-04", nullptr,
     "Spring arrives early at Northwind Books. Our new catalogue opens with twelve novels from first-time "
     "authors, each chosen by the people who run our shops. Inside you will find a short interview with "
     "every "
     "writer, a map of the towns where the stories are set, and a reading guide for book clubs. Order before "
     "the end of March and we will wrap your books in paper printed with spring flowers."},
    {"spring-catalogue-v2.txt", "2024-03-11", nullptr,
     "Spring arrives early at Northwind Books. Our new catalogue opens with twelve novels from debut "
     "authors, each chosen by the booksellers who run our shops. Inside you will find a short interview with "
     "every writer, a map of the towns where the stories are set, and a reding guide for book clubs. Order "
     "before the end of March and we will wrap your books in paper printed with spring flowers."},
    {"spring-catalogue-v2-fixed.txt", "2024-03-12", "fixing my own typo in the guide line",
     "Spring arrives early at Northwind Books. Our new catalogue opens with twelve novels from debut "
     "authors, each chosen by the booksellers who run our shops. Inside you will find a short interview with "
     "every writer, a map of the towns where the stories are set, and a reading guide for book clubs. Order "
     "before the end of March and we will wrap your books in paper printed with spring flowers."},
    {"spring-catalogue-v3.txt", "2024-03-20", nullptr,
     "Spring arrives early at Northwind Books. This season's catalogue opens with twelve novels from debut "
     "authors, each chosen by the booksellers who run our shops. Inside you will find a conversation with "
     "every writer, a map of the towns where the stories take place, and a reading guide for book clubs. "
     "Order "
     "before the end of March and we will wrap your books in paper printed with spring flowers."},
    {"spring-catalogue-v4.txt", "2024-04-02", nullptr,
     "Northwind Books welcomes spring with twelve debut novels. Every title was picked by a bookseller from "
     "one of our shops, and each comes with a conversation with its author and a guide for reading groups. "
     "Order before the end of April and we will wrap your books in paper printed with spring flowers, free "
     "of "
     "charge."},
};

}  // namespace

Runner add_demo_command(CLI::App& app, const GlobalOptions& global) {
  app.add_subcommand("demo", "Add a sample project with a few revisions, for a first look");
  return [&global]() {
    ledger::Database db = open_ledger(global);
    ledger::NewProject project;
    project.title = "Spring catalogue copy (demo)";
    project.client_name = "Northwind Books";
    project.client_email = "editor@northwind.example";
    project.terms.included_rounds = 2;
    project.terms.max_share_percent = 30;
    project.terms.extra_round_price = 150;
    project.terms.clause = "Two rounds of revisions are included; each may change up to 30% of the text.";
    const std::int64_t id = ledger::add_project(db, project);
    for (const DemoRevision& r : kRevisions) {
      workflow::NewRevision revision{r.date, "", std::nullopt};
      if (r.not_counted != nullptr) revision.not_counted_reason = r.not_counted;
      workflow::log_revision(db, id, revision, workflow::revision_source_from_text(r.file, r.text));
    }
    std::cout << "added demo project " << id << " with " << std::size(kRevisions) << " revisions\n"
              << "  see it with: scopekeeper-cli history " << id << '\n';
    return 0;
  };
}

}  // namespace sk::cli
