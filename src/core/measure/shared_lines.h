// Segments and interns the two versions of a text together, reusing the work on every line the revision
// shares with the old text. A line's words depend on that line alone (text/segmenter.h) and a word's id on
// its key alone, so a line found byte for byte in the old text takes that line's words and ids: only the
// lines the client changed are segmented and interned again. The old text is split between two threads.
// The result is exactly what text::tokenize and intern() give on the same pair (tests/measure/
// shared_lines_test.cpp); it is only faster.
#pragma once

#include "measure/interner.h"
#include "text/document.h"

namespace sk::measure {

// `older` and `newer` come from text::prepare (their `words` are empty). Fills their words as text::tokenize
// would and returns the ids intern(older, newer) would give. Uses two threads.
TokenIds segment_and_intern(text::Document& older, text::Document& newer);

}  // namespace sk::measure
