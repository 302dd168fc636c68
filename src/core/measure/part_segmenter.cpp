// One thread's share of the line-reusing tokeniser; see part_segmenter.h.
//
// The range is cut into blocks of lines, so that a block's words are interned while they are still in the
// cache. Interning runs ahead of itself: word k is hashed and its slot prefetched kAhead (32) words
// before it is looked up, and the bytes its slot points to (keys of over 8 bytes) half as many words before.
// The table outgrows the cache on a long text, and a lookup waiting for memory would stall on every rare
// word; this way the memory is read while earlier words are looked up.
#include "measure/part_segmenter.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "text/fold.h"

namespace sk::measure {

void segment_range(const text::Document& doc, size_t begin, size_t end, text::Segmenter& segmenter,
                   Part& part, const Lines* lines, uint32_t* line_first) {
  constexpr size_t kBlock = size_t{1} << 16;
  constexpr size_t kAhead = 32;
  const std::string_view text(doc.text);
  struct Pending {  // a word hashed, waiting for its lookup
    std::string_view key;
    const char* readable;
    HashedKey hashed;
  };
  std::array<Pending, kAhead> pending;
  std::array<std::string, kAhead> folded;  // the folded keys of pending words that needed folding
  size_t line = 0;                         // the next line whose first word is not known yet
  if (lines != nullptr) line = line_cut_index(*lines, begin);
  size_t pos = begin;
  while (pos < end) {
    size_t stop = end;
    if (end - pos > kBlock) {
      const size_t nl = text.find('\n', pos + kBlock - 1);
      if (nl != std::string_view::npos && nl + 1 < end) stop = nl + 1;
    }
    const size_t first = part.words.size();
    segmenter.words(text, pos, stop, part.words);
    const size_t last = part.words.size();
    if (lines != nullptr) {
      size_t w = first;
      for (; line < lines->count() && lines->start[line] < stop; ++line) {
        while (w < last && part.words[w].offset < lines->start[line]) ++w;
        line_first[line] = static_cast<uint32_t>(w);
      }
    }
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

}  // namespace sk::measure
