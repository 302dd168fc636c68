// The ASCII fast path of the tokenizer; see ascii_words.h.
#include "text/ascii_words.h"

namespace sk::text {

namespace {

// Character classes for the ASCII subset of UAX #29, for all 256 byte values (the caller only passes ASCII).
enum : uint8_t {
  kOther = 0,
  kLetter = 1,
  kDigit = 2,
  kMidNumLet = 4,
  kMidNum = 8,
  kAlnum = kLetter | kDigit
};

struct ClassTable {
  uint8_t cls[256] = {};
  constexpr ClassTable() {
    for (int c = 'a'; c <= 'z'; ++c) cls[c] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c) cls[c] = kLetter;
    for (int c = '0'; c <= '9'; ++c) cls[c] = kDigit;
    cls[static_cast<int>('@')] = kLetter;  // ICU adds '@' to ALetter (e-mail addresses stay one word)
    cls[static_cast<int>('.')] = kMidNumLet;
    cls[static_cast<int>('\'')] = kMidNumLet;
    cls[static_cast<int>(',')] = kMidNum;
    cls[static_cast<int>(';')] = kMidNum;
  }
};

constexpr ClassTable kTable;

inline uint8_t cls(const char* p) {
  return kTable.cls[static_cast<unsigned char>(*p)];
}

}  // namespace

void ascii_words(std::string_view text, uint32_t base, std::vector<Word>& out) {
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* p = begin;
  for (;;) {
    while (p < end && (cls(p) & kAlnum) == 0) ++p;
    if (p == end) return;
    const char* const start = p++;
    for (;;) {
      while (p < end && (cls(p) & kAlnum) != 0) ++p;
      if (end - p < 2) break;
      // A joiner between two letters (WB6/7) or two digits (WB11/12) keeps the word going.
      const uint8_t prev = cls(p - 1), mid = cls(p), next = cls(p + 1);
      const bool letters = prev == kLetter && next == kLetter && mid == kMidNumLet;
      const bool digits = prev == kDigit && next == kDigit && (mid & (kMidNumLet | kMidNum)) != 0;
      if (!letters && !digits) break;
      p += 2;
    }
    out.push_back(Word{base + static_cast<uint32_t>(start - begin), static_cast<uint32_t>(p - start)});
  }
}

}  // namespace sk::text
