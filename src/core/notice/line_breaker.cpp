// ICU line breaking and greedy wrapping; see line_breaker.h.
#include "notice/line_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "common/error.h"

namespace sk::notice {

namespace {

std::string_view trim_end(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

}  // namespace

struct LineBreaker::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  // Korean business text wraps at spaces (어절), like CSS word-break: keep-all: of the breaks ICU allows,
  // only those after a space are taken (not between syllables, nor before a particle after "33%" or ")");
  // one 어절 wider than a line is still cut.
  bool keep_all = false;
  UText* utext = nullptr;
  ~Impl() {
    if (utext != nullptr) utext_close(utext);
  }
};

LineBreaker::LineBreaker(const std::string& language) : impl_(std::make_unique<Impl>()) {
  impl_->keep_all = language.rfind("ko", 0) == 0;
  UErrorCode status = U_ZERO_ERROR;
  impl_->iterator.reset(icu::BreakIterator::createLineInstance(icu::Locale(language.c_str()), status));
  if (U_FAILURE(status) || !impl_->iterator) {
    throw Error(ErrorKind::kUnsupported, "ICU",
                std::string("cannot create a line break iterator: ") + u_errorName(status));
  }
}

LineBreaker::~LineBreaker() = default;

std::vector<LineBreaker::Range> LineBreaker::wrap_ranges(std::string_view text, double max_width,
                                                         const WidthFn& width) {
  std::vector<Range> lines;
  if (text.empty()) return lines;
  UErrorCode status = U_ZERO_ERROR;
  impl_->utext = utext_openUTF8(impl_->utext, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) impl_->iterator->setText(impl_->utext, status);
  if (U_FAILURE(status))
    throw Error(ErrorKind::kInvalidInput, "",
                std::string("ICU cannot read the text: ") + u_errorName(status));

  // The line being filled: text[line_begin, line_end), its width with trailing spaces.
  size_t line_begin = 0, line_end = 0;
  double line_width = 0;
  auto flush = [&] {
    const size_t end = line_begin + trim_end(text.substr(line_begin, line_end - line_begin)).size();
    if (end > line_begin) lines.push_back({line_begin, end});
    line_begin = line_end;
    line_width = 0;
  };
  auto append = [&](size_t from, size_t to, double w) {
    if (line_end == line_begin) line_begin = from;
    line_end = to;
    line_width += w;
  };

  // A piece wider than any line on its own is cut between code points.
  auto cut = [&](size_t piece_begin, size_t piece_end) {
    const auto* piece_bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t piece_length = static_cast<int32_t>(piece_end);
    for (int32_t i = static_cast<int32_t>(piece_begin); i < piece_length;) {
      int32_t from = i;
      U8_FWD_1(piece_bytes, i, piece_length);
      std::string_view one = text.substr(static_cast<size_t>(from), static_cast<size_t>(i - from));
      const double w = width(one);
      if (line_end > line_begin && line_width + w > max_width) flush();
      append(static_cast<size_t>(from), static_cast<size_t>(i), w);
    }
  };

  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  // Whether a break ICU allows at `at` falls inside a Korean 어절 (under keep-all): anywhere but after a
  // space.
  auto inside_word = [&](int32_t at) {
    if (!impl_->keep_all || at <= 0 || at >= length) return false;
    UChar32 before = 0;
    int32_t i = at;
    U8_PREV(bytes, 0, i, before);
    // Korean lines break after spaces only: "33%로", "넘습니다(부록" and "원고는" stay whole.
    return !u_isUWhiteSpace(before);
  };

  icu::BreakIterator& it = *impl_->iterator;
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    while (end != icu::BreakIterator::DONE && inside_word(end)) end = it.next();
    if (end == icu::BreakIterator::DONE) end = length;
    std::string_view piece = text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    const double visible = width(trim_end(piece));
    if (line_end > line_begin && line_width + visible > max_width) flush();
    if (line_end == line_begin && visible > max_width) {
      cut(static_cast<size_t>(start), static_cast<size_t>(end));
    } else {
      append(static_cast<size_t>(start), static_cast<size_t>(end), width(piece));
    }
  }
  flush();
  return lines;
}

std::vector<std::string> LineBreaker::wrap(std::string_view text, double max_width, const WidthFn& width) {
  std::vector<std::string> lines;
  for (const Range& range : wrap_ranges(text, max_width, width)) {
    lines.emplace_back(text.substr(range.begin, range.end - range.begin));
  }
  return lines;
}

}  // namespace sk::notice
