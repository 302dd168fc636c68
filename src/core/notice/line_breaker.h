// Word wrapping with ICU line breaking (UAX #14): Latin between words, Korean between 어절 (at spaces, like
// CSS word-break: keep-all), never between the syllables of a word unless it is wider than a line.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sk::notice {

// Measures the width of a piece of UTF-8 text (in points, or any unit used consistently).
using WidthFn = std::function<double(std::string_view)>;

// One ICU line break iterator for a language. Not thread-safe: one per thread.
class LineBreaker {
 public:
  explicit LineBreaker(const std::string& language);
  ~LineBreaker();
  LineBreaker(const LineBreaker&) = delete;
  LineBreaker& operator=(const LineBreaker&) = delete;

  // Splits one paragraph (valid UTF-8, no line breaks) into lines no wider than `max_width`, breaking only
  // where ICU allows; a piece wider than a line on its own is cut between code points. Spaces at line ends
  // are dropped.
  std::vector<std::string> wrap(std::string_view text, double max_width, const WidthFn& width);

  // The same lines as byte ranges of `text`, end exclusive (trailing spaces left out), for drawing a line
  // whose parts have different styles.
  struct Range {
    size_t begin = 0, end = 0;
  };
  std::vector<Range> wrap_ranges(std::string_view text, double max_width, const WidthFn& width);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sk::notice
