// `scopekeeper-cli revision add|mark|withdraw|restore|original`: logging the files a client sends, marking
// one not counted, withdrawing one logged by mistake (and restoring it), and getting a stored file back
// exactly as it arrived.
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "common/error.h"
#include "common/output_file.h"
#include "import/import.h"
#include "ledger/dates.h"
#include "ledger/history.h"
#include "policy/status.h"
#include "workflow/revision_workflow.h"

namespace sk::cli {

namespace {

struct RevisionOptions {
  std::string project, number, file, date, note, out, reason;
  std::optional<std::string> not_counted;
  bool counted = false, json = false, force = false, accept_unchanged = false;
};

const ledger::JudgedRevision& find(const ledger::ProjectHistory& h, int number) {
  for (const auto& j : h.revisions) {
    if (j.revision.number == number) return j;
  }
  throw Error(ErrorKind::kNotFound,
              "revision " + std::to_string(number) + " of project " + std::to_string(h.project.id),
              "no such revision");
}

// A text that arrived much shorter than the one before may be cut short (a partial export, the wrong
// file): it is logged, since that can be real, but the user is told how many words were read.
void warn_if_shrunk(const ledger::RevisionRecord& r) {
  if (!workflow::looks_cut_short(r)) return;
  std::cerr << "note: only " << r.measured->new_words
            << (r.measured->new_words == 1 ? " word was" : " words were") << " read from " << r.file_name
            << ", against " << r.measured->old_words << " in revision " << r.measured->against
            << "; check that the whole file arrived\n";
}

// How two image sizes were compared, for people (docs/formats.md, "Images").
const char* size_handling_text(const std::string& handling) {
  if (handling == "scaled") return "; sizes differ: compared scaled, at the smaller size";
  if (handling == "canvas") return "; sizes differ: pixels inside only one of the two count as changed";
  return "";
}

void print_measurement(const ledger::Measurement& m, const ledger::Terms& terms) {
  std::cout << "  changed share  " << percent(m.changed_share);
  if (m.kind == ContentKind::kImage) {
    std::cout << " of the pixels against revision " << m.against << " (limit "
              << percent_value(terms.max_share_percent) << " per round; " << m.changed_pixels << " of "
              << m.total_pixels << " pixels changed, in " << m.regions
              << (m.regions == 1 ? " region" : " regions") << size_handling_text(m.size_handling) << ")\n";
    return;
  }
  std::cout << " against revision " << m.against << " (limit " << percent_value(terms.max_share_percent)
            << " per round; " << m.deleted << " words deleted, " << m.inserted << " inserted)\n";
}

void print_logged(const ledger::ProjectHistory& h, const ledger::JudgedRevision& j) {
  const ledger::RevisionRecord& r = j.revision;
  const ledger::Terms& terms = j.terms.terms;
  std::cout << "revision " << r.number << " of project " << h.project.id << ": " << r.file_name
            << ", received " << r.received_on << ", ";
  if (r.kind == ContentKind::kImage) {
    std::cout << r.format << " image " << r.width << 'x' << r.height << " pixels\n";
  } else {
    std::cout << r.words << " words\n";
  }
  if (j.round) {
    std::cout << "  round          " << *j.round;
    if (*j.round == 0) {
      std::cout << " (the original delivery)";
    } else {
      std::cout << " of " << terms.included_rounds << " included";
    }
    std::cout << '\n';
  } else {
    std::cout << "  round          none (not counted: " << r.not_counted_reason << ")\n";
  }
  if (r.measured) {
    print_measurement(*r.measured, terms);
  } else {
    std::cout << "  changed share  none (nothing earlier to compare with)\n";
  }
  std::cout << "  status         " << policy::to_string(j.status);
  if (j.notice_kind) std::cout << " (calls for the " << policy::to_string(*j.notice_kind) << " notice)";
  std::cout << '\n';
}

int run_add(const GlobalOptions& global, const RevisionOptions& o) {
  const std::int64_t project = parse_id(o.project, "project id");
  // Read the file before touching the database: an unreadable file changes nothing.
  const workflow::RevisionSource source = workflow::read_revision_source(o.file);
  // A file cannot have arrived after today (the window's date field refuses it too).
  if (const std::string today = ledger::today(); ledger::is_valid_date(o.date) && o.date > today) {
    throw Error(ErrorKind::kInvalidInput, source.file_name,
                "cannot have been received on " + o.date + ", after today (" + today + ")");
  }
  ledger::Database db = open_ledger(global);
  workflow::NewRevision revision{o.date, o.note, o.not_counted, o.accept_unchanged};
  ledger::RevisionRecord record;
  try {
    record = workflow::log_revision(db, project, revision, source);
  } catch (const workflow::NothingChanged& refused) {
    throw Error(
        refused.kind(), refused.subject(),
        refused.message() + (refused.same_bytes() ? "; --not-counted REASON logs it without a round"
                                                  : "; pass --accept-unchanged to count it all the same, or "
                                                    "--not-counted REASON to log it without a round"));
  }
  const ledger::ProjectHistory h = ledger::load_history(db, project);
  const ledger::JudgedRevision& judged = find(h, record.number);
  if (o.json) {
    nlohmann::ordered_json json = revision_json(judged);
    if (record.kind == ContentKind::kImage) {
      // The shared revision shape, plus what an image has instead of words.
      json["kind"] = "image";
      json["width"] = record.width;
      json["height"] = record.height;
      const auto& m = record.measured;
      json["changed_pixels"] =
          m ? nlohmann::ordered_json(m->changed_pixels) : nlohmann::ordered_json(nullptr);
      json["total_pixels"] = m ? nlohmann::ordered_json(m->total_pixels) : nlohmann::ordered_json(nullptr);
      json["regions"] = m ? nlohmann::ordered_json(m->regions) : nlohmann::ordered_json(nullptr);
      json["size_handling"] = m ? nlohmann::ordered_json(m->size_handling) : nlohmann::ordered_json(nullptr);
    }
    print_json(json);
  } else {
    print_logged(h, judged);
  }
  warn_if_shrunk(record);
  return 0;
}

// "revision 2 of project 1 is now withdrawn; the rounds are now:" and one line per revision.
void print_rounds(const ledger::ProjectHistory& h, int number, const std::string& state) {
  std::cout << "revision " << number << " of project " << h.project.id << " is now " << state
            << "; the rounds are now:\n";
  for (const auto& j : h.revisions) {
    const ledger::RevisionRecord& r = j.revision;
    std::cout << "  revision " << r.number << ": ";
    if (!r.withdrawn_on.empty()) {
      std::cout << "withdrawn on " << r.withdrawn_on << " (" << r.withdrawn_reason << ")\n";
      continue;
    }
    std::cout << (j.round ? "round " + std::to_string(*j.round) : std::string("not counted")) << ", "
              << (r.measured ? percent(r.measured->changed_share) : std::string("-")) << ", "
              << policy::to_string(j.status) << '\n';
  }
}

int run_mark(const GlobalOptions& global, const RevisionOptions& o) {
  const std::int64_t project = parse_id(o.project, "project id");
  const auto number = static_cast<int>(parse_id(o.number, "revision number"));
  if (o.counted == o.not_counted.has_value()) {
    throw Error(ErrorKind::kInvalidInput, "revision",
                "give exactly one of --not-counted REASON and --counted");
  }
  ledger::Database db = open_ledger(global);
  workflow::mark_revision(db, project, number, o.not_counted);
  print_rounds(ledger::load_history(db, project), number, o.counted ? "counted" : "not counted");
  return 0;
}

int run_withdraw(const GlobalOptions& global, const RevisionOptions& o) {
  const std::int64_t project = parse_id(o.project, "project id");
  const auto number = static_cast<int>(parse_id(o.number, "revision number"));
  ledger::Database db = open_ledger(global);
  workflow::withdraw_revision(db, project, number, o.reason, ledger::today());
  print_rounds(ledger::load_history(db, project), number, "withdrawn");
  return 0;
}

int run_restore(const GlobalOptions& global, const RevisionOptions& o) {
  const std::int64_t project = parse_id(o.project, "project id");
  const auto number = static_cast<int>(parse_id(o.number, "revision number"));
  ledger::Database db = open_ledger(global);
  workflow::restore_revision(db, project, number);
  const ledger::ProjectHistory h = ledger::load_history(db, project);
  print_rounds(h, number,
               find(h, number).revision.counted ? "restored and counted" : "restored, not counted");
  return 0;
}

int run_original(const GlobalOptions& global, const RevisionOptions& o) {
  const std::int64_t project = parse_id(o.project, "project id");
  const auto number = static_cast<int>(parse_id(o.number, "revision number"));
  ledger::Database db = open_ledger(global);
  if (o.out.empty() || o.out == "-") {
    std::cout << ledger::revision_original(db, project, number);
    return 0;
  }
  OutputFile output =
      OutputFile::check(o.out, {o.force, ledger_files(db.path()), "pass --force to replace it"});
  output.prepare(ledger::revision_original(db, project, number));
  output.commit();
  return 0;
}

}  // namespace

Runner add_revision_command(CLI::App& app, const GlobalOptions& global) {
  auto o = std::make_shared<RevisionOptions>();
  CLI::App* revision = app.add_subcommand("revision", "The revisions a client sends");
  revision->require_subcommand(1);

  CLI::App* add = revision->add_subcommand(
      "add", "Log FILE as the project's next revision; prints its round, changed share and status");
  add->add_option("PROJECT_ID", o->project, "Project id")->required();
  add->add_option("FILE", o->file, "The file as the client sent it (- for standard input)")->required();
  add->add_option("--date", o->date, "The day it arrived, YYYY-MM-DD (default today)");
  add->add_option("--note", o->note, "A note kept with the revision");
  add->add_option("--not-counted", o->not_counted,
                  "Log it without using a round, for this reason (e.g. fixing my own mistake)");
  add->add_flag("--accept-unchanged", o->accept_unchanged,
                "Count it as a round even though it changes no word (or pixel) of the previous one");
  add->add_flag("--json", o->json, "Print the logged revision as JSON");

  CLI::App* mark = revision->add_subcommand(
      "mark", "Mark a logged revision not counted (or counted again); logged, and later figures re-measured");
  mark->add_option("PROJECT_ID", o->project, "Project id")->required();
  mark->add_option("NUMBER", o->number, "Revision number")->required();
  mark->add_option("--not-counted", o->not_counted, "It does not use a round, for this reason");
  mark->add_flag("--counted", o->counted, "It counts again");

  CLI::App* withdraw = revision->add_subcommand(
      "withdraw",
      "Withdraw a revision logged by mistake (wrong project, wrong file): it leaves the rounds and the "
      "figures, stays in the record with the reason and today's date, and can be restored");
  withdraw->add_option("PROJECT_ID", o->project, "Project id")->required();
  withdraw->add_option("NUMBER", o->number, "Revision number")->required();
  withdraw->add_option("--reason", o->reason, "Why it is withdrawn (kept in the record)")->required();

  CLI::App* restore = revision->add_subcommand(
      "restore",
      "Restore a withdrawn revision to what it was before (counted, or not counted with its reason)");
  restore->add_option("PROJECT_ID", o->project, "Project id")->required();
  restore->add_option("NUMBER", o->number, "Revision number")->required();

  CLI::App* original = revision->add_subcommand("original", "Write a stored revision's file as it arrived");
  original->add_option("PROJECT_ID", o->project, "Project id")->required();
  original->add_option("NUMBER", o->number, "Revision number")->required();
  auto* output = original->add_option("-o,--output", o->out,
                                      "Output file, never an existing one (default: standard output)");
  original->add_flag("--force", o->force, "Replace the -o file if it exists (never the ledger's own files)")
      ->needs(output);

  return [o, &global, add, mark, withdraw, restore, original]() {
    if (add->parsed()) return run_add(global, *o);
    if (mark->parsed()) return run_mark(global, *o);
    if (withdraw->parsed()) return run_withdraw(global, *o);
    if (restore->parsed()) return run_restore(global, *o);
    if (original->parsed()) return run_original(global, *o);
    return 1;
  };
}

}  // namespace sk::cli
