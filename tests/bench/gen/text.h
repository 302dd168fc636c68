// Generated text as tokens (a word and what follows it), and its rendering. Sentences have 4 to 38 words, a
// capitalised start, some commas and a full stop (a few a question mark); paragraphs have 3 to 8 sentences,
// each written as one line (as a typical exported document does) and separated by blank lines.
//
// Every emitted word is a run of letters or digits followed at most by one of , . ? and then a space or a
// newline, so whitespace splitting (wdiff, dwdiff, git) and Unicode word boundaries count the same words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gen/language.h"
#include "gen/rng.h"

namespace sk::bench {

enum Flag : uint8_t {
  kCap = 1,       // first word of a sentence: capitalised
  kComma = 2,     // followed by ","
  kStop = 4,      // followed by "."
  kQuestion = 8,  // followed by "?"
  kParaEnd = 16,  // last word of a paragraph
};
constexpr uint8_t kSentenceEnd = kStop | kQuestion;

struct Token {
  uint32_t word;
  uint8_t flags;
};
using Tokens = std::vector<Token>;

// A sentence length: 4 to 38 words, about 15 on average.
int sentence_length(Rng& rng);

// A word of `lang`: not the last word of `out` again, and rarely a second of the dozen commonest in a row.
uint32_t sample_word(const Language& lang, Rng& rng, const Tokens& out);

// Appends sentences of about `words` words in total (at least one sentence).
void gen_sentences(const Language& lang, Rng& rng, Tokens& out, size_t words);

// A text of exactly `words` words, in paragraphs; the last token ends a paragraph.
Tokens gen_text(const Language& lang, Rng& rng, size_t words);

// The text as written to a file, ending in a newline.
std::string render(const Language& lang, const Tokens& tokens);

}  // namespace sk::bench
