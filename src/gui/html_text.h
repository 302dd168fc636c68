// Text placed into the HTML that wxHtmlWindow shows (the Compare view, the tone remarks): every character
// that HTML gives a meaning to is escaped, line breaks become <br>, carriage returns are dropped. UTF-8 in,
// UTF-8 out, so a client's "<b>" or "&amp;" is shown as typed.
#pragma once

#include <string>
#include <string_view>

namespace sk::gui {

inline void append_html_text(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
        out += "<br>";
        break;
      case '\r':
        break;
      default:
        out.push_back(c);
    }
  }
}

inline std::string html_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_html_text(out, text);
  return out;
}

}  // namespace sk::gui
