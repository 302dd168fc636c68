// Segmenting runs of whole lines with the ASCII fast path or ICU; see segmenter.h.
#include "text/segmenter.h"

#include <cstdint>
#include <cstring>

#include "text/ascii_words.h"

namespace sk::text {

// Eight bytes at a time: no high bit, no '_'.
bool fast_path_line(std::string_view line) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kUnderscores = kOnes * static_cast<unsigned char>('_');
  const char* p = line.data();
  size_t i = 0;
  for (; i + 8 <= line.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, p + i, 8);
    const uint64_t x = v ^ kUnderscores;  // a zero byte where v has '_'
    if (((v | ((x - kOnes) & ~x)) & kHigh) != 0) break;
  }
  for (; i < line.size(); ++i) {
    if (!ascii_fast_path_byte(static_cast<unsigned char>(p[i]))) return false;
  }
  return true;
}

Segmenter::Segmenter() = default;
Segmenter::~Segmenter() = default;

// Consecutive lines of the same kind form one run, segmented in one call: plain-ASCII runs by the fast path
// and the rest by ICU.
void Segmenter::words(std::string_view text, size_t begin, size_t end, std::vector<Word>& out) {
  if (begin >= end) return;
  const std::string_view range = text.substr(begin, end - begin);
  if (fast_path_line(range)) {
    ascii_words(range, static_cast<uint32_t>(begin), out);
    return;
  }
  size_t run_start = begin;
  bool run_fast = true;
  auto flush = [&](size_t run_end) {
    const std::string_view run = text.substr(run_start, run_end - run_start);
    if (run_fast) {
      ascii_words(run, static_cast<uint32_t>(run_start), out);
    } else {
      if (!icu_) icu_ = std::make_unique<IcuWordBreaker>();
      icu_->words(run, static_cast<uint32_t>(run_start), out);
    }
    run_start = run_end;
  };
  size_t line_start = begin;
  while (line_start < end) {
    size_t line_end = text.find('\n', line_start);
    line_end = line_end == std::string_view::npos || line_end >= end ? end : line_end + 1;
    const bool fast = fast_path_line(text.substr(line_start, line_end - line_start));
    if (fast != run_fast && line_start > run_start) flush(line_start);
    run_fast = fast;
    line_start = line_end;
  }
  if (run_start < end) flush(end);
}

}  // namespace sk::text
