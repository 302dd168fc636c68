// PDF notices checked with the tools a reader's computer uses: pdftotext gives the text back, qpdf --check
// passes, pdffonts shows every font embedded; Korean stays small; hostile values keep the PDF valid.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "common/error.h"
#include "notice/font_locator.h"
#include "notice/labels.h"
#include "notice/locale_format.h"
#include "notice/notice_pdf.h"
#include "notice/render_notice.h"
#include "sample_facts.h"

namespace sk::notice {
namespace {

struct Output {
  int status = -1;
  std::string text;  // stdout and stderr together
};

Output run(const std::string& command) {
  Output out;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return out;
  std::array<char, 4096> buffer{};
  size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.text.append(buffer.data(), n);
  int status = pclose(pipe);
  out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

std::string quote(const std::string& path) {
  return "'" + path + "'";
}

// Whitespace (including no-break spaces and form feeds) collapsed to one space; for Korean, removed, since
// lines may wrap between syllables of one word.
std::string normalise(const std::string& text, bool drop_spaces) {
  std::string spaced = std::regex_replace(text, std::regex("\xC2\xA0|\xE2\x80\xAF"), " ");
  spaced = std::regex_replace(spaced, std::regex("[ \t\r\n\f\v]+"), drop_spaces ? "" : " ");
  return spaced;
}

std::filesystem::path out_dir() {
  std::filesystem::path dir(SK_NOTICE_OUT);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string write(const NoticeFacts& facts, const RenderedNotice& text, const std::string& name,
                  PdfOptions options = {}) {
  const std::string path = (out_dir() / name).string();
  write_notice_pdf(facts, text, path, options);
  return path;
}

int page_count(const std::string& path) {
  return std::stoi(run(std::string(SK_QPDF) + " --show-npages " + quote(path)).text);
}

void check_valid(const std::string& path) {
  Output check = run(std::string(SK_QPDF) + " --check " + quote(path));
  INFO(check.text);
  CHECK(check.status == 0);
  Output fonts = run(std::string(SK_PDFFONTS) + " " + quote(path));
  INFO(fonts.text);
  REQUIRE(fonts.status == 0);
  std::istringstream lines(fonts.text);
  std::string line;
  int font_lines = 0;
  while (std::getline(lines, line)) {
    if (line.find("CID TrueType") == std::string::npos) continue;
    ++font_lines;
    CHECK(
        std::regex_search(line, std::regex("Identity-H\\s+yes\\s+yes\\s+yes")));  // embedded, subset, unicode
  }
  CHECK(font_lines >= 1);
}

TEST_CASE("pdftotext gives back the client, the figures and the body, in every language", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  for (const std::string& language : shipped_languages()) {
    CAPTURE(language);
    NoticeFacts facts = testing::sample_facts(language, NoticeKind::kOverScope, {.rounds_left = 1});
    RenderedNotice text = render_notice(facts, store);
    const std::string path = write(facts, text, "over-scope-" + language + ".pdf");
    check_valid(path);

    Output extracted = run(std::string(SK_PDFTOTEXT) + " -enc UTF-8 " + quote(path) + " -");
    REQUIRE(extracted.status == 0);
    CHECK(extracted.text.find("Syntax Warning") == std::string::npos);  // the ToUnicode fix (docs/notices.md)
    std::string pdf_text = extracted.text;
    const int pages = page_count(path);
    const LocaleFormat format(language);
    for (int page = 1; page <= pages; ++page) {  // page numbers sit between the pages' text
      std::string footer = fill(fill(labels_for(language).page_of, "page", format.integer(page)), "pages",
                                format.integer(pages));
      for (size_t at = pdf_text.find(footer); at != std::string::npos; at = pdf_text.find(footer)) {
        pdf_text.erase(at, footer.size());
      }
    }
    const bool korean = language == "ko";
    const std::string flat = normalise(pdf_text, korean);
    CHECK(flat.find(normalise(facts.client, korean)) != std::string::npos);
    CHECK(flat.find(normalise(text.subject, korean)) != std::string::npos);
    CHECK(flat.find(format.percent(facts.revision.changed_share)) != std::string::npos);
    CHECK(flat.find(format.integer(5680)) != std::string::npos);
    for (const NoticeBlock& block : text.blocks) {
      CAPTURE(block.text);
      CHECK(flat.find(normalise(block.text, korean)) != std::string::npos);
    }
    CHECK(flat.find(normalise(labels_for(language).appendix_history, korean)) != std::string::npos);
    // The evidence shows each change in its sentence: context, removed and added words in reading order.
    CHECK(flat.find(normalise("Welcome to the catalogue. Our The new spring range line brings light fabrics "
                              "breathable linen for the first warm days. Every piece is",
                              korean)) != std::string::npos);
    // Every column header of the history table in full, never cut with "…".
    for (const std::string& header :
         {labels_for(language).col_round, labels_for(language).col_date, labels_for(language).col_share,
          labels_for(language).col_limit, labels_for(language).col_status}) {
      CAPTURE(header);
      CHECK(flat.find(normalise(header, korean)) != std::string::npos);
    }
    CHECK(flat.find("…" + normalise(labels_for(language).col_limit, korean).substr(0, 3)) ==
          std::string::npos);
    // One numbering for the client: the appendix names the round the letter speaks of (round 2), not the
    // revision number (3) the freelancer's ledger uses.
    const Labels& labels = labels_for(language);
    CHECK(flat.find(normalise(fill(labels.appendix_evidence, "n", format.integer(2)), korean)) !=
          std::string::npos);
    CHECK(flat.find(normalise(fill(labels.appendix_evidence, "n", format.integer(3)), korean)) ==
          std::string::npos);
  }
}

TEST_CASE("a summary's rounds are in its body, not repeated in an appendix", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  for (const std::string& language : shipped_languages()) {
    CAPTURE(language);
    NoticeFacts facts = testing::sample_facts(language, NoticeKind::kSummary);
    REQUIRE_FALSE(facts.history.empty());
    const RenderedNotice text = render_notice(facts, store);
    const std::string path = write(facts, text, "summary-" + language + ".pdf");
    check_valid(path);
    Output extracted = run(std::string(SK_PDFTOTEXT) + " -enc UTF-8 " + quote(path) + " -");
    REQUIRE(extracted.status == 0);
    const bool korean = language == "ko";
    CHECK(normalise(extracted.text, korean).find(normalise(labels_for(language).appendix_history, korean)) ==
          std::string::npos);
  }
}

// pdftotext of `path` with the page footers removed, whitespace normalised (removed for Korean).
std::string flat_text(const std::string& path, const std::string& language) {
  Output extracted = run(std::string(SK_PDFTOTEXT) + " -enc UTF-8 " + quote(path) + " -");
  REQUIRE(extracted.status == 0);
  CHECK(extracted.text.find("Syntax Warning") == std::string::npos);
  std::string pdf_text = extracted.text;
  const int pages = page_count(path);
  const LocaleFormat format(language);
  for (int page = 1; page <= pages; ++page) {
    std::string footer = fill(fill(labels_for(language).page_of, "page", format.integer(page)), "pages",
                              format.integer(pages));
    for (size_t at = pdf_text.find(footer); at != std::string::npos; at = pdf_text.find(footer)) {
      pdf_text.erase(at, footer.size());
    }
  }
  return normalise(pdf_text, language == "ko");
}

TEST_CASE("an image over-scope notice shows the pixel figures instead of passages", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  for (const std::string& language : shipped_languages()) {
    CAPTURE(language);
    NoticeFacts facts =
        testing::sample_facts(language, NoticeKind::kOverScope, {.rounds_left = 1, .image = true});
    facts.revision.sizing = ImageSizing::kScaled;
    const RenderedNotice text = render_notice(facts, store);
    const std::string path = write(facts, text, "over-scope-image-" + language + ".pdf");
    check_valid(path);

    const bool korean = language == "ko";
    const std::string flat = flat_text(path, language);
    const Labels& labels = labels_for(language);
    const LocaleFormat format(language);
    auto has = [&](const std::string& piece) {
      return flat.find(normalise(piece, korean)) != std::string::npos;
    };
    CHECK(has(facts.client));
    CHECK(has(text.subject));
    for (const NoticeBlock& block : text.blocks) {
      CAPTURE(block.text);
      CHECK(has(block.text));
    }
    CHECK(has(labels.appendix_history));
    CHECK(has(fill(labels.appendix_image, "n", format.integer(2))));  // round 2 (revision 3)
    CHECK(has(labels.image_note));
    CHECK(has(labels.pixels_changed + " " + format.integer(508032)));
    CHECK(has(labels.pixels_total + " " + format.integer(1920 * 1080)));
    CHECK(has(labels.pixels_share + " " + format.percent(0.245)));
    CHECK(has(labels.regions + " " + format.integer(3)));
    CHECK(has(labels.sizing_scaled));
    CHECK_FALSE(has(labels.evidence_note));  // no word passages for an image
    CHECK_FALSE(has(fill(labels.appendix_evidence, "n", format.integer(2))));
  }

  // A capped count of areas reads "at least 64"; different proportions are explained.
  NoticeFacts facts = testing::sample_facts("en", NoticeKind::kOverScope, {.image = true});
  facts.revision.regions = 64;
  facts.revision.regions_capped = true;
  facts.revision.sizing = ImageSizing::kCanvas;
  const std::string path = write(facts, render_notice(facts, store), "over-scope-image-canvas-en.pdf");
  check_valid(path);
  const std::string flat = flat_text(path, "en");
  CHECK(flat.find("Changed areas at least 64") != std::string::npos);
  CHECK(flat.find(labels_for("en").sizing_canvas) != std::string::npos);
}

TEST_CASE("a one-page Korean notice is small and has no page numbers", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  NoticeFacts facts =
      testing::sample_facts("ko", NoticeKind::kClarify, {.history = false, .passages = false});
  const std::string path = write(facts, render_notice(facts, store), "clarify-ko-one-page.pdf");
  check_valid(path);
  CHECK(page_count(path) == 1);
  const auto size = std::filesystem::file_size(path);
  INFO("size " << size);
  CHECK(size < 250 * 1024);
  CHECK(run(std::string(SK_PDFTOTEXT) + " " + quote(path) + " -").text.find("/ 1쪽") == std::string::npos);
}

TEST_CASE("a long notice gets page numbers and A4 or Letter pages", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  NoticeFacts facts = testing::sample_facts("ro", NoticeKind::kOverScope);
  for (int i = 0; i < 60; ++i) {
    facts.passages.push_back({PassageKind::kReplace,
                              "Textul vechi numărul " + std::to_string(i) + " despre ședințe.",
                              "Textul nou numărul " + std::to_string(i) + " despre țesături.",
                              {},
                              1});
  }
  const RenderedNotice text = render_notice(facts, store);
  const std::string a4 = write(facts, text, "long-ro-a4.pdf");
  check_valid(a4);
  CHECK(page_count(a4) > 1);
  const std::string extracted = run(std::string(SK_PDFTOTEXT) + " " + quote(a4) + " -").text;
  CHECK(extracted.find("Pagina 1 din") != std::string::npos);
  CHECK(extracted.find("și încă") != std::string::npos);  // passages beyond max_passages are counted
  CHECK(run("pdfinfo " + quote(a4)).text.find("595.276 x 841.89") != std::string::npos);

  const std::string letter = write(facts, text, "long-ro-letter.pdf", {.paper = PaperSize::kLetter});
  check_valid(letter);
  CHECK(run("pdfinfo " + quote(letter)).text.find("612 x 792") != std::string::npos);
}

TEST_CASE("hostile field values render safely and the PDF stays valid", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  const std::string hostile[] = {
      "{{client}} {{#terms}}x{{/terms}}",
      std::string(5000, 'W'),
      "שלום עולם مرحبا بالعالم",
      "Party 🎉 time 👍🏽",
      std::string("Bell\x01\x02\x1b[2J\x7f\xC2\x85\xE2\x80\xAE") + "End",
  };
  int n = 0;
  for (const std::string& language : shipped_languages()) {
    for (const std::string& value : hostile) {
      CAPTURE(language, n);
      NoticeFacts facts = testing::sample_facts(language, NoticeKind::kOverScope);
      facts.client = value;
      facts.project = value;
      facts.freelancer.name = value;
      facts.passages.push_back({PassageKind::kReplace,
                                value,
                                value,
                                {{Segment::Kind::kDeleted, value}, {Segment::Kind::kInserted, value}},
                                1});
      const RenderedNotice text = render_notice(facts, store);
      const std::string path = write(facts, text, "hostile-" + language + "-" + std::to_string(n++) + ".pdf");
      check_valid(path);
      const std::string extracted = run(std::string(SK_PDFTOTEXT) + " " + quote(path) + " -").text;
      if (value.rfind("{{", 0) == 0) CHECK(extracted.find("{{client}}") != std::string::npos);
      if (value.rfind("Bell", 0) == 0) CHECK(extracted.find("Bell[2JEnd") != std::string::npos);
    }
  }
}

TEST_CASE("the freelancer's logo is drawn on the letterhead, and a file that is not an image is refused",
          "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  NoticeFacts facts =
      testing::sample_facts("ro", NoticeKind::kHeadsUp, {.history = false, .passages = false});
  const std::filesystem::path logo = out_dir() / "logo.png";
  {  // a 1 × 1 RGBA PNG
    std::ofstream(logo, std::ios::binary) << std::string(
        "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08"
        "\x06"
        "\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x0d\x49\x44\x41\x54\x78\xda\x63\x64\xf8\xcf\x50\x0f\x00\x03"
        "\x86\x01\x80\x5a\x34\x7d\x6b\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
        70);
  }
  facts.freelancer.logo_path = logo.string();
  const std::string path = write(facts, render_notice(facts, store), "heads-up-ro-logo.pdf");
  check_valid(path);
  const Output images = run(std::string(SK_PDFIMAGES) + " -list " + quote(path));
  INFO(images.text);
  CHECK(images.status == 0);
  CHECK(std::regex_search(images.text, std::regex("\\n\\s*1\\s+\\d+\\s+image\\s+1\\s+1\\s")));
  CHECK(normalise(run(std::string(SK_PDFTOTEXT) + " " + quote(path) + " -").text, false)
            .find(facts.freelancer.name) != std::string::npos);  // the letterhead is still there

  const std::filesystem::path not_image = out_dir() / "logo.txt";
  std::ofstream(not_image) << "not a picture";
  facts.freelancer.logo_path = not_image.string();
  try {
    notice_pdf(facts, render_notice(facts, store));
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kInvalidInput);
    CHECK(describe(error) ==
          not_image.string() + ": the letterhead logo cannot be read; choose a PNG or JPEG file");
  }
  facts.freelancer.logo_path = (out_dir() / "missing.png").string();
  CHECK_THROWS_AS(notice_pdf(facts, render_notice(facts, store)), Error);
}

TEST_CASE("a missing font is a clear error naming the Debian package", "[notice][pdf]") {
  try {
    locate_font("Scopekeeper No Such Font", "fonts-scopekeeper-missing");
    FAIL("expected an error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::kNotFound);
    CHECK(describe(error).find("install the Debian package fonts-scopekeeper-missing") != std::string::npos);
  }
  CHECK(locate_font("DejaVu Sans", "fonts-dejavu-core").covers(U'ș'));
  CHECK(locate_font("NanumGothic", "fonts-nanum").covers(U'님'));
}

}  // namespace
}  // namespace sk::notice

namespace sk::notice {
namespace {

// The text of page `page` of `path`, as pdftotext reads it.
std::string page_text(const std::string& path, int page) {
  const std::string n = std::to_string(page);
  Output out = run(std::string(SK_PDFTOTEXT) + " -enc UTF-8 -f " + n + " -l " + n + " " + quote(path) + " -");
  REQUIRE(out.status == 0);
  return out.text;
}

std::vector<std::string> split_on(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

TEST_CASE("the closing and the signature stay on one page, with the end of the letter", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  const std::map<std::string, std::string> closing = {
      {"en", "Kind regards,"}, {"ko", "감사합니다."}, {"ro", "Cu stimă,"}};
  for (const std::string& language : shipped_languages()) {
    for (NoticeKind kind : all_kinds()) {
      int crossings = 0;  // letters whose body reached a second page: the page break was exercised
      // One-line paragraphs added after the greeting move the end of the letter down, line by line (two at a
      // time for the kinds after the first), over the page break.
      const int step = kind == NoticeKind::kOverScope ? 1 : 2;
      for (int added = 0; added <= 44; added += step) {
        CAPTURE(language, to_string(kind), added);
        NoticeFacts facts = testing::sample_facts(language, kind, {.rounds_left = 1});
        facts.passages.clear();
        facts.history.clear();
        RenderedNotice text = render_notice(facts, store);
        for (int n = 0; n < added; ++n) {
          text.blocks.insert(text.blocks.begin() + 1,
                             {NoticeBlock::Type::kParagraph, "A line of the letter."});
        }
        const std::string path = write(facts, text, "closing-" + language + ".pdf");
        const int pages = page_count(path);
        int closing_page = 0;
        bool ended_with_closing = false;
        for (int page = 1; page <= pages; ++page) {
          std::vector<std::string> lines = split_on(page_text(path, page), '\n');
          const std::regex footer(R"((Page |Pagina )?\d+ ?(of|din|/) ?\d+)");
          while (!lines.empty() && (std::regex_match(lines.back(), footer) || lines.back() == "\f")) {
            lines.pop_back();
          }
          // No page ends with the closing and the next one starts with its signature.
          if (page > 1 && !lines.empty()) {
            CHECK_FALSE(
                (ended_with_closing && lines.front().find(facts.freelancer.name) != std::string::npos));
          }
          ended_with_closing = !lines.empty() && lines.back() == closing.at(language);
          for (size_t j = 0; j + 1 < lines.size(); ++j) {
            if (lines[j] != closing.at(language) ||
                lines[j + 1].find(facts.freelancer.name) == std::string::npos) {
              continue;
            }
            closing_page = page;
            // Never alone: on a page of its own, at least two lines of the letter come before it.
            if (page > 1) CHECK(j >= 2);
          }
        }
        CHECK(closing_page >= 1);
        if (closing_page > 1) ++crossings;
      }
      CHECK(crossings > 0);
    }
  }
}

TEST_CASE("Korean lines in the PDF break between 어절, never inside one", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  for (NoticeKind kind : all_kinds()) {
    CAPTURE(to_string(kind));
    NoticeFacts facts = testing::sample_facts("ko", kind);
    const RenderedNotice text = render_notice(facts, store);
    const std::string path = write(facts, text, "keep-all-" + std::string(to_string(kind)) + ".pdf");
    const std::string all = text.subject + "\n" + text.body;
    std::set<std::string> words;
    for (const std::string& line : split_on(all, '\n')) {
      for (const std::string& word : split_on(line, ' ')) words.insert(word);
    }
    Output out = run(std::string(SK_PDFTOTEXT) + " -enc UTF-8 " + quote(path) + " -");
    REQUIRE(out.status == 0);
    // The letter itself: from its greeting to its signature (the appendix follows).
    const size_t begin = out.text.find(split_on(text.body, '\n').front());
    const size_t end = out.text.rfind(facts.freelancer.name);
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    REQUIRE(begin < end);
    int checked = 0;
    for (const std::string& line : split_on(out.text.substr(begin, end - begin), '\n')) {
      if (std::regex_match(line, std::regex(R"(\d+ / \d+)"))) continue;  // a page number
      for (const std::string& piece : split_on(line, ' ')) {
        if (words.count(piece) > 0) {
          ++checked;
          continue;
        }
        // A piece of the letter's text that is not one of its words is a word cut at a line end.
        CAPTURE(line, piece);
        CHECK(all.find(piece) == std::string::npos);
      }
    }
    CHECK(checked > 50);
  }
}

}  // namespace
}  // namespace sk::notice

namespace sk::notice {
namespace {

TEST_CASE("an image notice shows the new version with its changed areas outlined", "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  for (const std::string& language : shipped_languages()) {
    CAPTURE(language);
    NoticeFacts facts = testing::sample_facts(language, NoticeKind::kOverScope, {.image = true});
    // A 1600 × 900 picture (shrunk to 1400 pixels wide in the PDF) with two changed areas.
    EvidenceImage& picture = facts.picture;
    picture.width = 1600;
    picture.height = 900;
    picture.rgb.assign(size_t{1600} * 900 * 3, 235);
    picture.boxes = {{100, 100, 400, 200}, {900, 500, 300, 300}};
    const RenderedNotice text = render_notice(facts, store);
    const std::string path = write(facts, text, "image-picture-" + language + ".pdf");
    check_valid(path);
    const Output images = run(std::string(SK_PDFIMAGES) + " -list " + quote(path));
    INFO(images.text);
    REQUIRE(images.status == 0);
    // One image XObject, the picture, on the appendix's page, at most 1400 pixels wide.
    CHECK(std::regex_search(images.text, std::regex(R"(\n\s*\d+\s+\d+\s+image\s+1400\s+787\s+rgb)")));
    // No previous version given: no before/after crops, the picture alone.
    const auto count_images = [](const std::string& list) {
      static const std::regex image(R"(\bimage\s+\d+\s+\d+\s+rgb)");
      return std::distance(std::sregex_iterator(list.begin(), list.end(), image), std::sregex_iterator());
    };
    CHECK(count_images(images.text) == 1);
    CHECK(flat_text(path, language).find(normalise(labels_for(language).picture_caption, language == "ko")) !=
          std::string::npos);
    // Each changed area outlined twice (white under red): two rectangles per box in the page's drawing.
    const Output qdf = run(std::string(SK_QPDF) + " --qdf --object-streams=disable " + quote(path) + " -");
    REQUIRE(qdf.status == 0);
    const std::regex rectangle(R"(\bre\b)");
    const auto rectangles = std::distance(std::sregex_iterator(qdf.text.begin(), qdf.text.end(), rectangle),
                                          std::sregex_iterator());
    CHECK(rectangles >= static_cast<long>(2 * picture.boxes.size()));

    // With the previous version: each of the two areas before and after, side by side under its caption.
    picture.old_width = 1600;
    picture.old_height = 900;
    picture.old_rgb.assign(size_t{1600} * 900 * 3, 200);
    picture.old_boxes = picture.boxes;
    const std::string with_crops = write(facts, text, "image-crops-" + language + ".pdf");
    check_valid(with_crops);
    CHECK(count_images(run(std::string(SK_PDFIMAGES) + " -list " + quote(with_crops)).text) == 5);
    CHECK(flat_text(with_crops, language)
              .find(normalise(fill(labels_for(language).crop_caption, "n", "2"), language == "ko")) !=
          std::string::npos);
    // Many areas: the outlined picture alone (crops would be crumbs).
    picture.boxes.assign(5, {10, 10, 20, 20});
    picture.old_boxes = picture.boxes;
    const std::string many = write(facts, text, "image-many-" + language + ".pdf");
    CHECK(count_images(run(std::string(SK_PDFIMAGES) + " -list " + quote(many)).text) == 1);

    // A text notice has no picture; nor an image notice without one (nothing re-measured).
    facts.picture = {};
    const std::string none = write(facts, text, "image-no-picture-" + language + ".pdf");
    CHECK_FALSE(std::regex_search(run(std::string(SK_PDFIMAGES) + " -list " + quote(none)).text,
                                  std::regex(R"(\bimage\b\s+\d)")));
  }
}

}  // namespace
}  // namespace sk::notice

#include "notice/bidi.h"

namespace sk::notice {
namespace {

TEST_CASE("right-to-left names are drawn in reading order, Arabic letters joined", "[notice][pdf]") {
  CHECK(visual_line("Dear Sarah,") == "Dear Sarah,");
  CHECK(visual_line("To: שרה כהן") == "To: ןהכ הרש");                    // drawn right to left
  CHECK(visual_line("Project: קטלוג (חדש)") == "Project: (שדח) גולטק");  // brackets mirrored
  CHECK(has_right_to_left("مكتبة"));
  const std::string arabic = visual_line("مكتبة");
  CHECK(arabic != "مكتبة");
  CHECK(arabic.find("\xEF\xBB") != std::string::npos);  // presentation forms (U+FExx)

  const TemplateStore store = TemplateStore::source_tree();
  NoticeFacts facts = testing::sample_facts("en", NoticeKind::kOverScope);
  facts.client = "שרה כהן";
  facts.contact.clear();
  const std::string path = write(facts, render_notice(facts, store), "hebrew-client.pdf");
  check_valid(path);
  // pdftotext reads the visual order back into logical order: the name comes out as it was typed.
  CHECK(flat_text(path, "en").find("שרה כהן") != std::string::npos);
}

TEST_CASE("a character no font has is left out and named in a note, never printed as a box",
          "[notice][pdf]") {
  const TemplateStore store = TemplateStore::source_tree();
  for (const std::string& language : shipped_languages()) {
    CAPTURE(language);
    NoticeFacts facts = testing::sample_facts(language, NoticeKind::kOverScope);
    facts.project = "Spring \xF0\x9F\x8C\xB8 catalogue";  // U+1F338, beyond what the PDF fonts can take
    const std::string path = write(facts, render_notice(facts, store), "emoji-" + language + ".pdf");
    check_valid(path);
    const std::string text = run(std::string(SK_PDFTOTEXT) + " -enc UTF-8 " + quote(path) + " -").text;
    CHECK(text.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD
    CHECK(text.find("catalogue") != std::string::npos);
    CHECK(normalise(text, language == "ko")
              .find(normalise(fill(labels_for(language).missing_characters, "list", "U+1F338"),
                              language == "ko")) != std::string::npos);
  }
}

}  // namespace
}  // namespace sk::notice
