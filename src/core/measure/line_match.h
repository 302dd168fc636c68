// The lines of two versions of a text, and which lines of the revision are byte for byte lines of the old
// text. Part of the line-reusing tokeniser (shared_lines.h).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace sk::measure {

inline constexpr uint32_t kUnshared = UINT32_MAX;

// Line i is text[start[i], start[i + 1]), its '\n' included; start.back() is the text size.
struct Lines {
  std::vector<uint32_t> start;
  std::vector<uint64_t> hash;
  size_t count() const { return hash.size(); }
};

Lines split_lines(std::string_view text);

// For every line of the revision, the index of an equal line of the old text, or kUnshared.
std::vector<uint32_t> match_lines(std::string_view old_text, const Lines& old_lines,
                                  std::string_view new_text, const Lines& new_lines);

// The index of the first line starting at or after `target` (count() when none does).
size_t line_cut_index(const Lines& lines, size_t target);

}  // namespace sk::measure
