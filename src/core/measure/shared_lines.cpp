// Segmenting and interning a pair of texts, reusing the lines they share; see shared_lines.h.
//
// 1. Both texts are cut into lines (each with its '\n'), hashed on two threads; a line of the revision that
//    is byte for byte a line of the old text is "shared".
// 2. Two threads segment and intern: the first the first part of the old text, the second the rest of it
//    plus the revision's unshared lines, each into its own vocabulary. The cut is placed so that both get
//    about as many bytes.
// 3. The vocabularies are merged so that ids come out in order of first appearance, as intern() numbers
//    them: the old text's keys first, then the revision's new keys. A shared line of the revision copies the
//    words (shifted to its own offset) and ids of the old line it equals.
#include "measure/shared_lines.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <future>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/prefault.h"
#include "measure/vocabulary.h"
#include "text/fold.h"
#include "text/segmenter.h"

namespace sk::measure {

namespace {

constexpr uint32_t kUnshared = UINT32_MAX;

// Line i is text[start[i], start[i + 1]), its '\n' included; start.back() is the text size.
struct Lines {
  std::vector<uint32_t> start;
  std::vector<uint64_t> hash;
  size_t count() const { return hash.size(); }
};

Lines split_lines(std::string_view text) {
  Lines lines;
  size_t pos = 0;
  while (pos < text.size()) {
    const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
    const size_t end =
        nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1 : text.size();
    lines.start.push_back(static_cast<uint32_t>(pos));
    lines.hash.push_back(hash_bytes(text.substr(pos, end - pos)));
    pos = end;
  }
  lines.start.push_back(static_cast<uint32_t>(text.size()));
  return lines;
}

std::string_view line_text(std::string_view text, const Lines& lines, size_t i) {
  return text.substr(lines.start[i], lines.start[i + 1] - lines.start[i]);
}

// For every line of the revision, the index of an equal line of the old text, or kUnshared.
std::vector<uint32_t> match_lines(std::string_view old_text, const Lines& old_lines,
                                  std::string_view new_text, const Lines& new_lines) {
  size_t size = 16;
  while (size < 2 * old_lines.count()) size *= 2;
  const size_t mask = size - 1;
  std::vector<uint32_t> slots(size, 0);  // old line + 1, or 0 for empty; one entry per distinct line
  auto find = [&](std::string_view line, uint64_t h, size_t& s) {
    for (s = h & mask; slots[s] != 0; s = (s + 1) & mask) {
      const uint32_t i = slots[s] - 1;
      if (old_lines.hash[i] == h && line_text(old_text, old_lines, i) == line) return i;
    }
    return kUnshared;
  };
  for (size_t i = 0; i < old_lines.count(); ++i) {
    size_t s = 0;
    if (find(line_text(old_text, old_lines, i), old_lines.hash[i], s) == kUnshared) {
      slots[s] = static_cast<uint32_t>(i + 1);
    }
  }
  std::vector<uint32_t> match(new_lines.count());
  for (size_t i = 0; i < new_lines.count(); ++i) {
    size_t s = 0;
    match[i] = find(line_text(new_text, new_lines, i), new_lines.hash[i], s);
  }
  return match;
}

// The words and ids one thread produces, numbered in its own vocabulary.
struct Part {
  std::vector<text::Word> words;
  std::vector<uint32_t> ids;
  Vocabulary vocab;
};

// Segments text[begin, end) (whole lines) and interns its words, in blocks of lines so that each block's
// words are interned while they are still in the cache.
void segment_range(const text::Document& doc, size_t begin, size_t end, text::Segmenter& segmenter,
                   Part& part) {
  constexpr size_t kBlock = size_t{1} << 16;
  constexpr size_t kAhead = 16;
  const std::string_view text(doc.text);
  struct Pending {  // a word hashed, waiting for its lookup
    std::string_view key;
    const char* readable;
    HashedKey hashed;
  };
  std::array<Pending, kAhead> pending;
  std::array<std::string, kAhead> folded;  // the folded keys of pending words that needed folding
  size_t pos = begin;
  while (pos < end) {
    size_t stop = end;
    if (end - pos > kBlock) {
      const size_t nl = text.find('\n', pos + kBlock - 1);
      if (nl != std::string_view::npos && nl + 1 < end) stop = nl + 1;
    }
    const size_t first = part.words.size();
    segmenter.words(text, pos, stop, part.words);
    // Word k is hashed and its slot prefetched kAhead words before it is looked up, and the bytes its slot
    // points to (keys of over 8 bytes) half as many words before: the table outgrows the cache on a long
    // text, and a lookup waiting for memory would stall on every rare word.
    const size_t last = part.words.size();
    for (size_t k = first; k < last + kAhead; ++k) {
      if (k >= first + kAhead) {
        const Pending& p = pending[(k - kAhead) % kAhead];
        part.ids.push_back(part.vocab.intern_hashed(p.key, p.hashed, p.readable));
      }
      if (k >= first + kAhead / 2 && k < last + kAhead / 2) {
        const Pending& p = pending[(k - kAhead / 2) % kAhead];
        part.vocab.prefetch_bytes(p.hashed, p.key.size());
      }
      if (k < last) {
        Pending& p = pending[k % kAhead];
        p.key = text.substr(part.words[k].offset, part.words[k].length);
        p.readable = text.data();
        if (!doc.ascii && text::fold_word(p.key, folded[k % kAhead])) {
          p.key = folded[k % kAhead];
          p.readable = p.key.data();
        }
        p.hashed = hash_key(p.key, p.readable);
        part.vocab.prefetch(p.hashed);
      }
    }
    pos = stop;
  }
}

// Maps the pages of the next `count` elements of v's spare capacity before they are written (prefault.h).
template <typename T>
void prefault_tail(std::vector<T>& v, size_t count) {
  if (v.size() + count <= v.capacity()) prefault(v.data() + v.size(), count * sizeof(T));
}

// The first line start at or after `target` (or the text size).
size_t line_cut(const Lines& lines, size_t target) {
  return *std::lower_bound(lines.start.begin(), lines.start.end(), static_cast<uint32_t>(target));
}

}  // namespace

TokenIds segment_and_intern(text::Document& older, text::Document& newer) {
  // 1. Lines and the revision's shared ones.
  auto new_lines_future = std::async(std::launch::async, [&] { return split_lines(newer.text); });
  const Lines old_lines = split_lines(older.text);
  const Lines new_lines = new_lines_future.get();
  const std::vector<uint32_t> match = match_lines(older.text, old_lines, newer.text, new_lines);
  size_t unshared_bytes = 0;
  for (size_t i = 0; i < new_lines.count(); ++i) {
    if (match[i] == kUnshared) unshared_bytes += new_lines.start[i + 1] - new_lines.start[i];
  }

  // 2. Segment and intern on two threads.
  const size_t cut =
      line_cut(old_lines, std::min(older.text.size(), (older.text.size() + unshared_bytes) / 2));
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
  added.ids.reserve(added.words.capacity());
  first.vocab.expect_text_of(older.text.size() + unshared_bytes);  // it ends up holding every key
  rest.vocab.expect_text_of(older.text.size() - cut);
  added.vocab.expect_text_of(unshared_bytes);
  auto second = std::async(std::launch::async, [&] {
    text::Segmenter segmenter;
    segment_range(older, cut, older.text.size(), segmenter, rest);
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
    segment_range(older, 0, cut, segmenter, first);
  }
  second.get();

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

  TokenIds out;
  out.alphabet = next;
  // The old text's words [0, nf) are the first part's, the rest from nf on; no line straddles the cut. The
  // old text is joined on one thread while the revision is assembled on this one, from the two parts
  // directly (their buffers do not move: the joined vectors are the first part's, with room reserved).
  const size_t nf = first.words.size(), nr = rest.words.size();
  if (first.words.capacity() < nf + nr) first.words.reserve(nf + nr);
  if (first.ids.capacity() < nf + nr) first.ids.reserve(nf + nr);
  const std::span<const text::Word> first_words(first.words), rest_words(rest.words);
  const std::span<const uint32_t> first_ids(first.ids), rest_local_ids(rest.ids);
  auto old_side = std::async(std::launch::async, [&] {
    older.words.swap(first.words);
    prefault_tail(older.words, nr);
    older.words.insert(older.words.end(), rest_words.begin(), rest_words.end());
    out.older.swap(first.ids);
    prefault_tail(out.older, nr);
    for (uint32_t id : rest_local_ids) out.older.push_back(rest_ids[id]);
  });

  // The revision, line by line; a shared line takes the words of the old line it equals, shifted.
  auto first_word_at = [&](uint32_t offset) {
    auto in = [offset](std::span<const text::Word> words) {
      return static_cast<size_t>(
          std::lower_bound(words.begin(), words.end(), offset,
                           [](const text::Word& w, uint32_t v) { return w.offset < v; }) -
          words.begin());
    };
    return offset < cut ? in(first_words) : nf + in(rest_words);
  };
  std::vector<size_t> old_first(old_lines.count() + 1, SIZE_MAX);  // first word of an old line, when needed
  size_t total = added.words.size();
  for (size_t i = 0; i < new_lines.count(); ++i) {
    const uint32_t o = match[i];
    if (o == kUnshared) continue;
    if (old_first[o] == SIZE_MAX) old_first[o] = first_word_at(old_lines.start[o]);
    if (old_first[o + 1] == SIZE_MAX) old_first[o + 1] = first_word_at(old_lines.start[o + 1]);
    total += old_first[o + 1] - old_first[o];
  }
  // Assembled in place, from the back: `added` grows to the full length and every word moves to its final
  // index, which is never before the one it is read from (only shared words are put in between), so no word
  // is overwritten before it is moved and the revision's words are never held twice.
  const size_t added_count = added.words.size();
  prefault_tail(added.words, total - added_count);
  prefault_tail(added.ids, total - added_count);
  added.words.resize(total);
  added.ids.resize(total);
  text::Word* const words = added.words.data();
  uint32_t* const ids = added.ids.data();
  size_t w = total, a = added_count;  // next index to write (from the back), next word of `added` to move
  for (size_t i = new_lines.count(); i-- > 0;) {
    const uint32_t o = match[i];
    if (o == kUnshared) {
      for (const uint32_t line_start = new_lines.start[i]; a > 0 && words[a - 1].offset >= line_start;) {
        --a;
        --w;
        words[w] = words[a];
        ids[w] = added_ids[ids[a]];
      }
      continue;
    }
    const size_t from = old_first[o], count = old_first[o + 1] - from;
    const uint32_t shift = new_lines.start[i] - old_lines.start[o];  // modulo 2^32: may "go negative"
    w -= count;
    const text::Word* source = from < nf ? first_words.data() + from : rest_words.data() + (from - nf);
    for (size_t k = 0; k < count; ++k) words[w + k] = text::Word{source[k].offset + shift, source[k].length};
    if (from < nf) {
      std::memcpy(ids + w, first_ids.data() + from, count * sizeof(uint32_t));
    } else {
      for (size_t k = 0; k < count; ++k) ids[w + k] = rest_ids[rest_local_ids[from - nf + k]];
    }
  }
  old_side.get();
  rest = Part();
  newer.words.swap(added.words);
  out.newer.swap(added.ids);
  return out;
}

}  // namespace sk::measure
