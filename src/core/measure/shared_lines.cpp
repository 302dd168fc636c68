// Segmenting and interning a pair of texts, reusing the lines they share; see shared_lines.h.
//
// 1. Both texts are cut into lines (each with its '\n'), hashed on two threads; a line of the revision that
//    is byte for byte a line of the old text is "shared" (line_match.h).
// 2. Two threads segment and intern (part_segmenter.h): the first the first part of the old text, the
//    second the rest of it plus the revision's unshared lines, each into its own vocabulary. The cut is
//    placed so that both get about as much work. Each old line's first word is noted on the way.
// 3. The vocabularies are merged so that ids come out in order of first appearance, as intern() numbers
//    them: the old text's keys first, then the revision's new keys.
// 4. The ids of both texts, which measuring needs at once: the old text's halves joined on one thread, the
//    revision's assembled on the other, in place and line by line — a shared line copies the ids of the old
//    line it equals.
// 5. Later (assemble_words), the words the same way: a shared line copies the old line's words, shifted to
//    its own offset.
#include "measure/shared_lines.h"

#include <algorithm>
#include <cstring>
#include <future>
#include <span>
#include <string_view>
#include <vector>

#include "common/prefault.h"
#include "measure/line_match.h"
#include "measure/part_segmenter.h"
#include "measure/vocabulary.h"
#include "text/segmenter.h"

namespace sk::measure {

struct SegmentedPair::Words {
  text::Document* older;
  text::Document* newer;
  Lines old_lines, new_lines;
  std::vector<uint32_t> match;       // match_lines
  std::vector<uint32_t> line_first;  // the index of each old line's first word; last: the old word count
  std::vector<text::Word> first, rest, added;  // the parts' words
  size_t total = 0;                            // the revision's words
};

SegmentedPair::SegmentedPair(TokenIds ids, std::unique_ptr<Words> words)
    : ids_(std::move(ids)), words_(std::move(words)) {}
SegmentedPair::SegmentedPair(SegmentedPair&&) noexcept = default;
SegmentedPair& SegmentedPair::operator=(SegmentedPair&&) noexcept = default;
SegmentedPair::~SegmentedPair() = default;

void SegmentedPair::assemble_words() {
  if (!words_) return;
  Words& w = *words_;
  std::vector<text::Word>& ow = w.older->words;
  ow.swap(w.first);
  prefault_spare(ow, w.rest.size());
  ow.insert(ow.end(), w.rest.begin(), w.rest.end());
  w.rest = {};

  // Assembled in place, from the back: `added` grows to the full length and every word moves to its final
  // index, which is never before the one it is read from (only shared words are put in between), so no word
  // is overwritten before it is moved and the revision's words are never held twice.
  std::vector<text::Word>& added = w.added;
  const size_t added_count = added.size();
  prefault_spare(added, w.total - added_count);
  added.resize(w.total);
  text::Word* const words = added.data();
  size_t out = w.total, a = added_count;  // next index to write (from the back), next word of `added` to move
  for (size_t i = w.new_lines.count(); i-- > 0;) {
    const uint32_t o = w.match[i];
    if (o == kUnshared) {
      for (const uint32_t line_start = w.new_lines.start[i]; a > 0 && words[a - 1].offset >= line_start;)
        words[--out] = words[--a];
      continue;
    }
    const size_t from = w.line_first[o], count = w.line_first[o + 1] - from;
    const uint32_t shift = w.new_lines.start[i] - w.old_lines.start[o];  // modulo 2^32: may "go negative"
    out -= count;
    for (size_t k = 0; k < count; ++k)
      words[out + k] = text::Word{ow[from + k].offset + shift, ow[from + k].length};
  }
  w.newer->words.swap(added);
  words_.reset();
}

SegmentedPair segment_pair(text::Document& older, text::Document& newer) {
  auto w = std::make_unique<SegmentedPair::Words>();
  w->older = &older;
  w->newer = &newer;

  // 1. Lines and the revision's shared ones.
  auto new_lines_future = std::async(std::launch::async, [&] { return split_lines(newer.text); });
  w->old_lines = split_lines(older.text);
  w->new_lines = new_lines_future.get();
  const Lines& old_lines = w->old_lines;
  const Lines& new_lines = w->new_lines;
  w->match = match_lines(older.text, old_lines, newer.text, new_lines);
  const std::vector<uint32_t>& match = w->match;
  size_t unshared_bytes = 0;
  for (size_t i = 0; i < new_lines.count(); ++i) {
    if (match[i] == kUnshared) unshared_bytes += new_lines.start[i + 1] - new_lines.start[i];
  }

  // 2. Segment and intern on two threads.
  // A changed line costs about twice as much per byte as an old one (measured on the 1.3M-word bench pair:
  // it is interned into a small table of its own that starts cold), so it counts twice in the balance.
  const size_t cut_line =
      line_cut_index(old_lines, std::min(older.text.size(), (older.text.size() + 2 * unshared_bytes) / 2));
  const size_t cut = old_lines.start[cut_line];
  // Word vectors are reserved for the most words their bytes can hold (a word and a separator take at least
  // two bytes): pages never written cost no memory, while growing by doubling would hold two copies at once
  // and leave up to half of the last one unused (a text of one-letter words, e.g. "a b a b ...").
  auto most_words = [](size_t bytes) { return bytes / 2 + 16; };
  older.words.clear();
  newer.words.clear();
  older.words.reserve(most_words(older.text.size()));  // all of the old text's words end up in it
  Part first, rest, added;
  first.words.swap(older.words);
  rest.words.reserve(most_words(older.text.size() - cut));
  added.words.reserve(most_words(newer.text.size()));  // the revision's words are assembled in it
  first.ids.reserve(first.words.capacity());
  rest.ids.reserve(rest.words.capacity());
  added.ids.reserve(added.words.capacity());  // the revision's ids are assembled in it too
  first.vocab.expect_text_of(older.text.size() + unshared_bytes);  // it ends up holding every key
  rest.vocab.expect_text_of(older.text.size() - cut);
  added.vocab.expect_text_of(unshared_bytes);
  w->line_first.assign(old_lines.count() + 1, 0);
  uint32_t* const line_first = w->line_first.data();
  auto second = std::async(std::launch::async, [&] {
    text::Segmenter segmenter;
    segment_range(older, cut, older.text.size(), segmenter, rest, &old_lines, line_first);
    for (size_t i = 0; i < new_lines.count();) {
      if (match[i] != kUnshared) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (j < new_lines.count() && match[j] == kUnshared) ++j;
      segment_range(newer, new_lines.start[i], new_lines.start[j], segmenter, added);
      i = j;
    }
  });
  {
    text::Segmenter segmenter;
    segment_range(older, 0, cut, segmenter, first, &old_lines, line_first);
  }
  second.get();
  const size_t nf = first.words.size(), nr = rest.words.size();
  for (size_t i = cut_line; i < old_lines.count(); ++i) line_first[i] += static_cast<uint32_t>(nf);
  line_first[old_lines.count()] = static_cast<uint32_t>(nf + nr);

  // 3. One id space: the old text's keys in order of first appearance, then the revision's new keys.
  Vocabulary& vocab = first.vocab;
  std::vector<uint32_t> rest_ids(rest.vocab.size());
  for (uint32_t id = 0; id < rest.vocab.size(); ++id)
    rest_ids[id] = vocab.intern_hashed(rest.vocab.key(id), rest.vocab.hashed(id));
  const auto old_keys = static_cast<uint32_t>(vocab.size());
  std::vector<uint32_t> added_ids(added.vocab.size());
  uint32_t next = old_keys;
  for (uint32_t id = 0; id < added.vocab.size(); ++id) {
    const uint32_t found = vocab.find(added.vocab.key(id), added.vocab.hashed(id));
    added_ids[id] = found != Vocabulary::kMissing ? found : next++;
  }

  // 4. The ids: the old text's halves joined on one thread while the revision's are assembled on this one,
  // from the halves directly (their buffers do not move: the joined vector is the first half's, with room).
  TokenIds out;
  out.alphabet = next;
  if (first.ids.capacity() < nf + nr) first.ids.reserve(nf + nr);
  const std::span<const uint32_t> first_ids(first.ids), rest_local_ids(rest.ids);
  auto old_side = std::async(std::launch::async, [&] {
    out.older.swap(first.ids);
    prefault_spare(out.older, nr);
    for (uint32_t id : rest_local_ids) out.older.push_back(rest_ids[id]);
  });
  size_t total = added.words.size();
  for (size_t i = 0; i < new_lines.count(); ++i) {
    if (match[i] != kUnshared) total += line_first[match[i] + 1] - line_first[match[i]];
  }
  // In place, from the back, as the words are later (assemble_words): the revision's ids are never held
  // twice, which matters when most of it changed.
  const size_t added_count = added.ids.size();
  prefault_spare(added.ids, total - added_count);
  added.ids.resize(total);
  uint32_t* const ids = added.ids.data();
  size_t at = total, a = added_count;  // next index to write (from the back), next id of `added` to move
  for (size_t i = new_lines.count(); i-- > 0;) {
    const uint32_t o = match[i];
    if (o == kUnshared) {
      for (const uint32_t line_start = new_lines.start[i];
           a > 0 && added.words[a - 1].offset >= line_start;) {
        --a;
        ids[--at] = added_ids[ids[a]];
      }
      continue;
    }
    const size_t from = line_first[o], count = line_first[o + 1] - from;
    at -= count;
    if (from < nf) {
      std::memcpy(ids + at, first_ids.data() + from, count * sizeof(uint32_t));
    } else {
      for (size_t k = 0; k < count; ++k) ids[at + k] = rest_ids[rest_local_ids[from - nf + k]];
    }
  }
  old_side.get();
  out.newer.swap(added.ids);

  // 5. What assembling the words needs; the ids and vocabularies are freed on return.
  w->first.swap(first.words);
  w->rest.swap(rest.words);
  w->added.swap(added.words);
  w->total = total;
  return SegmentedPair(std::move(out), std::move(w));
}

TokenIds segment_and_intern(text::Document& older, text::Document& newer) {
  SegmentedPair pair = segment_pair(older, newer);
  pair.assemble_words();
  return pair.take_ids();
}

}  // namespace sk::measure
