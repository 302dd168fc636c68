// The language registry (common/languages.h) is the one list: each entry has its labels and every notice
// template, and every shipped template folder belongs to an entry.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "common/languages.h"
#include "notice/labels.h"
#include "notice/notice_facts.h"
#include "notice/template_store.h"

using sk::Language;
using sk::languages;

TEST_CASE("languages: each language of the registry has its labels, templates and tone rules") {
  const sk::notice::TemplateStore store = sk::notice::TemplateStore::source_tree();
  for (const Language& language : languages()) {
    const std::string code(language.code);
    CAPTURE(code);
    CHECK(sk::find_language(code) == &language);
    CHECK_FALSE(language.native_name.empty());
    CHECK_FALSE(language.font_family.empty());
    CHECK(sk::notice::has_labels(code));
    for (const sk::notice::NoticeKind kind : sk::notice::all_kinds()) {
      CAPTURE(sk::notice::to_string(kind));
      CHECK(store.has(code, std::string(sk::notice::to_string(kind)) + ".mustache"));
    }
    CHECK(store.has(code, "tone-rules.tsv"));
  }
  CHECK(sk::notice::shipped_languages().size() == languages().size());
  CHECK(sk::find_language("fr") == nullptr);
  CHECK(sk::language_codes_for_people() == "en, ko or ro");
}

TEST_CASE("languages: every shipped template folder is a language of the registry") {
  for (const auto& entry : std::filesystem::directory_iterator(SK_TEMPLATES_DIR)) {
    if (!entry.is_directory()) continue;
    CAPTURE(entry.path().filename().string());
    CHECK(sk::find_language(entry.path().filename().string()) != nullptr);
  }
}
