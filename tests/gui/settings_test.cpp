// Tests of the settings facade (src/gui/settings.h) on a real wxFileConfig file, without a display:
// defaults, a round trip through the file (Korean and Romanian intact), and bad values falling back.
#include "settings.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <wx/init.h>

namespace {

using sk::gui::DefaultTerms;
using sk::gui::Profile;
using sk::gui::Settings;

// A fresh folder per test, removed afterwards.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("scopekeeper-settings-" + std::to_string(std::rand()) + "-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

}  // namespace

TEST_CASE("a missing file gives the defaults", "[gui][settings]") {
  wxInitializer wx;
  TempDir dir;
  Settings settings((dir.path / "none" / "scopekeeper.ini").string());
  CHECK(settings.profile().name.empty());
  const DefaultTerms terms = settings.default_terms();
  CHECK(terms.terms.included_rounds == 2);
  CHECK(terms.terms.max_share_percent == 30);
  CHECK_FALSE(terms.terms.extra_round_price);
  CHECK(terms.currency == "EUR");
  CHECK(settings.notice_language() == "en");
  CHECK(settings.ui_language() == "system");
  CHECK_FALSE(settings.window_place("main"));
  CHECK(settings.column_widths("projects").empty());
}

TEST_CASE("settings survive a round trip through the file", "[gui][settings]") {
  wxInitializer wx;
  TempDir dir;
  const std::string path = (dir.path / "sub" / "scopekeeper.ini").string();
  {
    Settings settings(path);
    settings.set_profile({"Ana Ștefănescu", "Atelierul de țesut", "ana@example.ro", "+40 721 000 000",
                          "/home/ana/logo.png", "en-US"});
    sk::ledger::Terms agreed;
    agreed.included_rounds = 3;
    agreed.max_share_percent = 25.5;
    agreed.extra_round_price = 450.0;
    settings.set_default_terms({agreed, "RON"});
    settings.set_notice_language("ko");
    settings.set_ui_language("ro");
    settings.set_window_place("main", {10, 20, 1000, 700, true});
    settings.set_column_widths("projects", {300, 180, 90, 80, 160});
    REQUIRE(settings.flush());
  }
  Settings again(path);
  const Profile profile = again.profile();
  CHECK(profile.name == "Ana Ștefănescu");
  CHECK(profile.business == "Atelierul de țesut");
  CHECK(profile.email == "ana@example.ro");
  CHECK(profile.phone == "+40 721 000 000");
  CHECK(profile.logo_path == "/home/ana/logo.png");
  const DefaultTerms terms = again.default_terms();
  CHECK(terms.terms.included_rounds == 3);
  CHECK(terms.terms.max_share_percent == 25.5);
  REQUIRE(terms.terms.extra_round_price);
  CHECK(*terms.terms.extra_round_price == 450.0);
  CHECK(terms.currency == "RON");
  CHECK(again.notice_language() == "ko");
  CHECK(again.ui_language() == "ro");
  const auto place = again.window_place("main");
  REQUIRE(place);
  CHECK(place->x == 10);
  CHECK(place->width == 1000);
  CHECK(place->maximized);
  CHECK(again.column_widths("projects") == std::vector<int>{300, 180, 90, 80, 160});

  // Korean in a field, and clearing the price.
  again.set_profile({"김지우", "", "", "", "", ""});
  again.set_default_terms({sk::ledger::Terms{}, "KRW"});
  REQUIRE(again.flush());
  Settings third(path);
  CHECK(third.profile().name == "김지우");
  CHECK_FALSE(third.default_terms().terms.extra_round_price);
}

TEST_CASE("bad values in the file fall back to the defaults", "[gui][settings]") {
  wxInitializer wx;
  TempDir dir;
  const std::string path = (dir.path / "scopekeeper.ini").string();
  std::ofstream(path)
      << "[Terms]\nIncludedRounds=-4\nMaxSharePercent=250\nExtraRoundPrice=-1\nCurrency=euro\n"
         "[Notices]\nLanguage=fr\n[Interface]\nLanguage=klingon\n"
         "[Windows/main]\nX=0\nY=0\nWidth=5\nHeight=5\n[Columns]\nprojects=100,abc\n";
  Settings settings(path);
  const DefaultTerms terms = settings.default_terms();
  CHECK(terms.terms.included_rounds == 2);
  CHECK(terms.terms.max_share_percent == 30);
  CHECK_FALSE(terms.terms.extra_round_price);
  CHECK(terms.currency == "EUR");
  CHECK(settings.notice_language() == "en");
  CHECK(settings.ui_language() == "system");
  CHECK_FALSE(settings.window_place("main"));
  CHECK(settings.column_widths("projects").empty());
}

TEST_CASE("the file lives under XDG_CONFIG_HOME, else ~/.config", "[gui][settings]") {
  const char* old_xdg = std::getenv("XDG_CONFIG_HOME");
  const std::string saved = old_xdg ? old_xdg : "";
  ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-config", 1);
  CHECK(Settings::default_path() == "/tmp/xdg-config/scopekeeper/scopekeeper.ini");
  ::unsetenv("XDG_CONFIG_HOME");
  CHECK(Settings::default_path() ==
        std::string(std::getenv("HOME")) + "/.config/scopekeeper/scopekeeper.ini");
  if (old_xdg) ::setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
}
