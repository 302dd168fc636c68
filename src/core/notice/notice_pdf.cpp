// Laying out a notice with libharu; see notice_pdf.h.
#include "notice/notice_pdf.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/languages.h"
#include "common/read_file.h"
#include "notice/bidi.h"
#include "notice/font_locator.h"
#include "notice/labels.h"
#include "notice/line_breaker.h"
#include "notice/locale_format.h"
#include "notice/sanitize.h"

namespace sk::notice {

namespace {

struct Rgb {
  double r, g, b;
};
constexpr Rgb kInk{0.13, 0.13, 0.13};
constexpr Rgb kGray{0.42, 0.42, 0.42};
constexpr Rgb kAccent{0.12, 0.25, 0.45};
constexpr Rgb kRed{0.72, 0.11, 0.11};
constexpr Rgb kGreen{0.09, 0.47, 0.20};
constexpr Rgb kBlue{0.15, 0.35, 0.70};

enum class Decoration { kNone, kStrike, kUnderline };

// The fonts of one document in order of preference, located and embedded only when a character needs them.
class FontSet {
 public:
  FontSet(PdfDocument& document, const std::string& language) : document_(document) {
    // The language's own font first (common/languages.h), then the others for characters it lacks.
    const Language* own = find_language(language.substr(0, language.find_first_of("-_")));
    if (own == nullptr) own = &languages().front();
    slots_.push_back(
        Slot{std::string(own->font_family), std::string(own->font_package), std::nullopt, nullptr});
    for (const Language& other : languages()) {
      const bool known = std::any_of(slots_.begin(), slots_.end(),
                                     [&](const Slot& s) { return s.family == other.font_family; });
      if (!known) {
        slots_.push_back(
            Slot{std::string(other.font_family), std::string(other.font_package), std::nullopt, nullptr});
      }
    }
    embed(0);  // the language's own font is always needed: fail early when it is missing
  }

  struct Run {
    HPDF_Font font;
    std::string text;
  };

  // Splits `text` into runs of one font each. A character the notice fonts lack is looked for in the other
  // fonts installed (fontconfig); one no font has is left out and remembered (dropped()).
  std::vector<Run> runs(std::string_view text) {
    std::vector<Run> out;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    int current = -1;
    for (int32_t i = 0; i < length;) {
      const int32_t from = i;
      UChar32 c = 0;
      U8_NEXT(bytes, i, length, c);
      std::string_view piece = text.substr(static_cast<size_t>(from), static_cast<size_t>(i - from));
      // libharu's UTF-8 fonts take the Basic Multilingual Plane only; emoji beyond it are left out.
      const bool drawable = c >= 0 && c <= 0xFFFF;
      int slot = drawable ? pick(static_cast<char32_t>(c), current) : -1;
      if (slot < 0 && drawable) slot = fallback(static_cast<char32_t>(c));
      if (slot < 0) {  // no installed font has it (an emoji, say): left out, and listed in the PDF's note
        if (c >= 0) dropped_.insert(static_cast<char32_t>(c));
        continue;
      }
      HPDF_Font font = embed(slot);
      if (out.empty() || slot != current) out.push_back(Run{font, {}});
      out.back().text.append(piece);
      current = slot;
    }
    return out;
  }

  // The characters left out so far, for the note at the end of the PDF.
  const std::set<char32_t>& dropped() const { return dropped_; }

  double width(std::string_view text, double size) {
    double total = 0;
    for (const Run& run : runs(text)) {
      HPDF_TextWidth w = HPDF_Font_TextWidth(run.font, reinterpret_cast<const HPDF_BYTE*>(run.text.data()),
                                             static_cast<HPDF_UINT>(run.text.size()));
      total += w.width * size / 1000.0;
    }
    return total;
  }

 private:
  struct Slot {
    std::string family;
    std::string package;
    std::optional<FontFace> face;
    HPDF_Font font;
  };

  const FontFace& face(int slot) {
    Slot& s = slots_[static_cast<size_t>(slot)];
    if (!s.face) s.face = locate_font(s.family, s.package);
    return *s.face;
  }

  HPDF_Font embed(int slot) {
    Slot& s = slots_[static_cast<size_t>(slot)];
    if (s.font == nullptr) s.font = document_.load_font(face(slot).path());
    return s.font;
  }

  int pick(char32_t c, int current) {
    if (current >= 0 && face(current).covers(c)) return current;
    for (size_t k = 0; k < slots_.size(); ++k) {
      if (face(static_cast<int>(k)).covers(c)) return static_cast<int>(k);
    }
    return -1;
  }

  // A slot for a font found by fontconfig for `c`, or -1 (asked once per character).
  int fallback(char32_t c) {
    if (!asked_.insert(c).second) return -1;
    std::optional<FontFace> found = locate_font_for(c);
    if (!found) return -1;
    for (size_t k = 0; k < slots_.size(); ++k) {
      if (slots_[k].face && slots_[k].face->path() == found->path()) return -1;  // has it, but not `c`
    }
    slots_.push_back(Slot{found->family(), "", std::move(found), nullptr});
    return static_cast<int>(slots_.size() - 1);
  }

  PdfDocument& document_;
  std::vector<Slot> slots_;
  std::set<char32_t> asked_, dropped_;
};

class Layout {
 public:
  Layout(PdfDocument& document, FontSet& fonts, PaperSize paper, const std::string& language)
      : document_(document), fonts_(fonts), paper_(paper), breaker_(language) {
    new_page();
  }

  double left() const { return kMargin; }
  double content_width() const { return page_width_ - 2 * kMargin; }
  double y() const { return y_; }
  void skip(double points) { y_ -= points; }
  const std::vector<HPDF_Page>& pages() const { return pages_; }
  HPDF_Page page() const { return page_; }
  FontSet& fonts() { return fonts_; }

  void new_page() {
    page_ = document_.add_page(paper_);
    pages_.push_back(page_);
    page_width_ = HPDF_Page_GetWidth(page_);
    page_height_ = HPDF_Page_GetHeight(page_);
    y_ = page_height_ - kMargin;
  }

  // Starts a new page unless `height` points fit above the bottom margin. True when a page was added.
  bool ensure(double height) {
    if (y_ - height >= kBottom) return false;
    new_page();
    return true;
  }

  double width(std::string_view text, double size) { return fonts_.width(text, size); }

  // Draws one line with its baseline at `baseline`, returns its width.
  double draw(HPDF_Page page, double x, double baseline, std::string_view text, double size, Rgb color,
              Decoration decoration = Decoration::kNone) {
    HPDF_Page_BeginText(page);
    HPDF_Page_SetRGBFill(page, static_cast<HPDF_REAL>(color.r), static_cast<HPDF_REAL>(color.g),
                         static_cast<HPDF_REAL>(color.b));
    double at = x;
    // Hebrew or Arabic inside the line: drawn in the order it is read, Arabic letters joined.
    const std::string visual = visual_line(text);
    for (const FontSet::Run& run : fonts_.runs(visual)) {
      HPDF_Page_SetFontAndSize(page, run.font, static_cast<HPDF_REAL>(size));
      HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(at), static_cast<HPDF_REAL>(baseline), run.text.c_str());
      at += HPDF_Page_TextWidth(page, run.text.c_str());
    }
    HPDF_Page_EndText(page);
    const double end = at;
    // A strike or an underline covers the words, not the spaces after them.
    if (decoration != Decoration::kNone) {
      std::string_view visible = text;
      while (!visible.empty() && visible.back() == ' ') visible.remove_suffix(1);
      at = x + fonts_.width(visible, size);
    }
    if (decoration != Decoration::kNone && at > x) {
      const double line_y =
          decoration == Decoration::kStrike ? baseline + size * 0.30 : baseline - size * 0.16;
      rule(page, x, at, line_y, color, 0.7);
    }
    return end - x;
  }

  void rule(HPDF_Page page, double x1, double x2, double line_y, Rgb color, double width) {
    HPDF_Page_SetRGBStroke(page, static_cast<HPDF_REAL>(color.r), static_cast<HPDF_REAL>(color.g),
                           static_cast<HPDF_REAL>(color.b));
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(width));
    HPDF_Page_MoveTo(page, static_cast<HPDF_REAL>(x1), static_cast<HPDF_REAL>(line_y));
    HPDF_Page_LineTo(page, static_cast<HPDF_REAL>(x2), static_cast<HPDF_REAL>(line_y));
    HPDF_Page_Stroke(page);
  }

  struct Placed {
    HPDF_Page page = nullptr;
    double baseline = 0;
  };

  // `text` wrapped to `width` (line breaks inside are kept), one entry per line.
  std::vector<std::string> lines_of(std::string_view text, double width, double size) {
    std::vector<std::string> out;
    std::istringstream in{std::string(text)};
    for (std::string hard_line; std::getline(in, hard_line);) {
      const std::string clean = clean_line(hard_line, 0);
      auto measure = [&](std::string_view piece) { return fonts_.width(piece, size); };
      std::vector<std::string> lines = breaker_.wrap(clean, width, measure);
      if (lines.empty()) lines.emplace_back();
      out.insert(out.end(), lines.begin(), lines.end());
    }
    return out;
  }

  // The height paragraph() would take for `text`.
  double height(std::string_view text, double width, double size, double leading) {
    return static_cast<double>(lines_of(text, width, size).size()) * leading;
  }

  // The usable height of a page.
  double page_body_height() const { return page_height_ - kMargin - kBottom; }

  // Wraps and draws `text` (line breaks inside are kept) from the current position, moving down. Returns
  // where the first line went. `keep_after`: the height of what must follow on the same page as this
  // paragraph's last two lines (a closing and a signature): those lines go to a new page with it rather
  // than leave it alone there.
  Placed paragraph(std::string_view text, double x, double width, double size, double leading, Rgb color,
                   Decoration decoration = Decoration::kNone, double keep_after = 0) {
    Placed first;
    const std::vector<std::string> lines = lines_of(text, width, size);
    const size_t kept = std::min<size_t>(2, lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
      if (keep_after > 0 && i + kept == lines.size() &&
          static_cast<double>(kept) * leading + keep_after <= page_body_height()) {
        ensure(static_cast<double>(kept) * leading + keep_after);
      }
      ensure(leading);
      y_ -= leading;
      const double baseline = y_ + (leading - size) * 0.5;
      if (first.page == nullptr) first = Placed{page_, baseline};
      draw(page_, x, baseline, lines[i], size, color, decoration);
    }
    return first;
  }

  // One styled run of a rich paragraph.
  struct Run {
    std::string text;
    Rgb color;
    Decoration decoration = Decoration::kNone;
  };

  // Wraps `runs` as one paragraph (each run keeps its colour and decoration across line ends) and returns
  // the lines, each a list of runs.
  std::vector<std::vector<Run>> rich_lines(const std::vector<Run>& runs, double width, double size) {
    std::string all;
    std::vector<size_t> starts;
    for (const Run& run : runs) {
      starts.push_back(all.size());
      all += run.text;  // cleaned by the caller, outer spaces kept: the runs join into one text
    }
    starts.push_back(all.size());
    auto measure = [&](std::string_view piece) { return fonts_.width(piece, size); };
    std::vector<std::vector<Run>> lines;
    for (const LineBreaker::Range& range : breaker_.wrap_ranges(all, width, measure)) {
      std::vector<Run> line;
      for (size_t r = 0; r < runs.size(); ++r) {
        const size_t from = std::max(range.begin, starts[r]), to = std::min(range.end, starts[r + 1]);
        if (from < to) line.push_back({all.substr(from, to - from), runs[r].color, runs[r].decoration});
      }
      lines.push_back(std::move(line));
    }
    return lines;
  }

  double rich_height(const std::vector<Run>& runs, double width, double size, double leading) {
    return static_cast<double>(rich_lines(runs, width, size).size()) * leading;
  }

  // Draws `runs` as one wrapped paragraph from the current position, moving down.
  void rich_paragraph(const std::vector<Run>& runs, double x, double width, double size, double leading) {
    for (const std::vector<Run>& line : rich_lines(runs, width, size)) {
      ensure(leading);
      y_ -= leading;
      const double baseline = y_ + (leading - size) * 0.5;
      double at = x;
      for (const Run& run : line) at += draw(page_, at, baseline, run.text, size, run.color, run.decoration);
    }
  }

  // `text` cut with "…" to fit `width`.
  std::string fit(const std::string& text, double width, double size) {
    if (fonts_.width(text, size) <= width) return text;
    std::string out = text;
    while (!out.empty()) {
      size_t cut = out.size() - 1;
      while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
      out.resize(cut);
      if (fonts_.width(out + "…", size) <= width) return out + "…";
    }
    return "…";
  }

  static constexpr double kMargin = 56;
  static constexpr double kBottom = 60;

 private:
  PdfDocument& document_;
  FontSet& fonts_;
  PaperSize paper_;
  LineBreaker breaker_;
  std::vector<HPDF_Page> pages_;
  HPDF_Page page_ = nullptr;
  double page_width_ = 0, page_height_ = 0, y_ = 0;
};

constexpr double kBodySize = 10.5;
constexpr double kBodyLeading = 15;

// The freelancer's logo at the top right of the first page, at most 140 × 48 points, in its own proportions.
// Returns its drawn width and height. Throws Error(kInvalidInput, path) when the file is not a PNG or JPEG
// libharu can read.
std::pair<double, double> logo(PdfDocument& document, Layout& layout, const std::string& path) {
  const std::string bytes = read_file(path, size_t{8} << 20);
  const auto* data = reinterpret_cast<const HPDF_BYTE*>(bytes.data());
  const auto size = static_cast<HPDF_UINT>(bytes.size());
  const bool png = bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0;
  const bool jpeg = bytes.rfind("\xFF\xD8\xFF", 0) == 0;
  HPDF_Image image = nullptr;
  if (png) image = HPDF_LoadPngImageFromMem(document.handle(), data, size);
  if (jpeg) image = HPDF_LoadJpegImageFromMem(document.handle(), data, size);
  if (image == nullptr) {
    HPDF_ResetError(document.handle());
    throw Error(ErrorKind::kInvalidInput, path,
                "the letterhead logo cannot be read; choose a PNG or JPEG file");
  }
  const double width = HPDF_Image_GetWidth(image), height = HPDF_Image_GetHeight(image);
  if (width <= 0 || height <= 0) return {0, 0};
  const double scale = std::min({140.0 / width, 48.0 / height, 1.0});
  const double w = width * scale, h = height * scale;
  const double right = layout.left() + layout.content_width();
  HPDF_Page_DrawImage(layout.page(), image, static_cast<HPDF_REAL>(right - w),
                      static_cast<HPDF_REAL>(layout.y() - h), static_cast<HPDF_REAL>(w),
                      static_cast<HPDF_REAL>(h));
  return {w, h};
}

// `logo` is the size of the logo drawn at the top right (0 × 0 for none): the lines beside it keep clear.
void letterhead(Layout& layout, const NoticeFacts& facts, const Labels& labels, const LocaleFormat& format,
                std::pair<double, double> logo) {
  const double x = layout.left();
  const double width = layout.content_width();
  const double top = layout.y();
  const double beside = logo.first > 0 ? width - logo.first - 12 : width;
  layout.paragraph(clean_line(facts.freelancer.name), x, beside, 16, 20, kAccent);
  if (!clean_line(facts.freelancer.business).empty()) {
    layout.paragraph(clean_line(facts.freelancer.business), x, beside, 10, 14, kGray);
  }
  std::string contact = clean_line(facts.freelancer.email);
  const std::string phone = clean_line(facts.freelancer.phone);
  if (!phone.empty()) contact += (contact.empty() ? "" : "  ·  ") + phone;
  if (!contact.empty()) layout.paragraph(contact, x, beside, 9, 13, kGray);
  if (layout.y() > top - logo.second) layout.skip(layout.y() - (top - logo.second));
  layout.skip(6);
  layout.rule(layout.page(), x, x + width, layout.y(), kAccent, 0.8);
  layout.skip(8);

  const std::string date = clean_line(format.date(facts.date.empty() ? today_iso() : facts.date));
  layout.paragraph(labels.date + ": " + date, x, width, 9.5, 14, kInk);
  layout.paragraph(labels.to + ": " + clean_line(facts.client), x, width, 9.5, 14, kInk);
  layout.paragraph(labels.project + ": " + clean_line(facts.project), x, width, 9.5, 14, kInk);
  layout.skip(12);
}

void body(Layout& layout, const RenderedNotice& text) {
  const double x = layout.left();
  const double width = layout.content_width();
  layout.paragraph(text.subject, x, width, 12.5, 17, kAccent);
  layout.skip(8);
  // The closing and the signature (the last block) stay together, and with the last lines of the block
  // before them: never "Kind regards," at the foot of a page and the name on the next.
  const size_t count = text.blocks.size();
  const double closing =
      count > 0 ? layout.height(text.blocks.back().text, width, kBodySize, kBodyLeading) : 0;
  // When the block before the closing is a single line, the block before it gives a line too, so that at
  // least two lines of the letter go with the closing.
  const double before_closing =
      count > 1 ? layout.height(text.blocks[count - 2].text, width, kBodySize, kBodyLeading) : 0;
  const bool one_line_before = count > 2 && before_closing <= kBodyLeading;
  for (size_t i = 0; i < count; ++i) {
    const NoticeBlock& block = text.blocks[i];
    double keep_after = 0;  // the gaps after the blocks, then what follows
    if (i + 2 == count) keep_after = 7 + closing;
    if (i + 3 == count && one_line_before) keep_after = 7 + before_closing + 7 + closing;
    if (i + 1 == count) layout.ensure(closing);
    if (block.type == NoticeBlock::Type::kItem) {
      const double indent = 14;
      Layout::Placed first = layout.paragraph(block.text, x + indent, width - indent, kBodySize, kBodyLeading,
                                              kInk, Decoration::kNone, keep_after);
      if (first.page != nullptr) layout.draw(first.page, x + 3, first.baseline, "•", kBodySize, kAccent);
      const bool next_is_item = i + 1 < count && text.blocks[i + 1].type == NoticeBlock::Type::kItem;
      layout.skip(next_is_item ? 3 : 7);
    } else {
      layout.paragraph(block.text, x, width, kBodySize, kBodyLeading, kInk, Decoration::kNone, keep_after);
      layout.skip(7);
    }
  }
}

void history_table(Layout& layout, const NoticeFacts& facts, const Labels& labels,
                   const LocaleFormat& format) {
  const double x = layout.left();
  const double width = layout.content_width();
  const double fractions[5] = {0.11, 0.27, 0.15, 0.17, 0.30};
  const std::string header[5] = {labels.col_round, labels.col_date, labels.col_share, labels.col_limit,
                                 labels.col_status};
  const double size = 9, line = 11;
  // A header is wrapped in its column, never cut; its row is as tall as its tallest cell.
  std::vector<std::string> header_lines[5];
  size_t header_height = 1;
  for (int c = 0; c < 5; ++c) {
    header_lines[c] = layout.lines_of(header[c], width * fractions[c] - 8, size);
    header_height = std::max(header_height, header_lines[c].size());
  }
  auto draw_row = [&](const std::string(&cells)[5], bool is_header, bool highlight) {
    const double row = is_header ? 6 + line * static_cast<double>(header_height) : 17;
    layout.ensure(row);
    HPDF_Page page = layout.page();
    const double top = layout.y();
    if (is_header) {
      HPDF_Page_SetRGBFill(page, 0.92f, 0.93f, 0.95f);
      HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(top - row),
                          static_cast<HPDF_REAL>(width), static_cast<HPDF_REAL>(row));
      HPDF_Page_Fill(page);
    }
    double at = x;
    for (int c = 0; c < 5; ++c) {
      const double cell = width * fractions[c];
      if (is_header) {
        double baseline = top - 3 - size;
        for (const std::string& text : header_lines[c]) {
          layout.draw(page, at + 4, baseline, text, size, kAccent);
          baseline -= line;
        }
      } else {
        const std::string shown = layout.fit(cells[c], cell - 8, size);
        layout.draw(page, at + 4, top - row + 5, shown, size, highlight && c >= 2 ? kRed : kInk);
      }
      at += cell;
    }
    layout.rule(page, x, x + width, top - row, kGray, 0.3);
    layout.skip(row);
  };
  draw_row(header, true, false);
  for (const HistoryRow& history : facts.history) {
    const std::string cells[5] = {format.integer(history.round), clean_line(format.date(history.date), 40),
                                  format.percent(history.share), format.percent(history.limit),
                                  status_label(labels, history.status)};
    if (layout.y() - 17 < Layout::kBottom) {
      layout.new_page();
      draw_row(header, true, false);
    }
    draw_row(cells, false, history.status == RoundStatus::kOverLimit);
  }
}

// A passage's redline as styled runs: kept words plain, removed struck through in red, added underlined in
// green, moved in blue.
std::vector<Layout::Run> redline_runs(const Passage& passage) {
  std::vector<Layout::Run> runs;
  for (const Segment& segment : passage.redline) {
    // Cleaned like any passage, keeping one space at either end where there was one.
    std::string text = clean_passage(segment.text, 600);
    if (text.empty()) continue;
    if (std::isspace(static_cast<unsigned char>(segment.text.front()))) text.insert(0, " ");
    if (std::isspace(static_cast<unsigned char>(segment.text.back()))) text += " ";
    switch (segment.kind) {
      case Segment::Kind::kKept:
        runs.push_back({text, kInk, Decoration::kNone});
        break;
      case Segment::Kind::kDeleted:
        runs.push_back({text, kRed, Decoration::kStrike});
        break;
      case Segment::Kind::kInserted:
        runs.push_back({text, kGreen, Decoration::kUnderline});
        break;
      case Segment::Kind::kMoved:
        runs.push_back({text, kBlue, Decoration::kNone});
        break;
    }
  }
  return runs;
}

// The height of the start of the evidence: its note and its largest passage (kept with the heading).
double evidence_lead_height(Layout& layout, const NoticeFacts& facts, const Labels& labels) {
  const double width = layout.content_width();
  double lead = layout.height(labels.evidence_note, width, 8.5, 12) + 4;
  const auto largest =
      std::max_element(facts.passages.begin(), facts.passages.end(),
                       [](const Passage& a, const Passage& b) { return a.weight < b.weight; });
  if (largest != facts.passages.end() && !largest->redline.empty()) {
    lead += 11 + layout.rich_height(redline_runs(*largest), width - 10, 9.5, 13.5);
  }
  return std::min(lead, layout.page_body_height() / 2);
}

// The changed passages: each as a redline in its sentence (kept words plain, removed struck through in red,
// added underlined in green, moved in blue), the largest first; beyond options.max_passages, one line says
// how many smaller ones there are. A passage without a redline shows its removed and added wording.
void evidence(Layout& layout, const NoticeFacts& facts, const Labels& labels, const PdfOptions& options) {
  const double x = layout.left();
  const double width = layout.content_width();
  const double size = 9.5, leading = 13.5;
  layout.paragraph(labels.evidence_note, x, width, 8.5, 12, kGray);
  layout.skip(4);
  std::vector<const Passage*> order;
  for (const Passage& passage : facts.passages) order.push_back(&passage);
  std::stable_sort(order.begin(), order.end(),
                   [](const Passage* a, const Passage* b) { return a->weight > b->weight; });
  const size_t shown = std::min(order.size(), options.max_passages);

  auto part = [&](const std::string& label, const std::string& text, Rgb color, Decoration decoration) {
    if (text.empty()) return;
    layout.ensure(12 + leading);
    layout.paragraph(label, x, width, 8, 11, kGray);
    layout.paragraph(clean_passage(text), x + 10, width - 10, size, leading, color, decoration);
    layout.skip(3);  // room between a struck-through line and the next label
  };
  auto part_height = [&](const std::string& text) {
    return text.empty() ? 0.0 : 11 + layout.height(clean_passage(text), width - 10, size, leading) + 3;
  };
  for (size_t i = 0; i < shown; ++i) {
    const Passage& passage = *order[i];
    if (!passage.redline.empty()) {
      const std::vector<Layout::Run> runs = redline_runs(passage);
      const std::string& label = passage.kind == PassageKind::kMove ? labels.moved : labels.changed;
      const double height = 11 + layout.rich_height(runs, width - 10, size, leading);
      if (height <= layout.page_body_height()) layout.ensure(height);
      layout.paragraph(fill(label, "n", std::to_string(i + 1)), x, width, 8, 11, kGray);
      layout.rich_paragraph(runs, x + 10, width - 10, size, leading);
      layout.skip(8);
      continue;
    }
    // A passage's removed and added parts stay on one page when they fit on one.
    const double together = part_height(passage.kind == PassageKind::kInsert ? "" : passage.old_text) +
                            part_height(passage.kind == PassageKind::kDelete ? "" : passage.new_text);
    if (together <= layout.page_body_height()) layout.ensure(together);
    switch (passage.kind) {
      case PassageKind::kDelete:
        part(labels.removed, passage.old_text, kRed, Decoration::kStrike);
        break;
      case PassageKind::kInsert:
        part(labels.added, passage.new_text, kGreen, Decoration::kUnderline);
        break;
      case PassageKind::kReplace:
        part(labels.removed, passage.old_text, kRed, Decoration::kStrike);
        part(labels.added, passage.new_text, kGreen, Decoration::kUnderline);
        break;
      case PassageKind::kMove:
        part(labels.moved, passage.new_text.empty() ? passage.old_text : passage.new_text, kBlue,
             Decoration::kNone);
        break;
    }
    layout.skip(6);
  }
  if (order.size() > shown) {
    const LocaleFormat format(letter_locale(facts));
    layout.paragraph(format.count(labels.more_passages, static_cast<long long>(order.size() - shown)), x,
                     width, 9, 13, kGray);
  }
}

// An image revision's evidence: how it was compared, then its figures as a two-column table (changed pixels,
// pixels compared, share, changed areas) and, when the sizes differed, how they were reconciled.
void image_figures(Layout& layout, const NoticeFacts& facts, const Labels& labels,
                   const LocaleFormat& format) {
  const double x = layout.left();
  const double width = layout.content_width();
  const RevisionFacts& revision = facts.revision;
  layout.paragraph(labels.image_note, x, width, 8.5, 12, kGray);
  layout.skip(4);
  const std::string regions = format.count(labels.regions_value, static_cast<long long>(revision.regions));
  const std::string rows[4][2] = {
      {labels.pixels_changed, format.integer(static_cast<long long>(revision.changed_pixels))},
      {labels.pixels_total, format.integer(static_cast<long long>(revision.total_pixels))},
      {labels.pixels_share, format.percent(revision.changed_share)},
      {labels.regions, revision.regions_capped ? fill(labels.at_least, "n", regions) : regions},
  };
  const double row = 17, size = 9.5, label_width = width * 0.45;
  for (const auto& cells : rows) {
    layout.ensure(row);
    HPDF_Page page = layout.page();
    const double top = layout.y();
    layout.draw(page, x + 4, top - row + 5, layout.fit(cells[0], label_width - 8, size), size, kGray);
    layout.draw(page, x + label_width + 4, top - row + 5, layout.fit(cells[1], width - label_width - 8, size),
                size, kInk);
    layout.rule(page, x, x + width, top - row, kGray, 0.3);
    layout.skip(row);
  }
  if (revision.sizing != ImageSizing::kSame) {
    layout.skip(6);
    layout.paragraph(revision.sizing == ImageSizing::kScaled ? labels.sizing_scaled : labels.sizing_canvas, x,
                     width, 8.5, 12, kGray);
  }
}

// `picture` scaled down (box filter) so that neither side exceeds `longest` pixels: plenty for print at the
// size it is shown, and a PDF that stays small.
EvidenceImage shrunk(const EvidenceImage& picture, uint32_t longest) {
  const uint32_t side = std::max(picture.width, picture.height);
  if (side <= longest) return picture;
  const double scale = static_cast<double>(longest) / side;
  EvidenceImage out;
  out.width = std::max<uint32_t>(1, static_cast<uint32_t>(picture.width * scale));
  out.height = std::max<uint32_t>(1, static_cast<uint32_t>(picture.height * scale));
  out.rgb.resize(size_t{out.width} * out.height * 3);
  for (uint32_t y = 0; y < out.height; ++y) {
    const uint32_t y0 = static_cast<uint32_t>(y / scale);
    const uint32_t y1 = std::min(picture.height, std::max(y0 + 1, static_cast<uint32_t>((y + 1) / scale)));
    for (uint32_t x = 0; x < out.width; ++x) {
      const uint32_t x0 = static_cast<uint32_t>(x / scale);
      const uint32_t x1 = std::min(picture.width, std::max(x0 + 1, static_cast<uint32_t>((x + 1) / scale)));
      uint64_t sum[3] = {0, 0, 0};
      for (uint32_t yy = y0; yy < y1; ++yy) {
        const uint8_t* row = &picture.rgb[(size_t{yy} * picture.width + x0) * 3];
        for (uint32_t xx = x0; xx < x1; ++xx, row += 3) {
          sum[0] += row[0], sum[1] += row[1], sum[2] += row[2];
        }
      }
      const uint64_t n = uint64_t{y1 - y0} * (x1 - x0);
      uint8_t* pixel = &out.rgb[(size_t{y} * out.width + x) * 3];
      for (int c = 0; c < 3; ++c) pixel[c] = static_cast<uint8_t>(sum[c] / n);
    }
  }
  return out;
}

// The new version of an image revision, as large as fits the page width and at most `max_height` points
// tall, with its changed areas outlined in red and a caption.
void picture(PdfDocument& document, Layout& layout, const EvidenceImage& evidence,
             const std::string& caption) {
  if (evidence.width == 0 || evidence.height == 0 ||
      evidence.rgb.size() != size_t{evidence.width} * evidence.height * 3) {
    return;
  }
  const EvidenceImage small = shrunk(evidence, 1400);
  HPDF_Image image = HPDF_LoadRawImageFromMem(document.handle(), small.rgb.data(), small.width, small.height,
                                              HPDF_CS_DEVICE_RGB, 8);
  document.check("embedding the picture");
  const double max_height = 380;
  const double scale = std::min(layout.content_width() / evidence.width, max_height / evidence.height);
  const double w = evidence.width * scale, h = evidence.height * scale;
  layout.skip(8);
  layout.ensure(h + 24);
  layout.paragraph(caption, layout.left(), layout.content_width(), 8.5, 12, kGray);
  layout.skip(4);
  HPDF_Page page = layout.page();
  const double left = layout.left(), bottom = layout.y() - h;
  HPDF_Page_DrawImage(page, image, static_cast<HPDF_REAL>(left), static_cast<HPDF_REAL>(bottom),
                      static_cast<HPDF_REAL>(w), static_cast<HPDF_REAL>(h));
  // Each outline twice, white under red, so it shows on any colour; a little margin around each area, so
  // the outline does not hide its edge.
  for (const auto& [color, line] : {std::pair<Rgb, double>{Rgb{1, 1, 1}, 3.2}, {kRed, 1.6}}) {
    HPDF_Page_SetRGBStroke(page, static_cast<HPDF_REAL>(color.r), static_cast<HPDF_REAL>(color.g),
                           static_cast<HPDF_REAL>(color.b));
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(line));
    for (const EvidenceImage::Box& box : evidence.boxes) {
      const double x = left + box.x * scale - 2, top = layout.y() - box.y * scale + 2;
      const double bw = box.width * scale + 4, bh = box.height * scale + 4;
      HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(top - bh),
                          static_cast<HPDF_REAL>(bw), static_cast<HPDF_REAL>(bh));
      HPDF_Page_Stroke(page);
    }
  }
  layout.skip(h);
}

// The part of an image around `box` (with a margin of a quarter of its size, at least 8 pixels), as its own
// picture; empty when the box is empty or outside the image.
EvidenceImage crop(uint32_t width, uint32_t height, const std::vector<uint8_t>& rgb,
                   const EvidenceImage::Box& box) {
  EvidenceImage out;
  if (box.width <= 0 || box.height <= 0 || rgb.size() != size_t{width} * height * 3) return out;
  const double margin_x = std::max(8.0, box.width / 4), margin_y = std::max(8.0, box.height / 4);
  const auto clamp = [](double v, uint32_t hi) {
    return static_cast<uint32_t>(std::clamp(v, 0.0, double(hi)));
  };
  const uint32_t x0 = clamp(box.x - margin_x, width), x1 = clamp(box.x + box.width + margin_x, width);
  const uint32_t y0 = clamp(box.y - margin_y, height), y1 = clamp(box.y + box.height + margin_y, height);
  if (x1 <= x0 || y1 <= y0) return out;
  out.width = x1 - x0;
  out.height = y1 - y0;
  out.rgb.reserve(size_t{out.width} * out.height * 3);
  for (uint32_t y = y0; y < y1; ++y) {
    const auto row = rgb.begin() + static_cast<std::ptrdiff_t>((size_t{y} * width + x0) * 3);
    out.rgb.insert(out.rgb.end(), row, row + static_cast<std::ptrdiff_t>(size_t{out.width} * 3));
  }
  return out;
}

// When there are few changed areas (at most 3), each one before and after, side by side under a caption.
void crops(PdfDocument& document, Layout& layout, const EvidenceImage& evidence, const std::string& caption) {
  if (evidence.boxes.empty() || evidence.boxes.size() > 3 ||
      evidence.old_boxes.size() != evidence.boxes.size()) {
    return;
  }
  const double gap = 12, cell_width = (layout.content_width() - gap) / 2, cell_height = 150;
  for (size_t i = 0; i < evidence.boxes.size(); ++i) {
    const EvidenceImage pictures[2] = {
        crop(evidence.old_width, evidence.old_height, evidence.old_rgb, evidence.old_boxes[i]),
        crop(evidence.width, evidence.height, evidence.rgb, evidence.boxes[i])};
    double scale[2] = {0, 0}, tallest = 0;
    for (int k = 0; k < 2; ++k) {
      if (pictures[k].width == 0) continue;
      scale[k] = std::min({cell_width / pictures[k].width, cell_height / pictures[k].height, 3.0});
      tallest = std::max(tallest, pictures[k].height * scale[k]);
    }
    if (tallest <= 0) continue;
    layout.skip(10);
    layout.ensure(tallest + 16);
    layout.paragraph(fill(caption, "n", std::to_string(i + 1)), layout.left(), layout.content_width(), 8.5,
                     12, kGray);
    layout.skip(3);
    for (int k = 0; k < 2; ++k) {
      if (pictures[k].width == 0) continue;
      const EvidenceImage small = shrunk(pictures[k], 700);
      HPDF_Image image = HPDF_LoadRawImageFromMem(document.handle(), small.rgb.data(), small.width,
                                                  small.height, HPDF_CS_DEVICE_RGB, 8);
      document.check("embedding a crop");
      const double w = pictures[k].width * scale[k], h = pictures[k].height * scale[k];
      const double left = layout.left() + k * (cell_width + gap);
      HPDF_Page_DrawImage(layout.page(), image, static_cast<HPDF_REAL>(left),
                          static_cast<HPDF_REAL>(layout.y() - h), static_cast<HPDF_REAL>(w),
                          static_cast<HPDF_REAL>(h));
      // A thin frame, so a white area still shows its edge.
      layout.rule(layout.page(), left, left + w, layout.y() - h, kGray, 0.4);
    }
    layout.skip(tallest);
  }
}

// The evidence's heading names the round the letter speaks of (one numbering for the client), or the
// version's date when the revision counts as no round.
std::string evidence_heading(const NoticeFacts& facts, const std::string& counted,
                             const std::string& uncounted, const LocaleFormat& format) {
  if (facts.revision.round > 0) return fill(counted, "n", format.integer(facts.revision.round));
  return fill(uncounted, "date", format.date(facts.revision.received));
}

void appendix(PdfDocument& document, Layout& layout, const NoticeFacts& facts, const Labels& labels,
              const LocaleFormat& format, const PdfOptions& options) {
  const bool image = facts.material == Material::kImage && facts.revision.total_pixels > 0;
  if (facts.history.empty() && facts.passages.empty() && !image) return;
  const double x = layout.left();
  const double width = layout.content_width();
  // A summary's body goes through the rounds already; its appendix would only repeat them.
  if (!facts.history.empty() && facts.kind != NoticeKind::kSummary) {
    layout.skip(10);
    layout.ensure(80);
    layout.paragraph(labels.appendix_history, x, width, 12, 17, kAccent);
    layout.skip(4);
    history_table(layout, facts, labels, format);
  }
  if (!facts.passages.empty()) {
    layout.skip(16);
    // The heading stays with the note and the first passage: never alone at the foot of a page.
    layout.ensure(19 + evidence_lead_height(layout, facts, labels));
    layout.paragraph(
        evidence_heading(facts, labels.appendix_evidence, labels.appendix_evidence_uncounted, format), x,
        width, 12, 17, kAccent);
    layout.skip(2);
    evidence(layout, facts, labels, options);
  }
  if (image) {
    layout.skip(16);
    layout.ensure(120);
    layout.paragraph(evidence_heading(facts, labels.appendix_image, labels.appendix_image_uncounted, format),
                     x, width, 12, 17, kAccent);
    layout.skip(2);
    image_figures(layout, facts, labels, format);
    picture(document, layout, facts.picture, labels.picture_caption);
    crops(document, layout, facts.picture, labels.crop_caption);
  }
}

void page_numbers(Layout& layout, const Labels& labels, const LocaleFormat& format) {
  const std::vector<HPDF_Page>& pages = layout.pages();
  if (pages.size() < 2) return;
  for (size_t i = 0; i < pages.size(); ++i) {
    std::string text = fill(fill(labels.page_of, "page", format.integer(static_cast<long long>(i + 1))),
                            "pages", format.integer(static_cast<long long>(pages.size())));
    const double size = 8.5;
    const double w = layout.width(text, size);
    const double page_width = HPDF_Page_GetWidth(pages[i]);
    layout.draw(pages[i], (page_width - w) / 2, 32, text, size, kGray);
  }
}

}  // namespace

std::string notice_pdf(const NoticeFacts& facts, const RenderedNotice& text, const PdfOptions& options) {
  PdfDocument document;
  FontSet fonts(document, facts.language);
  const Labels& labels = labels_for(facts.language);
  const LocaleFormat format(letter_locale(facts));

  Layout layout(document, fonts, options.paper, facts.language);
  std::pair<double, double> logo_size{0, 0};
  if (!facts.freelancer.logo_path.empty()) logo_size = logo(document, layout, facts.freelancer.logo_path);
  letterhead(layout, facts, labels, format, logo_size);
  body(layout, text);
  appendix(document, layout, facts, labels, format, options);
  if (!fonts.dropped().empty()) {  // said, not hidden: which characters no installed font could show
    std::string list;
    for (char32_t c : fonts.dropped()) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      list += (list.empty() ? "" : ", ") + std::string(code);
    }
    layout.skip(12);
    layout.paragraph(fill(labels.missing_characters, "list", list), layout.left(), layout.content_width(), 8,
                     11, kGray);
  }
  page_numbers(layout, labels, format);
  document.check("laying out the notice");

  document.set_info(clean_line(text.subject), clean_line(facts.freelancer.name),
                    clean_line(facts.project) + " — " + kind_label(labels, facts.kind),
                    facts.date.empty() ? today_iso() : facts.date);
  return document.save_to_string();
}

void write_notice_pdf(const NoticeFacts& facts, const RenderedNotice& text, const std::string& path,
                      const PdfOptions& options) {
  const std::string bytes = notice_pdf(facts, text, options);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw Error(ErrorKind::kIo, path, std::string("cannot write the PDF: ") + std::strerror(errno));
}

}  // namespace sk::notice
