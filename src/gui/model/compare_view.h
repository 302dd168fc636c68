// The Compare screen's view model: turns two documents and their measured comparison into rows of styled
// pieces for the side-by-side layout and a stream of pieces for the inline layout. Plain data, no wxWidgets.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "measure/comparison.h"
#include "measure/figures_text.h"
#include "text/document.h"

namespace sk::gui::model {

// How a piece of text is shown.
enum class Mark {
  kKept,       // in both texts
  kCollapsed,  // in both texts, hidden behind "… N unchanged words …"
  kDeleted,    // only in the old text
  kInserted,   // only in the new text
  kMovedAway,  // old text that reappears elsewhere in the new text (a move's source)
  kMovedHere,  // new text that was taken from elsewhere in the old text (a move's destination)
};

struct Piece {
  Mark mark = Mark::kKept;
  std::string text;  // exact UTF-8 bytes of the document it comes from
  size_t words = 0;  // words in `text`
  // Inline layout only: show a space before this piece. Set on a deletion whose old text was preceded by a
  // space that the new text does not keep at that point, so "The<s>red</s> fox" reads "The <s>red</s> fox".
  bool space_before = false;
};

enum class RowKind { kKept, kCollapsed, kChanged };

// One row of the side-by-side layout: a paragraph (or the part of one next to a collapsed stretch) of each
// text. A collapsed row holds one kCollapsed piece per side (the same words, with each text's own spacing).
// Other rows hold kept pieces and, when kChanged, the deleted/moved-away pieces on the old side and the
// inserted/moved-here pieces on the new side.
struct Row {
  RowKind kind = RowKind::kKept;
  std::vector<Piece> old_side;
  std::vector<Piece> new_side;
};

struct CompareOptions {
  // A run of kept words longer than context_words * 2 + min_hidden_words is collapsed, keeping
  // context_words visible on each side of it (only after a change at the start, before one at the end).
  size_t context_words = 12;
  size_t min_hidden_words = 8;
};

struct CompareView {
  measure::Comparison figures;  // the counts, as measured (changes are not needed by the views)
  std::vector<Row> rows;        // side by side, in order
  std::vector<Piece> inline_pieces;
};

// Builds both layouts. Concatenating every row's old_side texts gives `older.text` exactly, and every
// new_side text gives `newer.text`; in the inline layout, the pieces other than kDeleted and kMovedAway
// concatenate to `newer.text`. `comparison` must come from measure::compare(older, newer).
CompareView build_compare_view(const text::Document& older, const text::Document& newer,
                               const measure::Comparison& comparison, const CompareOptions& options = {});

}  // namespace sk::gui::model
