// Latin letters in one font; see font_languages.h.
#include "model/font_languages.h"

namespace sk::gui::model {

std::optional<std::string> fontconfig_languages(const std::string& fc_lang, const std::string& lc_all,
                                                const std::string& lc_ctype, const std::string& lang) {
  if (!fc_lang.empty()) return std::nullopt;  // the user's own choice
  // The locale as fontconfig reads it: LC_ALL, else LC_CTYPE, else LANG ("ko_KR.UTF-8" -> "ko").
  const std::string& locale = !lc_all.empty() ? lc_all : !lc_ctype.empty() ? lc_ctype : lang;
  const std::string language = locale.substr(0, locale.find_first_of("_.@"));
  for (const char* cjk : {"ko", "ja", "zh"}) {
    if (language == cjk) return "en:" + language;
  }
  return std::nullopt;
}

}  // namespace sk::gui::model
