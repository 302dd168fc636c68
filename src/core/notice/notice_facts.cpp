// Names of notice kinds and the shipped languages; see notice_facts.h.
#include "notice/notice_facts.h"

#include "common/languages.h"

namespace sk::notice {

const std::vector<std::string>& shipped_languages() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (const Language& language : languages()) out.emplace_back(language.code);
    return out;
  }();
  return codes;
}

std::string letter_locale(const NoticeFacts& facts) {
  return facts.locale.empty() ? facts.language : facts.locale;
}

}  // namespace sk::notice
