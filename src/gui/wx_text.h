// UTF-8 <-> wxString at the GUI's edge. wx does not set the C locale, so implicit conversions would lose
// Korean and Romanian text: every std::string crosses into wx through these two functions.
#pragma once

#include <string>

#include <wx/string.h>

namespace sk::gui {

inline wxString to_wx(const std::string& utf8) {
  return wxString::FromUTF8(utf8.data(), utf8.size());
}

inline std::string to_utf8(const wxString& text) {
  const wxScopedCharBuffer buffer = text.ToUTF8();
  return std::string(buffer.data(), buffer.length());
}

}  // namespace sk::gui
