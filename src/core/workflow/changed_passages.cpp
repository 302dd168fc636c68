// Turning a comparison's word ranges into redline passages; see changed_passages.h.
#include "workflow/changed_passages.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace sk::workflow {

namespace {

using notice::Segment;

notice::PassageKind passage_kind(measure::ChangeKind kind) {
  switch (kind) {
    case measure::ChangeKind::kDelete:
      return notice::PassageKind::kDelete;
    case measure::ChangeKind::kInsert:
      return notice::PassageKind::kInsert;
    case measure::ChangeKind::kMove:
      return notice::PassageKind::kMove;
    case measure::ChangeKind::kReplace:
      break;
  }
  return notice::PassageKind::kReplace;
}

// `text` with every run of white space (line and paragraph breaks too) as one space.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  if (space && !out.empty()) out += ' ';
  return out;
}

// Builds a redline run by run; runs of the same kind are joined.
class Redline {
 public:
  explicit Redline(std::vector<Segment>& out) : out_(out) {}

  // Words [begin, end) of `doc` as one run of `kind`, with the spaces and punctuation after each word
  // (the last one's too, unless `last`).
  void words(const text::Document& doc, std::size_t begin, std::size_t end, Segment::Kind kind, bool last) {
    if (begin >= end) return;
    const std::size_t from = doc.words[begin].offset;
    std::size_t to = doc.words[end - 1].offset + doc.words[end - 1].length;
    if (!last) {
      to = end < doc.words.size() ? doc.words[end].offset : doc.text.size();
    } else {  // the punctuation right after the last word ("days.", "words.")
      while (to < doc.text.size() && !std::isspace(static_cast<unsigned char>(doc.text[to])) &&
             (end == doc.words.size() || to < doc.words[end].offset)) {
        ++to;
      }
    }
    add(kind, one_line(doc.text.substr(from, to - from)));
  }

  void add(Segment::Kind kind, const std::string& text) {
    if (text.empty()) return;
    if (!out_.empty() && out_.back().kind == kind) {
      out_.back().text += text;
    } else {
      out_.push_back({kind, text});
    }
  }

 private:
  std::vector<Segment>& out_;
};

}  // namespace

std::vector<notice::Passage> changed_passages(const text::Document& older, const text::Document& newer,
                                              const measure::Comparison& comparison) {
  // Words that were only moved: at their old place they are not "removed", at their new place not "added".
  std::vector<bool> old_moved(older.words.size(), false), new_moved(newer.words.size(), false);
  std::vector<const measure::Change*> edits, moves;
  for (const measure::Change& change : comparison.changes) {
    if (change.kind == measure::ChangeKind::kMove) {
      moves.push_back(&change);
      for (std::size_t i = change.old_start; i < change.old_end && i < old_moved.size(); ++i)
        old_moved[i] = true;
      for (std::size_t i = change.new_start; i < change.new_end && i < new_moved.size(); ++i)
        new_moved[i] = true;
    } else {
      edits.push_back(&change);
    }
  }

  std::vector<notice::Passage> passages;
  for (std::size_t first = 0; first < edits.size();) {
    // The group: edits separated by at most kPassageJoin kept words.
    std::size_t last = first;
    while (last + 1 < edits.size() && edits[last + 1]->new_start - edits[last]->new_end <= kPassageJoin &&
           edits[last + 1]->old_start - edits[last]->old_end <= kPassageJoin) {
      ++last;
    }
    notice::Passage passage;
    passage.kind = first == last ? passage_kind(edits[first]->kind) : notice::PassageKind::kReplace;
    const measure::Change& head = *edits[first];
    const measure::Change& tail = *edits[last];
    Redline redline(passage.redline);
    const std::size_t before = head.new_start > kPassageJoin ? head.new_start - kPassageJoin : 0;
    if (before > 0) redline.add(Segment::Kind::kKept, "… ");
    redline.words(newer, before, head.new_start, Segment::Kind::kKept, false);
    for (std::size_t k = first; k <= last; ++k) {
      const measure::Change& change = *edits[k];
      for (std::size_t i = change.old_start; i < change.old_end; ++i) {  // runs of removed words
        if (old_moved[i]) continue;
        std::size_t j = i;
        while (j < change.old_end && !old_moved[j]) ++j;
        redline.words(older, i, j, Segment::Kind::kDeleted, false);
        passage.weight += j - i;
        i = j - 1;
      }
      for (std::size_t i = change.new_start; i < change.new_end;) {  // runs of added or moved-here words
        const bool moved = new_moved[i];
        std::size_t j = i;
        while (j < change.new_end && new_moved[j] == moved) ++j;
        const bool at_end = j == change.new_end && k == last && change.new_end == newer.words.size();
        redline.words(newer, i, j, moved ? Segment::Kind::kMoved : Segment::Kind::kInserted, at_end);
        if (!moved) passage.weight += j - i;
        i = j;
      }
      const std::size_t kept_to =
          k < last ? edits[k + 1]->new_start : std::min(newer.words.size(), change.new_end + kPassageJoin);
      redline.words(newer, change.new_end, kept_to, Segment::Kind::kKept, k == last);
      if (k == last && kept_to < newer.words.size()) redline.add(Segment::Kind::kKept, " …");
    }
    if (passage.kind != notice::PassageKind::kInsert) {
      passage.old_text = std::string(older.span(head.old_start, tail.old_end));
    }
    if (passage.kind != notice::PassageKind::kDelete) {
      passage.new_text = std::string(newer.span(head.new_start, tail.new_end));
    }
    // A group made only of moved words is the move itself, listed below.
    if (passage.weight > 0) passages.push_back(std::move(passage));
    first = last + 1;
  }
  for (const measure::Change* move : moves) {
    notice::Passage passage;
    passage.kind = notice::PassageKind::kMove;
    passage.old_text = std::string(older.span(move->old_start, move->old_end));
    passage.new_text = std::string(newer.span(move->new_start, move->new_end));
    passage.weight = move->new_end - move->new_start;
    Redline(passage.redline).words(newer, move->new_start, move->new_end, Segment::Kind::kMoved, true);
    passages.push_back(std::move(passage));
  }
  return passages;
}

}  // namespace sk::workflow
