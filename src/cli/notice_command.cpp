// `scopekeeper-cli notice PROJECT_ID [--revision N] [--kind auto|…] [--lang en|ko|ro] [--reply-by DATE]
// [--text-only] -o OUT.pdf [--force]`: writes the notice a revision calls for (or the one asked for) as a
// PDF, stores it in the ledger, and prints the tone check's findings as warnings. --text-only prints it for
// review and stores nothing. The work is done by workflow/notice_workflow.h.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "common/error.h"
#include "common/output_file.h"
#include "notice/email_message.h"
#include "workflow/freelancer_profile.h"
#include "workflow/notice_email.h"
#include "workflow/notice_workflow.h"

namespace sk::cli {

namespace {

struct NoticeOptions {
  std::string project, revision, kind = "auto", language, out, reply_by, eml;
  std::optional<std::string> from_name, from_email;
  bool text_only = false, letter = false, force = false;
};

int run_notice(const GlobalOptions& global, const NoticeOptions& o) {
  const std::int64_t id = parse_id(o.project, "project id");
  workflow::NoticeRequest request;
  if (!o.revision.empty()) request.revision = static_cast<int>(parse_id(o.revision, "revision number"));
  if (o.kind != "auto") request.kind = notice::parse_kind(o.kind);  // CLI11 checked the name
  request.language = o.language;
  request.freelancer = workflow::load_freelancer_profile();
  if (o.from_name) request.freelancer.name = *o.from_name;
  if (o.from_email) request.freelancer.email = *o.from_email;
  request.reply_by = o.reply_by;
  request.with_pdf = !o.text_only;
  if (o.letter) request.pdf_options.paper = notice::PaperSize::kLetter;

  ledger::Database db = open_ledger(global);
  // Where the PDF goes is checked before anything is made: a refused name changes nothing.
  std::optional<OutputFile> output;
  if (!o.text_only) {
    output = OutputFile::check(o.out, {o.force, ledger_files(db.path()), "pass --force to replace it"});
  }
  std::optional<OutputFile> email;
  if (!o.eml.empty()) {
    if (o.eml == o.out) throw Error(ErrorKind::kInvalidInput, o.eml, "is already the PDF's file (-o)");
    email = OutputFile::check(o.eml, {o.force, ledger_files(db.path()), "pass --force to replace it"});
  }
  workflow::GeneratedNotice notice;
  try {
    notice = workflow::generate_notice(db, id, request);
  } catch (const Error& e) {
    if (e.subject() != workflow::kNoNameSubject) throw;
    throw Error(e.kind(), e.subject(),
                e.message() +
                    "; set it once with: scopekeeper-cli profile set --name \"Your Name\" (or pass "
                    "--from-name)");
  }
  if (!notice.called_for) {
    std::cout << notice.no_notice_reason << '\n';
    return 0;
  }
  const std::string kind = notice::to_string(notice.facts.kind);
  if (request.kind && notice.revision_number && notice.facts.kind != notice::NoticeKind::kSummary &&
      notice.facts.kind != notice::NoticeKind::kClarify && notice.policy_kind != notice.facts.kind) {
    std::cerr << "note: the policy calls for "
              << (notice.policy_kind ? std::string("a ") + notice::to_string(*notice.policy_kind) : "no")
              << " notice on revision " << *notice.revision_number << "; writing the " << kind
              << " notice as asked\n";
  }
  for (const notice::ToneFinding& f : notice.findings) {
    std::cerr << "warning: tone (" << f.category << "): \"" << f.excerpt << "\" — " << f.suggestion << '\n';
  }

  if (o.text_only) {
    // A preview: printed, never stored (only a notice written with -o is recorded as sent).
    std::cout << workflow::notice_text(notice.text) << '\n';
    return 0;
  }
  std::string eml;
  if (email) {
    const notice::EmailMessage message =
        workflow::notice_email(db, id, workflow::notice_text(notice.text), notice.pdf,
                               std::filesystem::path(o.out).filename().string(), request.freelancer);
    eml = notice::to_eml(message, workflow::email_date_now(), o.out + std::to_string(id));
  }
  const std::int64_t notice_id =
      workflow::store_notice_with_pdf(db, id, notice, *output, email ? &*email : nullptr, eml);
  std::cout << "wrote the " << kind << " notice (" << notice.facts.language << ")"
            << (notice.revision_number ? " answering revision " + std::to_string(*notice.revision_number)
                                       : "")
            << " to " << o.out << (email ? " and an email draft with it attached to " + o.eml : "")
            << "; stored as notice " << notice_id << '\n';
  return 0;
}

}  // namespace

Runner add_notice_command(CLI::App& app, const GlobalOptions& global) {
  auto o = std::make_shared<NoticeOptions>();
  CLI::App* cmd =
      app.add_subcommand("notice", "Write the notice a revision calls for, as a PDF, and store it");
  cmd->add_option("PROJECT_ID", o->project, "Project id")->required();
  cmd->add_option("--revision", o->revision, "The revision the notice answers (default: the latest)");
  cmd->add_option("--kind", o->kind, "Which notice; auto: what the policy calls for (default)")
      ->check(CLI::IsMember({"auto", "heads-up", "over-scope", "rounds-exhausted", "summary", "clarify"}));
  cmd->add_option("--lang", o->language, "Language of the notice (default: the client's)")
      ->check(CLI::IsMember(language_codes()));
  auto* text_only = cmd->add_flag("--text-only", o->text_only,
                                  "Print the subject and body to review them; nothing is written or stored");
  auto* output = cmd->add_option("-o,--output", o->out, "The PDF file to write (never an existing one)");
  output->excludes(text_only);
  cmd->add_flag("--force", o->force, "Replace the -o file if it exists (never the ledger's own files)")
      ->needs(output);
  cmd->add_option("--from-name", o->from_name, "Your name on the letterhead (default: the app's profile)");
  cmd->add_option("--from-email", o->from_email, "Your email on the letterhead (default: the app's profile)");
  cmd->add_option("--reply-by", o->reply_by,
                  "The day you would like an answer by, YYYY-MM-DD (the letter asks for it)");
  cmd->add_flag("--letter", o->letter, "US Letter paper instead of A4");
  cmd->add_option("--eml", o->eml,
                  "Also write an email draft (.eml) to the client with the PDF attached; mail programs open "
                  "it ready to send")
      ->needs(output);
  cmd->callback([o]() {
    if (!o->text_only && o->out.empty()) throw CLI::RequiredError("-o,--output (or --text-only)");
  });
  return [o, &global]() { return run_notice(global, *o); };
}

}  // namespace sk::cli
