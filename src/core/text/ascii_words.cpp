// The ASCII fast path of the tokenizer; see ascii_words.h.
//
// The text is read in blocks of 64 bytes, each turned into bit masks (SSE2 where available, a byte loop
// elsewhere): letters L (with '@'), digits D, the joiners '.' and '\'' (M1) and those plus ',' and ';' (M12).
// A joiner byte belongs to a word when it has letters on both sides and is in M1 (WB6/7), or digits on both
// sides (WB11/12): J = M1 & L<<1 & L>>1 | M12 & D<<1 & D>>1, with the neighbours' bits carried across blocks.
// The words are then the maximal runs of W = L | D | J — the same as extending a run of letters and digits
// over each joiner found at its end, which is how the rules read.
#include "text/ascii_words.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sk::text {

namespace {

constexpr size_t kBlock = 64;

struct Masks {
  uint64_t letters = 0, digits = 0, joiners = 0, digit_joiners = 0;  // L, D, M1, M12
};

#if defined(__SSE2__)
// Masks of 16 bytes, in the low 16 bits of each field.
inline void classify16(const char* p, unsigned& l, unsigned& d, unsigned& m1, unsigned& m12) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // ASCII only (the caller's contract), so signed comparisons order the bytes correctly.
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i letter = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                                    _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1))),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('@')));
  const __m128i digit =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const __m128i mid_num_let =
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\'')));
  const __m128i mid_num =
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8(';')));
  l = static_cast<unsigned>(_mm_movemask_epi8(letter));
  d = static_cast<unsigned>(_mm_movemask_epi8(digit));
  m1 = static_cast<unsigned>(_mm_movemask_epi8(mid_num_let));
  m12 = m1 | static_cast<unsigned>(_mm_movemask_epi8(mid_num));
}

// The masks of p[0, 64).
inline Masks classify(const char* p) {
  Masks m;
  for (int k = 0; k < 4; ++k) {
    unsigned l, d, m1, m12;
    classify16(p + 16 * k, l, d, m1, m12);
    m.letters |= uint64_t{l} << (16 * k);
    m.digits |= uint64_t{d} << (16 * k);
    m.joiners |= uint64_t{m1} << (16 * k);
    m.digit_joiners |= uint64_t{m12} << (16 * k);
  }
  return m;
}
#else
inline Masks classify(const char* p) {
  Masks m;
  for (size_t i = 0; i < kBlock; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    const uint64_t bit = uint64_t{1} << i;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') m.letters |= bit;
    if (c >= '0' && c <= '9') m.digits |= bit;
    if (c == '.' || c == '\'') m.joiners |= bit;
    if (c == '.' || c == '\'' || c == ',' || c == ';') m.digit_joiners |= bit;
  }
  return m;
}
#endif

// The masks of the block starting at `offset`; bytes past the end count as neither letters nor joiners.
inline Masks block_masks(const char* text, size_t size, size_t offset) {
  if (offset >= size) return Masks{};
  if (size - offset >= kBlock) return classify(text + offset);
  char padded[kBlock] = {};
  std::memcpy(padded, text + offset, size - offset);
  return classify(padded);
}

}  // namespace

void ascii_words(std::string_view text, uint32_t base, std::vector<Word>& out) {
  const char* const p = text.data();
  const size_t n = text.size();
  Masks cur = block_masks(p, n, 0);
  uint64_t prev_letters = 0, prev_digits = 0, prev_word = 0;  // bit 63 of the previous block's masks
  bool in_word = false;
  uint32_t start = 0;
  for (size_t offset = 0; offset < n; offset += kBlock) {
    const Masks next = block_masks(p, n, offset + kBlock);
    const uint64_t letters_before = (cur.letters << 1) | (prev_letters >> 63);
    const uint64_t letters_after = (cur.letters >> 1) | (next.letters << 63);
    const uint64_t digits_before = (cur.digits << 1) | (prev_digits >> 63);
    const uint64_t digits_after = (cur.digits >> 1) | (next.digits << 63);
    const uint64_t joined =
        (cur.joiners & letters_before & letters_after) | (cur.digit_joiners & digits_before & digits_after);
    const uint64_t word = cur.letters | cur.digits | joined;
    // Bits where a run of W starts or ends (the end is the first byte after it): W differs from its left
    // neighbour. They alternate, so each one opens or closes the current word.
    uint64_t edges = word ^ ((word << 1) | (prev_word >> 63));
    while (edges != 0) {
      const auto at = static_cast<uint32_t>(offset) + static_cast<uint32_t>(__builtin_ctzll(edges));
      edges &= edges - 1;
      if (in_word) {
        out.push_back(Word{base + start, at - start});
      } else {
        start = at;
      }
      in_word = !in_word;
    }
    prev_letters = cur.letters;
    prev_digits = cur.digits;
    prev_word = word;
    cur = next;
  }
  if (in_word) out.push_back(Word{base + start, static_cast<uint32_t>(n) - start});
}

}  // namespace sk::text
