// Template lookup across the user's folder and the shipped folders; see template_store.h.
#include "notice/template_store.h"

#include <cstdlib>
#include <system_error>

#include "common/error.h"
#include "common/read_file.h"

#ifndef SK_TEMPLATES_SOURCE_DIR
#define SK_TEMPLATES_SOURCE_DIR ""
#endif
#ifndef SK_TEMPLATES_INSTALL_DIR
#define SK_TEMPLATES_INSTALL_DIR ""
#endif

namespace sk::notice {

namespace {

namespace fs = std::filesystem;

fs::path absolute_env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return {};
  fs::path path(value);
  return path.is_absolute() ? path : fs::path();
}

bool is_dir(const fs::path& path) {
  std::error_code error;
  return !path.empty() && fs::is_directory(path, error);
}

// "en", "ko", "ro", "pt-BR", "zh_Hant": letters, digits, '-' and '_', starting with a letter.
bool is_language_tag(const std::string& language) {
  if (language.empty() || language.size() > 16) return false;
  if (!((language[0] >= 'a' && language[0] <= 'z') || (language[0] >= 'A' && language[0] <= 'Z')))
    return false;
  for (char c : language) {
    bool ok =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

void check_name(const std::string& language, const std::string& name) {
  if (!is_language_tag(language)) {
    throw Error(ErrorKind::kInvalidInput, "language", "not a language tag: '" + language + "'");
  }
  if (name.empty() || name.find('/') != std::string::npos || name.find("..") != std::string::npos) {
    throw Error(ErrorKind::kInvalidInput, "template", "not a template file name: '" + name + "'");
  }
}

}  // namespace

TemplateStore::TemplateStore(std::vector<fs::path> dirs) : dirs_(std::move(dirs)) {}

TemplateStore TemplateStore::standard() {
  std::vector<fs::path> dirs;
  fs::path user = user_dir();
  if (!user.empty()) dirs.push_back(user);
  for (fs::path& dir : shipped_dirs()) dirs.push_back(std::move(dir));
  return TemplateStore(std::move(dirs));
}

TemplateStore TemplateStore::source_tree() {
  return TemplateStore({fs::path(SK_TEMPLATES_SOURCE_DIR)});
}

fs::path TemplateStore::user_dir() {
  fs::path config = absolute_env("XDG_CONFIG_HOME");
  if (config.empty()) {
    fs::path home = absolute_env("HOME");
    if (home.empty()) return {};
    config = home / ".config";
  }
  return config / "scopekeeper" / "templates";
}

std::vector<fs::path> TemplateStore::shipped_dirs() {
  std::vector<fs::path> candidates;
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (!error) candidates.push_back(exe.parent_path().parent_path() / "share" / "scopekeeper" / "templates");
  candidates.emplace_back(SK_TEMPLATES_INSTALL_DIR);
  candidates.emplace_back(SK_TEMPLATES_SOURCE_DIR);
  std::vector<fs::path> found;
  for (fs::path& dir : candidates) {
    if (!is_dir(dir)) continue;
    fs::path canonical = fs::weakly_canonical(dir, error);
    if (error) canonical = dir;
    bool seen = false;
    for (const fs::path& other : found) seen = seen || other == canonical;
    if (!seen) found.push_back(canonical);
  }
  return found;
}

fs::path TemplateStore::find(const std::string& language, const std::string& name) const {
  check_name(language, name);
  std::string searched;
  for (const fs::path& dir : dirs_) {
    fs::path candidate = dir / language / name;
    std::error_code error;
    if (fs::is_regular_file(candidate, error)) return candidate;
    searched += (searched.empty() ? "" : ", ") + dir.string();
  }
  throw Error(
      ErrorKind::kNotFound, language + "/" + name,
      "no such template (looked in: " + (searched.empty() ? std::string("no folders") : searched) + ")");
}

std::string TemplateStore::read(const std::string& language, const std::string& name) const {
  return read_file(find(language, name).string(), size_t{1} << 20);
}

bool TemplateStore::has(const std::string& language, const std::string& name) const {
  check_name(language, name);
  for (const fs::path& dir : dirs_) {
    std::error_code error;
    if (fs::is_regular_file(dir / language / name, error)) return true;
  }
  return false;
}

}  // namespace sk::notice
