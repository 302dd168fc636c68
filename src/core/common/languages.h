// The one list of the languages Scopekeeper speaks — in its windows and in its notices. A language exists
// when it has an entry here, its notice templates (templates/<code>/) and its labels
// (notice/labels.cpp); tests/notice/languages_test.cpp checks that each entry has both. Everything else —
// the CLI's --lang choices, the window's language menus, what the ledger accepts, the PDF's font — is read
// from here. docs/templates.md shows how to add one.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace sk {

struct Language {
  std::string_view code;          // a BCP 47 tag: "en", "ko", "ro"
  std::string_view native_name;   // in its own language (UTF-8): "English", "한국어", "Română"
  std::string_view font_family;   // the notice's main font, found through fontconfig
  std::string_view font_package;  // the Debian package that has it, named when it is missing
};

// In the order the windows list them; English first (the fallback).
std::span<const Language> languages();

// The entry for `code`, or nullptr when Scopekeeper does not speak it.
const Language* find_language(std::string_view code);

// "en, ko or ro": the codes for an error message.
std::string language_codes_for_people();

}  // namespace sk
