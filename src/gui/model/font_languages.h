// Latin letters in one font in a Korean, Japanese or Chinese desktop. Fontconfig ranks fonts by the
// locale's language when a text run names none, so under LANG=ko_KR "Sans" becomes NanumGothic, which has
// no ș, ț or ă: "Broșură" was drawn from two fonts (the missing letters heavier, from DejaVu Sans). With
// English ranked first (FC_LANG="en:ko"), Latin comes whole from a font made for it, and Hangul still from
// the Korean font, since the Latin one has none.
#pragma once

#include <optional>
#include <string>

namespace sk::gui::model {

// The FC_LANG value to set for a process whose environment has these values (empty when unset), or
// nullopt to leave fontconfig as it is: FC_LANG already set by the user, or a locale whose fonts have every
// Latin letter.
std::optional<std::string> fontconfig_languages(const std::string& fc_lang, const std::string& lc_all,
                                                const std::string& lc_ctype, const std::string& lang);

}  // namespace sk::gui::model
