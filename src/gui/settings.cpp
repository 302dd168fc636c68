// The app's settings; see settings.h.
#include "settings.h"

#include "common/languages.h"

#include <algorithm>
#include <cstdlib>

#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/log.h>
#include <wx/tokenzr.h>

#include "wx_text.h"

namespace sk::gui {

namespace {

bool is_currency(const std::string& code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

}  // namespace

bool is_known_language(const std::string& code) {
  return find_language(code) != nullptr;
}

Settings::Settings(const std::string& path) : path_(path) {
  wxLogNull quiet;  // a missing or unreadable file just means defaults
  config_ = std::make_unique<wxFileConfig>("scopekeeper", wxEmptyString, to_wx(path), wxEmptyString,
                                           wxCONFIG_USE_LOCAL_FILE, wxConvUTF8);
}

Settings::~Settings() {
  flush();
}

std::string Settings::default_path() {
  std::string base = env("XDG_CONFIG_HOME");
  if (base.empty() || base.front() != '/') base = env("HOME") + "/.config";
  return base + "/scopekeeper/scopekeeper.ini";
}

std::string Settings::read(const char* key, const std::string& fallback) const {
  wxString value;
  if (!config_->Read(key, &value)) return fallback;
  return to_utf8(value);
}

void Settings::write(const char* key, const std::string& value) {
  config_->Write(key, to_wx(value));
}

Profile Settings::profile() const {
  std::lock_guard lock(mutex_);
  Profile p;
  p.name = read("/Profile/Name", "");
  p.business = read("/Profile/Business", "");
  p.email = read("/Profile/Email", "");
  p.phone = read("/Profile/Phone", "");
  p.logo_path = read("/Profile/Logo", "");
  p.english = read("/Profile/English", "");
  return p;
}

void Settings::set_profile(const Profile& p) {
  std::lock_guard lock(mutex_);
  write("/Profile/Name", p.name);
  write("/Profile/Business", p.business);
  write("/Profile/Email", p.email);
  write("/Profile/Phone", p.phone);
  write("/Profile/Logo", p.logo_path);
  write("/Profile/English", p.english);
}

DefaultTerms Settings::default_terms() const {
  std::lock_guard lock(mutex_);
  DefaultTerms t;
  long rounds = 0;
  if (config_->Read("/Terms/IncludedRounds", &rounds) && rounds >= 0 && rounds <= 99) {
    t.terms.included_rounds = static_cast<int>(rounds);
  }
  double share = 0;
  if (config_->Read("/Terms/MaxSharePercent", &share) && share >= 1 && share <= 100)
    t.terms.max_share_percent = share;
  double price = 0;
  if (config_->Read("/Terms/ExtraRoundPrice", &price) && price >= 0) t.terms.extra_round_price = price;
  if (const std::string currency = read("/Terms/Currency", ""); is_currency(currency)) t.currency = currency;
  return t;
}

void Settings::set_default_terms(const DefaultTerms& t) {
  std::lock_guard lock(mutex_);
  config_->Write("/Terms/IncludedRounds", static_cast<long>(t.terms.included_rounds));
  config_->Write("/Terms/MaxSharePercent", t.terms.max_share_percent);
  if (t.terms.extra_round_price) {
    config_->Write("/Terms/ExtraRoundPrice", *t.terms.extra_round_price);
  } else {
    config_->DeleteEntry("/Terms/ExtraRoundPrice", false);
  }
  write("/Terms/Currency", t.currency);
}

std::string Settings::notice_language() const {
  std::lock_guard lock(mutex_);
  const std::string code = read("/Notices/Language", "en");
  return is_known_language(code) ? code : "en";
}

void Settings::set_notice_language(const std::string& code) {
  std::lock_guard lock(mutex_);
  write("/Notices/Language", code);
}

std::string Settings::ui_language() const {
  std::lock_guard lock(mutex_);
  const std::string code = read("/Interface/Language", "system");
  return is_known_language(code) ? code : "system";
}

void Settings::set_ui_language(const std::string& code) {
  std::lock_guard lock(mutex_);
  write("/Interface/Language", code);
}

std::optional<WindowPlace> Settings::window_place(const std::string& window) const {
  std::lock_guard lock(mutex_);
  const wxString group = "/Windows/" + to_wx(window) + "/";
  WindowPlace place;
  long x = 0, y = 0, width = 0, height = 0;
  bool maximized = false;
  if (!config_->Read(group + "X", &x) || !config_->Read(group + "Y", &y) ||
      !config_->Read(group + "Width", &width) || !config_->Read(group + "Height", &height)) {
    return std::nullopt;
  }
  config_->Read(group + "Maximized", &maximized, false);
  if (width < 100 || height < 100 || width > 20000 || height > 20000) return std::nullopt;
  place = {static_cast<int>(x), static_cast<int>(y), static_cast<int>(width), static_cast<int>(height),
           maximized};
  return place;
}

void Settings::set_window_place(const std::string& window, const WindowPlace& place) {
  std::lock_guard lock(mutex_);
  const wxString group = "/Windows/" + to_wx(window) + "/";
  config_->Write(group + "X", static_cast<long>(place.x));
  config_->Write(group + "Y", static_cast<long>(place.y));
  config_->Write(group + "Width", static_cast<long>(place.width));
  config_->Write(group + "Height", static_cast<long>(place.height));
  config_->Write(group + "Maximized", place.maximized);
}

std::vector<int> Settings::column_widths(const std::string& list) const {
  std::lock_guard lock(mutex_);
  wxString value;
  std::vector<int> widths;
  if (!config_->Read("/Columns/" + to_wx(list), &value)) return widths;
  wxStringTokenizer tokens(value, ",");
  while (tokens.HasMoreTokens()) {
    long width = 0;
    if (!tokens.GetNextToken().ToLong(&width) || width < 0 || width > 5000) return {};
    widths.push_back(static_cast<int>(width));
  }
  return widths;
}

void Settings::set_column_widths(const std::string& list, const std::vector<int>& widths) {
  std::lock_guard lock(mutex_);
  wxString value;
  for (int width : widths) value << (value.empty() ? "" : ",") << width;
  config_->Write("/Columns/" + to_wx(list), value);
}

bool Settings::flush() {
  std::lock_guard lock(mutex_);
  wxLogNull quiet;  // failures are reported by the return value
  const wxFileName file(to_wx(path_));
  if (!file.GetPath().empty() && !wxFileName::DirExists(file.GetPath()) &&
      !wxFileName::Mkdir(file.GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL)) {
    return false;
  }
  return config_->Flush();
}

}  // namespace sk::gui
