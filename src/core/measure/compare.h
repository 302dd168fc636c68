// Measures how much of a text a revision changed: the entry point of the engine.
#pragma once

#include <functional>

#include "measure/comparison.h"
#include "measure/interner.h"
#include "text/document.h"

namespace sk::measure {

// The name of the rules a word share is measured by — what counts as a word (text/tokenizer.h: ICU word
// boundaries, NFC, folded letters) and the share of docs/measuring.md — stored with every measurement
// (ledger). Anything that changes a count for the same two texts must get a new name ("words 2"), so old
// and new shares are never mixed without a trace.
inline constexpr const char* kWordRules = "words 1";

// Exact counts for any pair (bit-parallel LCS, O(n*m/64) at worst, banded when little changed);
// the alignment is exact too unless the result says otherwise. Uses up to two threads.
Comparison compare(const text::Document& older, const text::Document& newer);

// The same from the ids of the two documents' words (intern() or segment_and_intern()). `meanwhile`, if
// given, runs once on the calling thread, at the point where it would otherwise only wait for the exact
// count from the other thread.
Comparison compare(const TokenIds& ids, const std::function<void()>& meanwhile = {});

// For two documents from text::prepare (no words yet): segments them, reusing the lines they share
// (shared_lines.h), then compares, assembling their words while it waits for the exact count. Afterwards
// both hold their words, as text::tokenize would give them.
Comparison compare_prepared(text::Document& older, text::Document& newer);

// The share as defined in docs/measuring.md: max(deleted, inserted) / old_words; 1 when the old text has
// no words and the new one has; 0 when both are empty.
double changed_share(size_t old_words, size_t deleted, size_t inserted);

}  // namespace sk::measure
