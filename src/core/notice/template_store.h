// Where notice templates and tone rules are found: the user's own folder first, then the shipped ones.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace sk::notice {

// An ordered list of template folders, each holding <lang>/<file>. A file is taken from the first folder that
// has it, so a user can override one kind in one language and keep the rest. See docs/templates.md.
class TemplateStore {
 public:
  explicit TemplateStore(std::vector<std::filesystem::path> dirs);

  // user_dir() followed by shipped_dirs().
  static TemplateStore standard();
  // The shipped templates only (what the tests use): the source folder this build was made from.
  static TemplateStore source_tree();

  // $XDG_CONFIG_HOME/scopekeeper/templates, else $HOME/.config/scopekeeper/templates; empty when neither is
  // set.
  static std::filesystem::path user_dir();
  // <exe dir>/../share/scopekeeper/templates (a relocated install), the configured install folder
  // (SK_TEMPLATES_INSTALL_DIR), and the source folder (SK_TEMPLATES_SOURCE_DIR), those that exist.
  static std::vector<std::filesystem::path> shipped_dirs();

  // The file <dir>/<language>/<name> from the first folder that has it. Throws Error(kNotFound) naming the
  // folders searched, and Error(kInvalidInput) when `language` is not a plain language tag.
  std::filesystem::path find(const std::string& language, const std::string& name) const;
  // The contents of find(language, name).
  std::string read(const std::string& language, const std::string& name) const;
  // True when some folder has <language>/<name>.
  bool has(const std::string& language, const std::string& name) const;

  const std::vector<std::filesystem::path>& dirs() const { return dirs_; }

 private:
  std::vector<std::filesystem::path> dirs_;
};

}  // namespace sk::notice
