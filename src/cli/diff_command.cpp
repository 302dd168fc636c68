// `scopekeeper-cli diff OLD NEW [--json]`: measures how much NEW changed OLD.
#include <future>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "common/error.h"
#include "measure/compare.h"
#include "text/load_text.h"

namespace sk::cli {

namespace {

struct DiffOptions {
  std::string old_path, new_path;
  bool json = false;
};

std::string with_thousands(size_t v) {
  std::string digits = std::to_string(v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string percent(double share) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(share * 100 < 10 ? 2 : 1) << share * 100 << '%';
  return s.str();
}

void print_json(const measure::Comparison& c, const text::Document& older, const text::Document& newer) {
  nlohmann::ordered_json j;
  j["old_words"] = c.old_words;
  j["new_words"] = c.new_words;
  j["kept"] = c.kept;
  j["deleted"] = c.deleted;
  j["inserted"] = c.inserted;
  j["changed_share"] = c.changed_share;
  j["moved_words"] = c.moved_words;
  j["alignment_exact"] = c.alignment_exact;
  auto& changes = j["changes"] = nlohmann::ordered_json::array();
  for (const measure::Change& ch : c.changes) {
    changes.push_back({{"kind", measure::to_string(ch.kind)},
                       {"old_start", ch.old_start},
                       {"old_end", ch.old_end},
                       {"new_start", ch.new_start},
                       {"new_end", ch.new_end},
                       {"old_text", older.span(ch.old_start, ch.old_end)},
                       {"new_text", newer.span(ch.new_start, ch.new_end)}});
  }
  std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void print_summary(const DiffOptions& o, const measure::Comparison& c) {
  size_t passages = 0;
  for (const measure::Change& ch : c.changes) passages += ch.kind != measure::ChangeKind::kMove;
  std::cout << o.old_path << " -> " << o.new_path << '\n'
            << "  words     " << with_thousands(c.old_words) << " -> " << with_thousands(c.new_words) << '\n'
            << "  kept      " << with_thousands(c.kept) << '\n'
            << "  deleted   " << with_thousands(c.deleted) << '\n'
            << "  inserted  " << with_thousands(c.inserted) << '\n';
  if (c.moved_words > 0)
    std::cout << "  moved     " << with_thousands(c.moved_words) << " (reordered, not rewritten)\n";
  std::cout << "  changed   " << percent(c.changed_share) << " of the old text, in "
            << with_thousands(passages) << " passage" << (passages == 1 ? "" : "s") << '\n'
            << "            (the larger of deleted and inserted words, over the old word count)\n";
  if (!c.alignment_exact) {
    std::cout << "  note: the counts are exact; the passages shown are a close approximation\n";
  }
}

}  // namespace

Runner add_diff_command(CLI::App& app, const GlobalOptions& /*global*/) {
  auto opts = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", "Measure how much NEW changed OLD (text files, or - for stdin)");
  cmd->add_option("OLD", opts->old_path, "The previous version")->required();
  cmd->add_option("NEW", opts->new_path, "The revision")->required();
  cmd->add_flag("--json", opts->json, "Print one JSON object with the counts and the changed passages");
  return [opts]() {
    if (opts->old_path == "-" && opts->new_path == "-") {
      throw Error(ErrorKind::kInvalidInput, "-", "only one of OLD and NEW can be standard input");
    }
    auto older_future = std::async(std::launch::async, [&] { return text::load_text_file(opts->old_path); });
    text::Document newer = text::load_text_file(opts->new_path);
    text::Document older = older_future.get();
    const measure::Comparison c = measure::compare(older, newer);
    if (opts->json) {
      print_json(c, older, newer);
    } else {
      print_summary(*opts, c);
    }
    return 0;
  };
}

}  // namespace sk::cli
