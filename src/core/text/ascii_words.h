// A fast path for plain ASCII text that finds the same words as ICU's word rules (UAX #29) would.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace sk::text {

// True when `ascii_words` handles this byte: ASCII other than '_' (ExtendNumLet, whose rules the fast path
// leaves to ICU: "__" is a word there, "_" is not).
inline bool ascii_fast_path_byte(unsigned char c) {
  return c < 0x80 && c != '_';
}

// Appends the words of `text` (every byte passing ascii_fast_path_byte) to `out`, offsets shifted by `base`.
// Letters (ICU's root rules count '@' as one) and digits join; "letter (. or ') letter" and
// "digit (. ' , or ;) digit" join too (WB6, WB7, WB11, WB12). ':' separates, as in ICU's root rules.
// tests/text/ascii_words_test.cpp checks it against ICU on random text.
void ascii_words(std::string_view text, uint32_t base, std::vector<Word>& out);

}  // namespace sk::text
