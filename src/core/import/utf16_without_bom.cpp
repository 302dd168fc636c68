// Recognising and decoding UTF-16 without a byte-order mark; see utf16_without_bom.h.
#include "import/utf16_without_bom.h"

#include "common/error.h"
#include "text/utf8.h"

namespace sk::import {

namespace {

constexpr size_t kSampleBytes = size_t{64} << 10;  // the pattern is read from the first 64 KB

enum Order { kLittle = 0, kBig = 1 };

// What the sample's byte pairs say, for each byte order.
struct Pattern {
  size_t units = 0;
  size_t zero_high[2] = {0, 0};   // units whose high byte is zero (Latin-1: letters, spaces, digits)
  size_t zero_low[2] = {0, 0};    // units whose low byte is zero (rare in text: U+0100, U+0300, U+4E00 ...)
  size_t hangul[2] = {0, 0};      // units that are Hangul syllables (U+AC00..U+D7A3)
  size_t hangul_low[2] = {0, 0};  // of those, with a low byte below A1, which no EUC-KR trail byte is
};

Pattern pattern_of(std::string_view sample) {
  Pattern p;
  for (size_t i = 0; i + 1 < sample.size(); i += 2) {
    const unsigned char a = static_cast<unsigned char>(sample[i]);
    const unsigned char b = static_cast<unsigned char>(sample[i + 1]);
    ++p.units;
    for (const Order order : {kLittle, kBig}) {
      const unsigned char high = order == kLittle ? b : a;
      const unsigned char low = order == kLittle ? a : b;
      p.zero_high[order] += high == 0;
      p.zero_low[order] += low == 0;
      const unsigned unit = unsigned{high} << 8 | low;
      if (unit >= 0xAC00 && unit <= 0xD7A3) {
        ++p.hangul[order];
        p.hangul_low[order] += low < 0xA1;
      }
    }
  }
  return p;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

struct Decoded {
  std::string utf8;
  bool text_like = true;  // no U+0000 or noncharacter, few controls, little private use
};

// Strict: nullopt for an odd length or an unpaired surrogate. A `sample` cut from a longer file may end
// inside a unit or a surrogate pair; that end is dropped.
std::optional<Decoded> decode(std::string_view bytes, Order order, bool sample = false) {
  if (sample) bytes = bytes.substr(0, bytes.size() & ~size_t{1});
  if (bytes.size() % 2 != 0) return std::nullopt;
  Decoded d;
  d.utf8.reserve(bytes.size() + bytes.size() / 2);
  size_t latin1 = 0, controls = 0, private_use = 0;
  const auto unit_at = [&](size_t i) {
    const unsigned a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(order == kLittle ? (b << 8 | a) : (a << 8 | b));
  };
  for (size_t i = 0; i < bytes.size(); i += 2) {
    char32_t c = unit_at(i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (sample && c < 0xDC00 && i + 2 >= bytes.size()) break;
      if (c >= 0xDC00 || i + 2 >= bytes.size()) return std::nullopt;
      const char32_t trail = unit_at(i + 2);
      if (trail < 0xDC00 || trail > 0xDFFF) return std::nullopt;
      c = 0x10000 + ((c - 0xD800) << 10) + (trail - 0xDC00);
      i += 2;
    }
    if (c < 0x100) {
      ++latin1;
      controls += (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B) ||
                  (c >= 0x7F && c < 0xA0);
    }
    private_use += c >= 0xE000 && c <= 0xF8FF;
    if (c == 0 || c == 0xFFFE || c == 0xFFFF) d.text_like = false;
    append_utf8(d.utf8, c);
  }
  const size_t units = bytes.size() / 2;
  // Binary data read as UTF-16 has random low bytes under its zero high bytes: many of them are controls.
  if (controls * 100 > latin1 || private_use * 100 > units) d.text_like = false;
  return d;
}

Error looks_like_utf16() {
  return Error(ErrorKind::kInvalidInput, "",
               "this looks like UTF-16 without a byte-order mark: save it as UTF-8");
}

}  // namespace

std::optional<Utf16Text> utf16_without_bom(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  const Pattern p = pattern_of(sample);
  if (p.units == 0) return std::nullopt;
  // Zero bytes on one side only (a few on the other are allowed: U+0100, U+0300, U+3000 ...).
  std::optional<Order> zeros;
  for (const Order order : {kLittle, kBig}) {
    if (p.zero_high[order] > 0 && p.zero_low[order] * 4 <= p.zero_high[order]) zeros = order;
  }
  // Sure when at least 1 unit in 16 (and 4 in all) is Latin-1: spaces alone give Korean more than that.
  const bool sure = zeros && p.zero_high[*zeros] >= 4 && p.zero_high[*zeros] * 16 >= p.units;
  const std::optional<Decoded> head =
      zeros ? decode(sample, *zeros, sample.size() < bytes.size()) : std::nullopt;
  if (sure && head && head->text_like) {
    std::optional<Decoded> whole = sample.size() < bytes.size() ? decode(bytes, *zeros) : head;
    if (!whole) throw looks_like_utf16();  // an odd length or an unpaired surrogate further on
    if (whole->text_like)
      return Utf16Text{std::move(whole->utf8), *zeros == kLittle ? "UTF-16LE" : "UTF-16BE"};
  }
  // Korean syllables only: 9 units in 10 are syllables, with low bytes spread as EUC-KR's never are.
  for (const Order order : {kLittle, kBig}) {
    if (p.hangul[order] >= 4 && p.hangul[order] * 10 >= p.units * 9 &&
        p.hangul_low[order] * 4 >= p.hangul[order]) {
      throw looks_like_utf16();
    }
  }
  if (sure && !head) throw looks_like_utf16();  // an odd length or an unpaired surrogate
  // Few zero bytes: UTF-16 of another script, or 8-bit text with a stray zero byte (then valid UTF-8 around
  // it, and refused as binary data as before).
  const size_t bad = text::find_invalid_utf8(sample);
  const bool utf8 =
      bad == std::string_view::npos || (sample.size() < bytes.size() && bad + 4 > sample.size());
  if (zeros && head && head->text_like && !utf8) throw looks_like_utf16();
  return std::nullopt;
}

}  // namespace sk::import
