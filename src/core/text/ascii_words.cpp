// The ASCII fast path of the tokenizer; see ascii_words.h.
#include "text/ascii_words.h"

namespace sk::text {

namespace {

// Character classes for the ASCII subset of UAX #29.
enum : uint8_t { kOther = 0, kLetter = 1, kDigit = 2, kMidNumLet = 4, kMidNum = 8 };

struct ClassTable {
  uint8_t cls[128] = {};
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

inline uint8_t cls(char c) {
  return kTable.cls[static_cast<unsigned char>(c) & 0x7F];
}
inline bool alnum(uint8_t k) {
  return (k & (kLetter | kDigit)) != 0;
}

}  // namespace

void ascii_words(std::string_view text, uint32_t base, std::vector<Word>& out) {
  const char* s = text.data();
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (!alnum(cls(s[i]))) {
      ++i;
      continue;
    }
    const size_t start = i++;
    for (;;) {
      while (i < n && alnum(cls(s[i]))) ++i;
      if (i + 1 >= n) break;
      const uint8_t prev = cls(s[i - 1]), mid = cls(s[i]), next = cls(s[i + 1]);
      const bool letters = prev == kLetter && next == kLetter && mid == kMidNumLet;
      const bool digits = prev == kDigit && next == kDigit && (mid == kMidNumLet || mid == kMidNum);
      if (!letters && !digits) break;
      i += 2;
    }
    out.push_back(Word{base + static_cast<uint32_t>(start), static_cast<uint32_t>(i - start)});
  }
}

}  // namespace sk::text
