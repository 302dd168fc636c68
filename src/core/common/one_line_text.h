// Checks for the short texts a person types to name things — a project's title, a client's name, an email
// address: valid UTF-8 on one line, with no control characters or invisible direction overrides, so that a
// list, a letter or a terminal shows exactly what was typed.
#pragma once

#include <string>
#include <string_view>

namespace sk {

// Empty when `text` is fine; otherwise why not, to follow the field's name: "contains a control
// character (U+001B) at character 3", "is not valid UTF-8 text (byte 0xFF at byte 2)", "has a line break".
std::string one_line_text_problem(std::string_view text);

// name@domain.tld: one '@', something before it, a dot inside the domain, no spaces. Deliberately loose:
// it catches a name or a phone number typed in the wrong field, not every RFC 5322 corner.
bool looks_like_email(std::string_view email);

}  // namespace sk
