// Word segmentation of whole lines of a prepared (valid, NFC) text: the ASCII fast path where every byte
// allows it, ICU elsewhere. Lines can be segmented apart because UAX #29 always breaks before and after a
// line feed (WB3a, WB3b): no word spans one, and the words of a line depend on that line alone. The measuring
// engine relies on this to reuse the words of lines two versions share (measure/shared_lines.h).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "text/document.h"
#include "text/icu_words.h"

namespace sk::text {

// True when every byte of `line` can take the ASCII fast path (see ascii_fast_path_byte).
bool fast_path_line(std::string_view line);

// Reusable over many ranges; creates its ICU iterator on the first line that needs it. Not thread-safe: one
// per thread.
class Segmenter {
 public:
  Segmenter();
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Appends the words of text[begin, end) to `out`, offsets counted from the start of `text`. The range must
  // hold whole lines: `begin` is 0 or follows a '\n', `end` is text.size() or follows a '\n'.
  void words(std::string_view text, size_t begin, size_t end, std::vector<Word>& out);

 private:
  std::unique_ptr<IcuWordBreaker> icu_;
};

}  // namespace sk::text
