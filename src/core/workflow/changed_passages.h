// The changed passages of a measurement as text, for a notice's evidence appendix.
#pragma once

#include <vector>

#include "measure/comparison.h"
#include "notice/notice_facts.h"
#include "text/document.h"

namespace sk::workflow {

// One notice::Passage per change of `comparison` (measured from `older` to `newer`), in its order:
// deletions carry only the old text, insertions only the new, replacements and moves both.
std::vector<notice::Passage> changed_passages(const text::Document& older, const text::Document& newer,
                                              const measure::Comparison& comparison);

}  // namespace sk::workflow
