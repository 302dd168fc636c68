// Making field values safe to print: invalid bytes, control and bidi-override characters out, length bounded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sk::notice {

// A one-line field (a name, a title): malformed UTF-8 becomes U+FFFD; C0/C1 controls, bidi
// embedding/override/ isolate marks, LRM/RLM and BOMs are dropped (tabs and line breaks become spaces); runs
// of spaces collapse and the ends are trimmed; more than `max_chars` code points are cut to `max_chars` - 1
// and end with "…".
std::string clean_line(std::string_view text, size_t max_chars = 300);

// A passage of text for the evidence appendix: cleaned like clean_line (line breaks become spaces), and when
// longer than `max_chars` code points, shortened in the middle: "beginning … end", cut at spaces where
// there is one nearby.
std::string clean_passage(std::string_view text, size_t max_chars = 320);

// The number of code points in valid UTF-8.
size_t count_code_points(std::string_view text);

}  // namespace sk::notice
