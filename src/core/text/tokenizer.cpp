// Tokenising: validate, normalise to NFC, then segment line runs with the ASCII fast path or ICU.
#include "text/tokenizer.h"

#include <unicode/normalizer2.h>

#include <cstdint>
#include <cstring>
#include <limits>

#include "common/error.h"
#include "text/ascii_words.h"
#include "text/icu_words.h"
#include "text/utf8.h"

namespace sk::text {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string to_nfc(std::string text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status)) return text;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, text, sink, nullptr, status);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::kInvalidInput, "",
                std::string("cannot normalise the text: ") + u_errorName(status));
  }
  return out;
}

// True when every byte can take the ASCII fast path; eight bytes at a time (no high bit, no '_').
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

// Segments `text` in runs of whole lines: a break always follows a line feed (UAX #29 WB3a), so each run
// can be segmented on its own, plain-ASCII runs by the fast path and the rest by ICU.
void segment(std::string_view text, std::vector<Word>& out) {
  if (fast_path_line(text)) {
    ascii_words(text, 0, out);
    return;
  }
  IcuWordBreaker icu;
  size_t run_start = 0;
  bool run_fast = true;
  auto flush = [&](size_t end) {
    const std::string_view run = text.substr(run_start, end - run_start);
    if (run_fast) {
      ascii_words(run, static_cast<uint32_t>(run_start), out);
    } else {
      icu.words(run, static_cast<uint32_t>(run_start), out);
    }
    run_start = end;
  };
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    line_end = line_end == std::string_view::npos ? text.size() : line_end + 1;
    const bool fast = fast_path_line(text.substr(line_start, line_end - line_start));
    if (fast != run_fast && line_start > run_start) flush(line_start);
    run_fast = fast;
    line_start = line_end;
  }
  if (run_start < text.size()) flush(text.size());
}

}  // namespace

Document tokenize(std::string utf8) {
  size_t skipped = 0;
  if (std::string_view(utf8).substr(0, kBom.size()) == kBom) {
    utf8.erase(0, kBom.size());
    skipped = kBom.size();
  }
  const size_t bad = find_invalid_utf8(utf8);
  if (bad != std::string_view::npos) {
    throw Error(ErrorKind::kInvalidInput, "", "invalid UTF-8 at byte " + std::to_string(bad + skipped));
  }
  Document doc;
  doc.ascii = is_ascii(utf8);
  doc.text = doc.ascii ? std::move(utf8) : to_nfc(std::move(utf8));
  if (doc.text.size() > std::numeric_limits<uint32_t>::max()) {
    throw Error(ErrorKind::kInvalidInput, "", "the text is larger than 4 GiB");
  }
  doc.words.reserve(doc.text.size() / 6 + 16);
  segment(doc.text, doc.words);
  return doc;
}

}  // namespace sk::text
