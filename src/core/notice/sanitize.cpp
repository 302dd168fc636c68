// Cleaning field values before they reach a template or a PDF; see sanitize.h.
#include "notice/sanitize.h"

#include <unicode/utf8.h>

#include <vector>

namespace sk::notice {

namespace {

bool is_dropped(UChar32 c) {
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;         // C0, DEL, C1
  if (c == 0x200E || c == 0x200F || c == 0x061C) return true;    // LRM, RLM, ALM
  if (c >= 0x202A && c <= 0x202E) return true;                   // embeddings and overrides
  if (c >= 0x2066 && c <= 0x2069) return true;                   // isolates
  if (c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)) return true;  // BOM, interlinear annotation
  return false;
}

bool is_space(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000;
}

// Decodes, drops and collapses: the code points of the cleaned text.
std::vector<UChar32> clean_code_points(std::string_view text) {
  std::vector<UChar32> out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  bool pending_space = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_dropped(c)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

std::string encode(const std::vector<UChar32>& points, size_t begin, size_t end) {
  std::string out;
  out.reserve((end - begin) * 2);
  for (size_t i = begin; i < end; ++i) {
    char buffer[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), n, points[i]);  // points are valid scalar values
    out.append(buffer, static_cast<size_t>(n));
  }
  return out;
}

// Moves `cut` to a space within `reach` code points in direction `step`, if there is one.
size_t snap_to_space(const std::vector<UChar32>& points, size_t cut, int step, size_t reach) {
  for (size_t moved = 0; moved < reach; ++moved) {
    size_t at = step < 0 ? cut - moved : cut + moved;
    if (at == 0 || at >= points.size()) break;
    if (points[at] == ' ') return at;
  }
  return cut;
}

void trim_trailing_space(std::string& text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
}

}  // namespace

std::string clean_line(std::string_view text, size_t max_chars) {
  std::vector<UChar32> points = clean_code_points(text);
  if (max_chars == 0 || points.size() <= max_chars) return encode(points, 0, points.size());
  std::string out = encode(points, 0, max_chars - 1);
  trim_trailing_space(out);
  return out + "…";
}

std::string clean_passage(std::string_view text, size_t max_chars) {
  std::vector<UChar32> points = clean_code_points(text);
  if (max_chars < 8 || points.size() <= max_chars) return encode(points, 0, points.size());
  const size_t keep = max_chars - 3;
  size_t head_end = snap_to_space(points, keep * 2 / 3, -1, 24);
  size_t tail_begin = snap_to_space(points, points.size() - (keep - head_end), +1, 24);
  while (tail_begin < points.size() && points[tail_begin] == ' ') ++tail_begin;
  std::string head = encode(points, 0, head_end);
  trim_trailing_space(head);
  return head + " … " + encode(points, tail_begin, points.size());
}

size_t count_code_points(std::string_view text) {
  size_t count = 0;
  for (unsigned char byte : text) {
    if ((byte & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace sk::notice
