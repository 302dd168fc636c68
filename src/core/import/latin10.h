// ISO-8859-16 (Latin-10, Romanian with comma-below ș ț) to UTF-8. Debian's ICU data leaves this converter
// out, so its 96-entry table is here.
#pragma once

#include <string>
#include <string_view>

namespace sk::import {

// Every byte is defined: 0x00-0x9F as in Latin-1 (C1 controls included), 0xA0-0xFF from the standard's table.
std::string latin10_to_utf8(std::string_view bytes);

}  // namespace sk::import
