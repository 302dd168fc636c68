// A text ready for measuring: its NFC-normalised UTF-8 and the byte ranges of its words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/shared_bytes.h"

namespace sk::text {

// One word: a byte range of Document::text. Spaces and punctuation between words are not tokens;
// they stay in `text` for display.
struct Word {
  uint32_t offset = 0;
  uint32_t length = 0;
};

struct Document {
  SharedBytes text;         // NFC-normalised UTF-8; shared by copies of the document
  std::vector<Word> words;  // in order, non-overlapping
  bool ascii = false;       // every byte of `text` is below 0x80 (no word needs folding)

  std::string_view word(size_t i) const { return text.substr(words[i].offset, words[i].length); }
  // The text from the start of word `begin` to the end of word `end - 1` (empty when begin == end).
  std::string_view span(size_t begin, size_t end) const;
};

}  // namespace sk::text
