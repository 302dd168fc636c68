// Writing the `changes` array of `diff --json` by hand; see change_list_json.h. A long revision has
// thousands of changes, and a JSON object per change cost about a tenth of the whole diff.
#include "cli/change_list_json.h"

#include <charconv>
#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace sk::cli {

namespace {

void append_number(std::string& out, size_t v) {
  char buffer[24];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, end);
}

void append_member(std::string& out, std::string_view key, size_t v) {
  out += "      \"";
  out += key;
  out += "\": ";
  append_number(out, v);
  out += ",\n";
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  if (text::find_invalid_utf8(s) != std::string_view::npos) {
    out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default: {
        const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out.append(escaped, sizeof escaped);
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void append_changes_json(std::string& out, const std::vector<measure::Change>& changes,
                         const text::Document& older, const text::Document& newer) {
  out += "  \"changes\": [";
  if (changes.empty()) {
    out += "]";
    return;
  }
  bool first = true;
  for (const measure::Change& ch : changes) {
    out += first ? "\n    {\n      \"kind\": \"" : ",\n    {\n      \"kind\": \"";
    first = false;
    out += measure::to_string(ch.kind);
    out += "\",\n";
    append_member(out, "old_start", ch.old_start);
    append_member(out, "old_end", ch.old_end);
    append_member(out, "new_start", ch.new_start);
    append_member(out, "new_end", ch.new_end);
    out += "      \"old_text\": ";
    append_json_string(out, older.span(ch.old_start, ch.old_end));
    out += ",\n      \"new_text\": ";
    append_json_string(out, newer.span(ch.new_start, ch.new_end));
    out += "\n    }";
  }
  out += "\n  ]";
}

}  // namespace sk::cli
