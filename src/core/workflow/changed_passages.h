// The changed passages of a measurement as text, for a notice's evidence appendix.
#pragma once

#include <cstddef>
#include <vector>

#include "measure/comparison.h"
#include "notice/notice_facts.h"
#include "text/document.h"

namespace sk::workflow {

// Changes closer than this many kept words are shown as one passage; as many kept words are shown either
// side of a passage as its context.
inline constexpr std::size_t kPassageJoin = 6;

// The changes of `comparison` (measured from `older` to `newer`) as passages a client can follow, in the
// order of the new text: nearby changes merged (kPassageJoin), each with its context as a redline (kept,
// deleted and inserted runs); words that were only moved are shown as moved at their new place (not as
// deleted and added), and each move is listed once more as a kMove passage at the end. old_text and
// new_text hold the passage's whole old and new wording; `weight` its changed words (moved words count
// once, in the move).
std::vector<notice::Passage> changed_passages(const text::Document& older, const text::Document& newer,
                                              const measure::Comparison& comparison);

}  // namespace sk::workflow
