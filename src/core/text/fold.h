// The comparison key of a word: forms a reader sees as the same letter compare equal.
#pragma once

#include <string>
#include <string_view>

namespace sk::text {

// Folds Romanian s/t with cedilla (U+015E/U+015F, U+0162/U+0163) to comma below (U+0218/U+0219,
// U+021A/U+021B) and typographic apostrophes (U+2018, U+2019, U+02BC) to the straight one. Everything else,
// case included, is kept. Returns false, leaving `out` untouched, when the word needs no folding (the common
// case).
bool fold_word(std::string_view word, std::string& out);

}  // namespace sk::text
