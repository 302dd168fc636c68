// `scopekeeper-cli diff OLD NEW [--json]`: measures how much NEW changed OLD. Both files may be in any format
// import/ reads (text, Markdown, HTML, RTF, .docx, .odt, PDF), even two different ones; or both images.
#include <future>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/change_list_json.h"
#include "cli/commands.h"
#include "common/error.h"
#include "common/mapped_file.h"
#include "import/image_compare.h"
#include "import/import.h"
#include "measure/compare.h"
#include "measure/figures_text.h"

namespace sk::cli {

namespace {

struct DiffOptions {
  std::string old_path, new_path;
  bool json = false;
};

// "docx", or "text (EUC-KR)" when a legacy encoding was detected.
std::string read_as(const import::ImportedRevision& r) {
  std::string s = import::to_string(r.format);
  if (r.encoding) s += " (" + *r.encoding + ")";
  return s;
}

void print_text_json(const import::ImportedRevision& older, const import::ImportedRevision& newer,
                     const measure::Comparison& c) {
  nlohmann::ordered_json j;
  j["kind"] = "text";
  j["old_format"] = import::to_string(older.format);
  j["new_format"] = import::to_string(newer.format);
  if (older.encoding) j["old_encoding"] = *older.encoding;
  if (newer.encoding) j["new_encoding"] = *newer.encoding;
  j["old_words"] = c.old_words;
  j["new_words"] = c.new_words;
  j["kept"] = c.kept;
  j["deleted"] = c.deleted;
  j["inserted"] = c.inserted;
  j["changed_share"] = c.changed_share;
  j["moved_words"] = c.moved_words;
  j["alignment_exact"] = c.alignment_exact;
  // The changes, the last member, are written by hand (change_list_json.h): the head ends in "\n}".
  std::string out = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  out.resize(out.size() - 2);
  out += ",\n";
  append_changes_json(out, c.changes, older.document, newer.document);
  out += "\n}\n";
  std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
}

void print_text_summary(const DiffOptions& o, const import::ImportedRevision& older,
                        const import::ImportedRevision& newer, const measure::Comparison& c) {
  size_t passages = 0;
  for (const measure::Change& ch : c.changes) passages += ch.kind != measure::ChangeKind::kMove;
  std::cout << o.old_path << " -> " << o.new_path << '\n';
  const bool plain = older.format == import::Format::kText && newer.format == import::Format::kText &&
                     !older.encoding && !newer.encoding;
  if (!plain) std::cout << "  read as   " << read_as(older) << " -> " << read_as(newer) << '\n';
  std::cout << "  words     " << measure::with_thousands(c.old_words) << " -> "
            << measure::with_thousands(c.new_words) << '\n'
            << "  kept      " << measure::with_thousands(c.kept) << '\n'
            << "  deleted   " << measure::with_thousands(c.deleted) << '\n'
            << "  inserted  " << measure::with_thousands(c.inserted) << '\n';
  if (c.moved_words > 0)
    std::cout << "  moved     " << measure::with_thousands(c.moved_words) << " (reordered, not rewritten)\n";
  std::cout << "  changed   " << measure::share_percent(c.changed_share) << " of the old text, in "
            << measure::with_thousands(passages) << " passage" << (passages == 1 ? "" : "s") << '\n'
            << "            (the larger of deleted and inserted words, over the old word count)\n";
  if (!c.alignment_exact) {
    std::cout << "  note: the counts are exact; the passages shown are a close approximation\n";
  }
}

nlohmann::ordered_json size_json(const import::Image& image) {
  return {{"width", image.width}, {"height", image.height}};
}

void print_image_json(const import::ImportedRevision& older, const import::ImportedRevision& newer,
                      const import::ImageComparison& c) {
  nlohmann::ordered_json j;
  j["kind"] = "image";
  j["old_format"] = import::to_string(older.format);
  j["new_format"] = import::to_string(newer.format);
  j["changed_share"] = c.changed_share;
  j["changed_pixels"] = c.changed_pixels;
  j["total_pixels"] = c.total_pixels;
  j["old_size"] = size_json(older.image);
  j["new_size"] = size_json(newer.image);
  j["size_handling"] = import::to_string(c.size_handling);
  auto& regions = j["regions"] = nlohmann::ordered_json::array();
  for (const import::Region& r : c.regions) {
    regions.push_back({{"x", r.x},
                       {"y", r.y},
                       {"width", r.width},
                       {"height", r.height},
                       {"changed_pixels", r.changed_pixels}});
  }
  j["regions_truncated"] = c.regions_truncated;
  std::cout << j.dump(2) << '\n';
}

void print_image_summary(const DiffOptions& o, const import::ImportedRevision& older,
                         const import::ImportedRevision& newer, const import::ImageComparison& c) {
  const import::Image &a = older.image, &b = newer.image;
  std::cout << o.old_path << " -> " << o.new_path << '\n'
            << "  images    " << import::to_string(older.format) << ' ' << a.width << 'x' << a.height
            << " -> " << import::to_string(newer.format) << ' ' << b.width << 'x' << b.height << '\n';
  if (c.size_handling == import::SizeHandling::kScaled) {
    std::cout << "  size      same proportions: compared at the smaller size\n";
  } else if (c.size_handling == import::SizeHandling::kCanvas) {
    std::cout << "  size      changed: pixels inside only one of the two count as changed\n";
  }
  std::cout << "  changed   " << measure::share_percent(c.changed_share) << " of the pixels ("
            << measure::with_thousands(c.changed_pixels) << " of " << measure::with_thousands(c.total_pixels)
            << "), in " << measure::with_thousands(c.regions.size()) << (c.regions_truncated ? "+" : "")
            << " region" << (c.regions.size() == 1 ? "" : "s") << '\n';
  for (const import::Region& r : c.regions) {
    std::cout << "            " << r.width << 'x' << r.height << " at (" << r.x << ", " << r.y << ")\n";
  }
}

}  // namespace

Runner add_diff_command(CLI::App& app, const GlobalOptions& /*global*/) {
  auto opts = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand(
      "diff",
      "Measure how much NEW changed OLD (text, .md, .html, .rtf, .docx, .odt, .pdf; or .png/.jpg images; "
      "- for stdin)");
  cmd->add_option("OLD", opts->old_path, "The previous version")->required();
  cmd->add_option("NEW", opts->new_path, "The revision")->required();
  cmd->add_flag("--json", opts->json,
                "Print one JSON object with the counts and the changed passages or regions");
  return [opts]() {
    if (opts->old_path == "-" && opts->new_path == "-") {
      throw Error(ErrorKind::kInvalidInput, "-", "only one of OLD and NEW can be standard input");
    }
    // Large files are mapped rather than read; one cut short by another program meanwhile ends the command
    // with the usual error line (mapped_file.h).
    allow_mapped_input();
    // Texts are segmented later, both together (measure::compare_prepared reuses the lines they share).
    auto older_future = std::async(
        std::launch::async, [&] { return import::import_file(opts->old_path, import::Segment::kLater); });
    import::ImportedRevision newer = import::import_file(opts->new_path, import::Segment::kLater);
    import::ImportedRevision older = older_future.get();
    if (older.kind != newer.kind) {
      const bool new_is_image = newer.kind == ContentKind::kImage;
      throw Error(ErrorKind::kInvalidInput, opts->new_path == "-" ? "<stdin>" : opts->new_path,
                  std::string(new_is_image ? "is an image and the old version is a text"
                                           : "is a text and the old version is an image") +
                      "; both must be texts or both images");
    }
    if (newer.kind == ContentKind::kImage) {
      const import::ImageComparison c = import::compare_images(older.image, newer.image);
      if (opts->json) {
        print_image_json(older, newer, c);
      } else {
        print_image_summary(*opts, older, newer, c);
      }
      return 0;
    }
    const measure::Comparison c = measure::compare_prepared(older.document, newer.document);
    if (opts->json) {
      print_text_json(older, newer, c);
    } else {
      print_text_summary(*opts, older, newer, c);
    }
    return 0;
  };
}

}  // namespace sk::cli
