// Segments and interns the two versions of a text together, reusing the work on every line the revision
// shares with the old text. A line's words depend on that line alone (text/segmenter.h) and a word's id on
// its key alone, so a line found byte for byte in the old text takes that line's words and ids: only the
// lines the client changed are segmented and interned again. The old text is split between two threads.
// The result is exactly what text::tokenize and intern() give on the same pair (tests/measure/
// shared_lines_test.cpp); it is only faster.
#pragma once

#include <memory>

#include "measure/interner.h"
#include "text/document.h"

namespace sk::measure {

// The ids of both versions, ready for measuring, and the words of both documents, which only showing the
// result needs: they are assembled by assemble_words(), which the caller runs where it costs nothing (the
// engine runs it while Myers' pass finishes on the other thread; compare.h).
class SegmentedPair {
 public:
  struct Words;  // what assembling the words needs

  SegmentedPair(TokenIds ids, std::unique_ptr<Words> words);
  SegmentedPair(SegmentedPair&&) noexcept;
  SegmentedPair& operator=(SegmentedPair&&) noexcept;
  ~SegmentedPair();

  const TokenIds& ids() const { return ids_; }
  TokenIds take_ids() { return std::move(ids_); }

  // Fills older.words and newer.words; the second call does nothing. Until then they are incomplete. Does
  // not touch ids(), so it may run on one thread while another reads them.
  void assemble_words();

 private:
  TokenIds ids_;
  std::unique_ptr<Words> words_;
};

// `older` and `newer` come from text::prepare (their `words` are empty). Returns the ids intern(older, newer)
// would give; after assemble_words(), their words are those text::tokenize gives. Uses two threads. The
// documents must outlive the result.
SegmentedPair segment_pair(text::Document& older, text::Document& newer);

// segment_pair and assemble_words in one call.
TokenIds segment_and_intern(text::Document& older, text::Document& newer);

}  // namespace sk::measure
