// Right-to-left text (Hebrew, Arabic) in a left-to-right letter: a client's or project's name in Hebrew is
// drawn in the order a reader sees it, and Arabic letters take their joined forms.
#pragma once

#include <string>
#include <string_view>

namespace sk::notice {

// True when `utf8` has a character of a right-to-left script.
bool has_right_to_left(std::string_view utf8);

// One laid-out line (logical order, UTF-8) in visual order for drawing left to right: the Unicode
// bidirectional algorithm (ICU's ubidi, paragraph direction from the text, left to right by default) with
// mirrored brackets, after shaping Arabic letters into their presentation forms (u_shapeArabic). A line
// without right-to-left text is returned unchanged.
std::string visual_line(std::string_view utf8);

}  // namespace sk::notice
