// Lines and shared lines; see line_match.h.
#include "measure/line_match.h"

#include <algorithm>
#include <cstring>
#include <future>

#include "measure/vocabulary.h"

namespace sk::measure {

namespace {

std::string_view line_text(std::string_view text, const Lines& lines, size_t i) {
  return text.substr(lines.start[i], lines.start[i + 1] - lines.start[i]);
}

}  // namespace

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
  // The revision's lines are looked up on two threads: a shared line is compared byte for byte, so this
  // reads both texts once more.
  std::vector<uint32_t> match(new_lines.count());
  auto look_up = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      size_t s = 0;
      match[i] = find(line_text(new_text, new_lines, i), new_lines.hash[i], s);
    }
  };
  if (new_lines.count() < 4096) {  // not worth a thread
    look_up(0, new_lines.count());
    return match;
  }
  const size_t half = new_lines.count() / 2;
  auto second = std::async(std::launch::async, [&] { look_up(half, new_lines.count()); });
  look_up(0, half);
  second.get();
  return match;
}

size_t line_cut_index(const Lines& lines, size_t target) {
  return static_cast<size_t>(
      std::lower_bound(lines.start.begin(), lines.start.end(), static_cast<uint32_t>(target)) -
      lines.start.begin());
}

}  // namespace sk::measure
