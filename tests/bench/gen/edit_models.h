// The edit models: how the new text of a pair is made from the old one. R is a share of the old words.
//   scattered  substitutions, insertions and deletions of 1-3 words at random places, plus a few
//   sentence-level
//              edits (a sentence replaced, deleted, inserted or moved), until about R of the old words are
//              touched;
//   rewrite    contiguous passages of 1-6 sentences or whole paragraphs replaced by new text of about the
//   same
//              length, until about R of the old words are rewritten;
//   unrelated  a text generated from another seed (same vocabulary, same word count).
#pragma once

#include <cstddef>
#include <cstdint>

#include "gen/language.h"
#include "gen/rng.h"
#include "gen/text.h"

namespace sk::bench {

Tokens scattered(const Language& lang, Rng& rng, const Tokens& old, double rate);
Tokens rewrite(const Language& lang, Rng& rng, const Tokens& old, double rate);
// The text of `words` words that --seed `seed` does not give: drawn from a stream of its own.
Tokens unrelated(const Language& lang, uint64_t seed, size_t words);

}  // namespace sk::bench
