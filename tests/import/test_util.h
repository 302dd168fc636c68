// Small helpers for the import tests: the words of a revision as strings.
#pragma once

#include <string>
#include <vector>

#include "import/import.h"

namespace sk::import::testing {

inline std::vector<std::string> words(const ImportedRevision& r) {
  std::vector<std::string> out;
  for (size_t i = 0; i < r.document.words.size(); ++i) out.emplace_back(r.document.word(i));
  return out;
}

inline std::vector<std::string> words_of(const std::string& text) {
  return words(import_bytes(text, "inline.txt"));
}

}  // namespace sk::import::testing
