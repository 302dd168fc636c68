// The Compare screen's view model; see compare_view.h.
#include "model/compare_view.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace sk::gui::model {

namespace {

using measure::Change;
using measure::ChangeKind;
using measure::Comparison;
using text::Document;

// A stretch of both texts: kept words (the same count on both sides), or a changed passage.
struct Block {
  bool changed = false;
  size_t old_begin = 0, old_end = 0;
  size_t new_begin = 0, new_end = 0;
};

// The comparison's passages in order, with the kept stretches between them. Starts and ends with a kept
// block (possibly empty), so text before the first word and after the last lands in a kept row.
std::vector<Block> blocks_of(const Comparison& c, size_t old_words, size_t new_words) {
  std::vector<Block> blocks;
  blocks.push_back({false, 0, 0, 0, 0});
  size_t old_at = 0, new_at = 0;
  for (const Change& change : c.changes) {
    if (change.kind == ChangeKind::kMove) continue;
    // Clamped, so a malformed list cannot make ranges run backwards or past the end.
    const size_t old_begin = std::clamp(change.old_start, old_at, old_words);
    const size_t new_begin = std::clamp(change.new_start, new_at, new_words);
    const size_t old_end = std::clamp(change.old_end, old_begin, old_words);
    const size_t new_end = std::clamp(change.new_end, new_begin, new_words);
    if (old_begin > old_at || new_begin > new_at) {
      if (blocks.back().changed) {
        blocks.push_back({false, old_at, old_begin, new_at, new_begin});
      } else {  // the leading kept block
        blocks.back().old_end = old_begin;
        blocks.back().new_end = new_begin;
      }
    }
    if (blocks.back().changed) {
      blocks.back().old_end = old_end;
      blocks.back().new_end = new_end;
    } else {
      blocks.push_back({true, old_begin, old_end, new_begin, new_end});
    }
    old_at = old_end;
    new_at = new_end;
  }
  if (blocks.back().changed) {
    blocks.push_back({false, old_at, old_words, new_at, new_words});
  } else {  // no passages at all: one kept block
    blocks.back().old_end = old_words;
    blocks.back().new_end = new_words;
  }
  return blocks;
}

size_t word_end(const Document& d, size_t i) {
  return d.words[i].offset + d.words[i].length;
}

// Where the bytes of one side are split between two blocks meeting at word index `k`. A changed passage
// holds exactly its words (start of the first to end of the last); spaces and punctuation around it go to
// the kept neighbours. An empty passage sits right after the word before it.
size_t cut(const Document& d, size_t k, bool before_is_passage, bool after_is_passage) {
  if (before_is_passage) return word_end(d, k - 1);
  if (after_is_passage) return d.words[k].offset;
  return k > 0 ? word_end(d, k - 1) : 0;
}

// Byte boundaries of every block on one side: block i spans [cuts[i], cuts[i + 1]).
std::vector<size_t> cuts_of(const std::vector<Block>& blocks, const Document& d, bool old_side) {
  auto begin = [&](const Block& b) { return old_side ? b.old_begin : b.new_begin; };
  auto end = [&](const Block& b) { return old_side ? b.old_end : b.new_end; };
  auto is_passage = [&](const Block& b) { return b.changed && end(b) > begin(b); };
  std::vector<size_t> cuts;
  cuts.push_back(0);
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    cuts.push_back(cut(d, end(blocks[i]), is_passage(blocks[i]), is_passage(blocks[i + 1])));
  }
  cuts.push_back(d.text.size());
  return cuts;
}

// Which old words were moved, and which new words were moved here.
std::vector<uint8_t> moved_words(const Comparison& c, size_t count, bool old_side) {
  std::vector<uint8_t> moved(count, 0);
  for (const Change& change : c.changes) {
    if (change.kind != ChangeKind::kMove) continue;
    const size_t begin = std::min(old_side ? change.old_start : change.new_start, count);
    const size_t end = std::clamp(old_side ? change.old_end : change.new_end, begin, count);
    std::fill(moved.begin() + static_cast<std::ptrdiff_t>(begin),
              moved.begin() + static_cast<std::ptrdiff_t>(end), 1);
  }
  return moved;
}

// Splits a changed passage's bytes [from, to) (words [begin, end)) into runs of plain and moved words.
std::vector<Piece> passage_pieces(const Document& d, size_t begin, size_t end, size_t from, size_t to,
                                  const std::vector<uint8_t>& moved, Mark plain, Mark moved_mark) {
  std::vector<Piece> pieces;
  size_t run = begin;
  size_t run_from = from;
  while (run < end) {
    size_t next = run + 1;
    while (next < end && moved[next] == moved[run]) ++next;
    const size_t run_to = next < end ? d.words[next].offset : to;
    pieces.push_back({moved[run] ? moved_mark : plain,
                      std::string(d.text.substr(run_from, run_to - run_from)), next - run, false});
    run = next;
    run_from = run_to;
  }
  return pieces;
}

Row kept_row(RowKind kind, std::string_view old_text, std::string_view new_text, size_t words) {
  const Mark mark = kind == RowKind::kCollapsed ? Mark::kCollapsed : Mark::kKept;
  Row row;
  row.kind = kind;
  row.old_side.push_back({mark, std::string(old_text), words, false});
  row.new_side.push_back({mark, std::string(new_text), words, false});
  return row;
}

// True when the spaces before word k contain a line break.
bool line_break_before(const Document& d, size_t k) {
  const size_t from = word_end(d, k - 1);
  return std::string_view(d.text).substr(from, d.words[k].offset - from).find('\n') != std::string_view::npos;
}

// Adds kept units for bytes [old_from, old_to) / [new_from, new_to) holding old words [a, b) and new words
// [c, c + b - a), split after each line break both texts have, so display rows follow paragraphs.
void add_kept(std::vector<Row>& units, const Document& older, const Document& newer, size_t old_from,
              size_t old_to, size_t new_from, size_t new_to, size_t a, size_t b, size_t c) {
  // A break in the spaces before the first word (after a changed passage) ends the paragraph too.
  auto has_break = [](const Document& d, size_t from, size_t to) {
    return to > from && std::string_view(d.text).substr(from, to - from).find('\n') != std::string_view::npos;
  };
  if (a < b && has_break(older, old_from, older.words[a].offset) &&
      has_break(newer, new_from, newer.words[c].offset)) {
    units.push_back(kept_row(RowKind::kKept, older.text.substr(old_from, older.words[a].offset - old_from),
                             newer.text.substr(new_from, newer.words[c].offset - new_from), 0));
    old_from = older.words[a].offset;
    new_from = newer.words[c].offset;
  }
  for (size_t k = a + 1; k < b; ++k) {
    const size_t n = c + (k - a);
    if (line_break_before(older, k) && line_break_before(newer, n)) {
      const size_t old_cut = older.words[k].offset, new_cut = newer.words[n].offset;
      units.push_back(kept_row(RowKind::kKept, older.text.substr(old_from, old_cut - old_from),
                               newer.text.substr(new_from, new_cut - new_from), k - a));
      old_from = old_cut;
      new_from = new_cut;
      a = k;
      c = n;
    }
  }
  if (old_to > old_from || new_to > new_from) {
    units.push_back(kept_row(RowKind::kKept, older.text.substr(old_from, old_to - old_from),
                             newer.text.substr(new_from, new_to - new_from), b - a));
  }
}

// Adds the units of a kept block, collapsing its middle when it is long.
void add_kept_rows(std::vector<Row>& units, const Document& older, const Document& newer, const Block& b,
                   size_t old_from, size_t old_to, size_t new_from, size_t new_to, bool first, bool last,
                   const CompareOptions& options) {
  const size_t words = b.old_end - b.old_begin;
  const size_t head = first ? 0 : options.context_words;
  const size_t tail = last ? 0 : options.context_words;
  const bool same_count = words == b.new_end - b.new_begin;
  const bool collapse = same_count && words > options.context_words * 2 + options.min_hidden_words;
  if (!collapse) {
    if (!same_count) {  // cannot happen for a real comparison; shown whole, unsplit
      if (old_to > old_from || new_to > new_from) {
        units.push_back(kept_row(RowKind::kKept, older.text.substr(old_from, old_to - old_from),
                                 newer.text.substr(new_from, new_to - new_from), words));
      }
      return;
    }
    add_kept(units, older, newer, old_from, old_to, new_from, new_to, b.old_begin, b.old_end, b.new_begin);
    return;
  }
  const size_t old_hide = head > 0 ? older.words[b.old_begin + head].offset : old_from;
  const size_t new_hide = head > 0 ? newer.words[b.new_begin + head].offset : new_from;
  const size_t old_show = tail > 0 ? older.words[b.old_end - tail].offset : old_to;
  const size_t new_show = tail > 0 ? newer.words[b.new_end - tail].offset : new_to;
  if (head > 0) {
    add_kept(units, older, newer, old_from, old_hide, new_from, new_hide, b.old_begin, b.old_begin + head,
             b.new_begin);
  }
  units.push_back(kept_row(RowKind::kCollapsed, older.text.substr(old_hide, old_show - old_hide),
                           newer.text.substr(new_hide, new_show - new_hide), words - head - tail));
  if (tail > 0) {
    add_kept(units, older, newer, old_show, old_to, new_show, new_to, b.old_end - tail, b.old_end,
             b.new_end - tail);
  }
}

// Display rows: units joined until a collapsed stretch or a paragraph break both texts share.
std::vector<Row> rows_of(const std::vector<Row>& units) {
  std::vector<Row> rows;
  Row current;
  bool changed = false;
  auto flush = [&] {
    if (current.old_side.empty() && current.new_side.empty()) return;
    current.kind = changed ? RowKind::kChanged : RowKind::kKept;
    rows.push_back(std::move(current));
    current = Row{};
    changed = false;
  };
  for (const Row& unit : units) {
    if (unit.kind == RowKind::kCollapsed) {
      flush();
      rows.push_back(unit);
      continue;
    }
    changed = changed || unit.kind == RowKind::kChanged;
    current.old_side.insert(current.old_side.end(), unit.old_side.begin(), unit.old_side.end());
    current.new_side.insert(current.new_side.end(), unit.new_side.begin(), unit.new_side.end());
    if (unit.kind == RowKind::kKept && !unit.old_side.front().text.empty() &&
        unit.old_side.front().text.back() == '\n' && !unit.new_side.front().text.empty() &&
        unit.new_side.front().text.back() == '\n') {
      flush();
    }
  }
  flush();
  return rows;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool starts_with_space(const std::string& s) {
  return !s.empty() && is_space(s.front());
}

bool ends_with_space(const std::string& s) {
  return !s.empty() && is_space(s.back());
}

std::vector<Piece> inline_of(const std::vector<Row>& rows) {
  std::vector<Piece> pieces;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    if (row.kind != RowKind::kChanged) {
      Piece piece = row.new_side.front();
      // After a deletion, keep the old text's space when the new text has none here.
      const bool after_deletion =
          i > 0 && rows[i - 1].kind == RowKind::kChanged && !rows[i - 1].old_side.empty();
      piece.space_before = after_deletion && starts_with_space(row.old_side.front().text) &&
                           !starts_with_space(piece.text) && !pieces.empty();
      pieces.push_back(std::move(piece));
      continue;
    }
    const bool after_kept = i > 0 && rows[i - 1].kind != RowKind::kChanged;
    for (size_t k = 0; k < row.old_side.size(); ++k) {
      Piece piece = row.old_side[k];
      if (k == 0 && after_kept) {
        piece.space_before = ends_with_space(rows[i - 1].old_side.front().text) &&
                             !ends_with_space(rows[i - 1].new_side.front().text);
      }
      pieces.push_back(std::move(piece));
    }
    for (size_t k = 0; k < row.new_side.size(); ++k) {
      Piece piece = row.new_side[k];
      piece.space_before = k == 0 && !row.old_side.empty();
      pieces.push_back(std::move(piece));
    }
  }
  return pieces;
}

}  // namespace

CompareView build_compare_view(const Document& older, const Document& newer, const Comparison& comparison,
                               const CompareOptions& options) {
  CompareView view;
  view.figures = comparison;
  view.figures.changes.clear();

  const std::vector<Block> blocks = blocks_of(comparison, older.words.size(), newer.words.size());
  const std::vector<size_t> old_cuts = cuts_of(blocks, older, true);
  const std::vector<size_t> new_cuts = cuts_of(blocks, newer, false);
  const std::vector<uint8_t> old_moved = moved_words(comparison, older.words.size(), true);
  const std::vector<uint8_t> new_moved = moved_words(comparison, newer.words.size(), false);

  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    if (!b.changed) {
      add_kept_rows(view.rows, older, newer, b, old_cuts[i], old_cuts[i + 1], new_cuts[i], new_cuts[i + 1],
                    i == 0, i + 1 == blocks.size(), options);
      continue;
    }
    Row row;
    row.kind = RowKind::kChanged;
    row.old_side = passage_pieces(older, b.old_begin, b.old_end, old_cuts[i], old_cuts[i + 1], old_moved,
                                  Mark::kDeleted, Mark::kMovedAway);
    row.new_side = passage_pieces(newer, b.new_begin, b.new_end, new_cuts[i], new_cuts[i + 1], new_moved,
                                  Mark::kInserted, Mark::kMovedHere);
    if (!row.old_side.empty() || !row.new_side.empty()) view.rows.push_back(std::move(row));
  }
  view.inline_pieces = inline_of(view.rows);
  view.rows = rows_of(view.rows);
  return view;
}

}  // namespace sk::gui::model
