// The app's settings: a typed facade over wxFileConfig, stored in
// $XDG_CONFIG_HOME/scopekeeper/scopekeeper.ini (else ~/.config/scopekeeper/scopekeeper.ini). Uses wxBase
// only (no windows), so it is unit-tested without a display. Values read back are checked: anything out
// of range or unknown gives the default. Thread-safe (wxConfig itself is not, so every call takes a lock).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "ledger/terms_store.h"

class wxFileConfig;

namespace sk::gui {

// The freelancer, as the letterhead of a notice shows them. Every field may be empty.
struct Profile {
  std::string name;
  std::string business;
  std::string email;
  std::string phone;
  std::string logo_path;  // an image file; empty for none
  std::string english;    // "en-GB" (or empty) or "en-US": dates and numbers in English letters
};

// What the New project dialog starts with: the agreed terms as the ledger keeps them (ledger::Terms; the
// settings keep the included rounds, 0..99, the share, 1..100, and the extra-round price) and the currency.
struct DefaultTerms {
  ledger::Terms terms;
  std::string currency = "EUR";  // three upper-case letters
};

// A top-level window's place on the screen, in pixels.
struct WindowPlace {
  int x = 0, y = 0, width = 0, height = 0;
  bool maximized = false;
};

class Settings {
 public:
  // Reads `path` if it exists; nothing is written before flush() or destruction.
  explicit Settings(const std::string& path);
  ~Settings();
  Settings(const Settings&) = delete;
  Settings& operator=(const Settings&) = delete;

  // $XDG_CONFIG_HOME/scopekeeper/scopekeeper.ini, or ~/.config/scopekeeper/scopekeeper.ini.
  static std::string default_path();

  const std::string& path() const { return path_; }

  Profile profile() const;
  void set_profile(const Profile& profile);

  DefaultTerms default_terms() const;
  void set_default_terms(const DefaultTerms& terms);

  // "en", "ko" or "ro": the notice language new projects start with.
  std::string notice_language() const;
  void set_notice_language(const std::string& code);

  // "system" (follow the system locale), "en", "ko" or "ro".
  std::string ui_language() const;
  void set_ui_language(const std::string& code);

  // Remembered window places and list column widths, by a name such as "main" or "projects".
  std::optional<WindowPlace> window_place(const std::string& window) const;
  void set_window_place(const std::string& window, const WindowPlace& place);
  std::vector<int> column_widths(const std::string& list) const;
  void set_column_widths(const std::string& list, const std::vector<int>& widths);

  // Writes the file (creating its folder). Returns false when it cannot be written.
  bool flush();

 private:
  std::string read(const char* key, const std::string& fallback) const;
  void write(const char* key, const std::string& value);

  std::string path_;
  mutable std::mutex mutex_;
  std::unique_ptr<wxFileConfig> config_;
};

// Whether the app and its notices speak `code` (common/languages.h).
bool is_known_language(const std::string& code);

}  // namespace sk::gui
