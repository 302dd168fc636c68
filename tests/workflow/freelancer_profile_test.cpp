// The freelancer profile read from the GUI's wxFileConfig INI file, without wxWidgets.
#include <catch2/catch.hpp>
#include <fstream>

#include "../ledger/temp_dir.h"
#include "workflow/freelancer_profile.h"

using sk::ledger::testing::ScopedEnv;
using sk::ledger::testing::TempDir;
using namespace sk::workflow;

TEST_CASE("profile: the [Profile] group of a wxFileConfig file") {
  const auto p = parse_profile_ini(
      "; written by wxFileConfig\n"
      "Name=top-level value, not the profile\n"
      "[Window]\nName=main\nWidth=900\n"
      "[Profile]\r\n"
      "Name = Ana Popescu\r\n"
      "Business=\" Studio Ș&Ț \"\n"
      "Email=ana@example.ro\n"
      "Phone=+40 721 000 000\\tmobile\n"
      "Logo=/home/ana/logo.png\n"
      "[Recent]\nPhone=not this one\n");
  CHECK(p.name == "Ana Popescu");
  CHECK(p.business == " Studio Ș&Ț ");
  CHECK(p.email == "ana@example.ro");
  CHECK(p.phone == "+40 721 000 000\tmobile");
  CHECK(p.logo_path == "/home/ana/logo.png");
}

TEST_CASE("profile: escapes, Korean text, missing keys") {
  const auto p = parse_profile_ini("[Profile]\nName=김지수 \\\"디자인\\\"\nBusiness=a\\\\b\n");
  CHECK(p.name == "김지수 \"디자인\"");
  CHECK(p.business == "a\\b");
  CHECK(p.email.empty());
  CHECK(p.phone.empty());
  CHECK(p.logo_path.empty());
  CHECK(parse_profile_ini("").name.empty());
  CHECK(parse_profile_ini("[Profile").name.empty());
}

TEST_CASE("profile: the settings file path follows XDG_CONFIG_HOME, else HOME") {
  {
    ScopedEnv config("XDG_CONFIG_HOME", std::string("/tmp/cfg"));
    CHECK(settings_file_path() == "/tmp/cfg/scopekeeper/scopekeeper.ini");
  }
  ScopedEnv config("XDG_CONFIG_HOME", std::nullopt);
  ScopedEnv home("HOME", std::string("/home/ana"));
  CHECK(settings_file_path() == "/home/ana/.config/scopekeeper/scopekeeper.ini");
}

TEST_CASE("profile: loading never fails and a missing name gives a neutral letterhead") {
  TempDir dir;
  CHECK(load_freelancer_profile(dir.file("missing.ini")).name.empty());
  CHECK(load_freelancer_profile(dir.path().string()).name.empty());  // a folder, not a file
  std::ofstream(dir.file("s.ini")) << "[Profile]\nBusiness=Studio Nord\nEmail=hi@nord.example\n";
  const auto loaded = load_freelancer_profile(dir.file("s.ini"));
  CHECK(loaded.business == "Studio Nord");

  const auto neutral = neutral_letterhead(loaded);
  CHECK(neutral.name == "Studio Nord");
  CHECK(neutral.business.empty());
  CHECK(neutral.email == "hi@nord.example");
  CHECK(neutral_letterhead({}).name.empty());
  CHECK(neutral_letterhead({"Ana", "Studio", "", "", "", ""}).business == "Studio");
}

TEST_CASE("workflow: the CLI sets profile keys in the app's settings file, keeping everything else") {
  const std::string ini =
      "[Window]\nWidth=800\n\n[Profile]\nName=Old Name\nEmail=old@example.com\n\n[Terms]\nRounds=2\n";
  const std::string out = with_profile_values(ini, {{"Name", "Ioana Ștefănescu"}, {"English", "en-US"}});
  CHECK(out ==
        "[Window]\nWidth=800\n\n[Profile]\nName=Ioana Ștefănescu\nEmail=old@example.com\nEnglish=en-US\n\n"
        "[Terms]\nRounds=2\n");
  const auto profile = parse_profile_ini(out);
  CHECK(profile.name == "Ioana Ștefănescu");
  CHECK(profile.email == "old@example.com");
  CHECK(profile.english == "en-US");

  // No [Profile] group yet (or no file): it is added at the end.
  CHECK(with_profile_values("", {{"Name", "Ana"}}) == "[Profile]\nName=Ana\n");
  CHECK(with_profile_values("[Window]\nWidth=800\n", {{"Name", "Ana"}}) ==
        "[Window]\nWidth=800\n\n[Profile]\nName=Ana\n");

  // Values are escaped as wxFileConfig writes them, and read back unchanged.
  for (const std::string& value : {std::string(" padded "), std::string("a \"quoted\" word"),
                                   std::string("back\\slash"), std::string("\"starts with a quote")}) {
    CAPTURE(value);
    CHECK(parse_profile_ini(with_profile_values("", {{"Business", value}})).business == value);
  }
}
