// Segmenting and interning one range of whole lines on one thread, into that thread's own vocabulary. Part
// of the line-reusing tokeniser (shared_lines.h).
#pragma once

#include <cstdint>
#include <vector>

#include "measure/line_match.h"
#include "measure/vocabulary.h"
#include "text/document.h"
#include "text/segmenter.h"

namespace sk::measure {

// The words and ids one thread produces, numbered in its own vocabulary.
struct Part {
  std::vector<text::Word> words;
  std::vector<uint32_t> ids;
  Vocabulary vocab;
};

// Appends the words of doc.text[begin, end) (whole lines) to part.words and their ids to part.ids. With
// `lines` (the lines of doc.text), also sets line_first[i], for every line i starting in [begin, end), to
// the index in part.words of the line's first word (of the next word, for a line without any).
void segment_range(const text::Document& doc, size_t begin, size_t end, text::Segmenter& segmenter,
                   Part& part, const Lines* lines = nullptr, uint32_t* line_first = nullptr);

}  // namespace sk::measure
