// Reading the freelancer profile from the GUI's settings file; see freelancer_profile.h.
#include "workflow/freelancer_profile.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace sk::workflow {

namespace {

std::string_view trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// wxFileConfig's FilterInValue: an optional pair of quotes, backslash escapes inside.
std::string unescape_value(std::string_view value) {
  const bool quoted = value.size() >= 2 && value.front() == '"' && value.back() == '"';
  if (quoted) value = value.substr(1, value.size() - 2);
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\' || i + 1 == value.size()) {
      out += value[i];
      continue;
    }
    switch (const char next = value[++i]) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      default:
        out += next;
        break;  // \\ and \" (and anything else) stand for the character itself
    }
  }
  return out;
}

// wxFileConfig's FilterOutValue: quotes around a value with outer spaces or a leading quote, backslash
// escapes for line breaks, tabs, backslashes (and quotes inside quotes).
std::string escape_value(const std::string& value) {
  const auto space = [](char c) { return c == ' ' || c == '\t'; };
  const bool quote = !value.empty() && (space(value.front()) || value.front() == '"' || space(value.back()));
  std::string out = quote ? "\"" : "";
  for (char c : value) {
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += quote ? "\\\"" : "\"";
        break;
      default:
        out += c;
    }
  }
  return quote ? out + "\"" : out;
}

}  // namespace

std::string with_profile_values(std::string_view ini, const std::vector<ProfileValue>& values) {
  std::vector<std::string> lines;
  while (!ini.empty()) {
    const std::size_t end = ini.find('\n');
    lines.emplace_back(ini.substr(0, end));
    ini.remove_prefix(end == std::string_view::npos ? ini.size() : end + 1);
  }
  std::vector<bool> done(values.size(), false);
  // The [Profile] group: replace the keys it has, then add the others at its end.
  std::size_t group_end = lines.size();
  bool found = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (!line.empty() && line.front() == '[') {
      const std::size_t close = line.find(']');
      const bool profile = close != std::string_view::npos && trim(line.substr(1, close - 1)) == "Profile";
      if (found && !profile) {
        group_end = i;
        break;
      }
      found = found || profile;
      continue;
    }
    if (!found) continue;
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string_view key = trim(line.substr(0, equals));
    for (std::size_t v = 0; v < values.size(); ++v) {
      if (key == values[v].key) {
        lines[i] = values[v].key + "=" + escape_value(values[v].value);
        done[v] = true;
      }
    }
  }
  std::vector<std::string> added;
  for (std::size_t v = 0; v < values.size(); ++v) {
    if (!done[v]) added.push_back(values[v].key + "=" + escape_value(values[v].value));
  }
  if (!found) {
    while (!lines.empty() && trim(lines.back()).empty()) lines.pop_back();
    if (!lines.empty()) lines.emplace_back();
    lines.emplace_back("[Profile]");
    group_end = lines.size();
  } else {
    // Added keys go after the group's last non-blank line.
    while (group_end > 0 && trim(lines[group_end - 1]).empty()) --group_end;
  }
  lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(group_end), added.begin(), added.end());
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

std::string settings_file_path() {
  const char* config = std::getenv("XDG_CONFIG_HOME");
  std::string base;
  if (config != nullptr && *config != '\0') {
    base = config;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    base = std::string(home) + "/.config";
  } else {
    return "";
  }
  return base + "/scopekeeper/scopekeeper.ini";
}

notice::FreelancerProfile parse_profile_ini(std::string_view ini) {
  notice::FreelancerProfile profile;
  bool in_profile = false;
  while (!ini.empty()) {
    const std::size_t end = ini.find('\n');
    const std::string_view line = trim(ini.substr(0, end));
    ini.remove_prefix(end == std::string_view::npos ? ini.size() : end + 1);
    if (line.empty() || line.front() == ';' || line.front() == '#') continue;
    if (line.front() == '[') {
      const std::size_t close = line.find(']');
      in_profile = close != std::string_view::npos && trim(line.substr(1, close - 1)) == "Profile";
      continue;
    }
    if (!in_profile) continue;
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string_view key = trim(line.substr(0, equals));
    std::string value = unescape_value(trim(line.substr(equals + 1)));
    if (key == "Name") {
      profile.name = std::move(value);
    } else if (key == "Business") {
      profile.business = std::move(value);
    } else if (key == "Email") {
      profile.email = std::move(value);
    } else if (key == "Phone") {
      profile.phone = std::move(value);
    } else if (key == "Logo") {
      profile.logo_path = std::move(value);
    } else if (key == "English") {
      profile.english = std::move(value);
    }
  }
  return profile;
}

notice::FreelancerProfile load_freelancer_profile(const std::string& path) {
  if (path.empty()) return {};
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return {};
  return parse_profile_ini(text.str());
}

notice::FreelancerProfile neutral_letterhead(notice::FreelancerProfile profile) {
  if (profile.name.empty()) profile.name = std::move(profile.business), profile.business.clear();
  return profile;
}

}  // namespace sk::workflow
