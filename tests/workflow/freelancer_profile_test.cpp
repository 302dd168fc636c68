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
  CHECK(neutral_letterhead({"Ana", "Studio", "", "", ""}).business == "Studio");
}
