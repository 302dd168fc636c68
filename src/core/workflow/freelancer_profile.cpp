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

}  // namespace

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
