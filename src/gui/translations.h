// Chooses the interface language and loads the translation catalogs (scopekeeper.mo, plus wxWidgets' own
// wxstd when installed) with wxTranslations. It does not change the C locale: core text stays UTF-8 and
// crosses into wx through wx_text.h.
#pragma once

#include <string>

namespace sk::gui {

// `language` is "en", "ko", "ro", or "system" (or empty) to follow the system's preferred languages.
// Catalogs are looked up in the build tree first, then next to the installed program, then in the
// install prefix's locale folder. Returns the language whose catalog was loaded, or "en" for none.
std::string set_up_translations(const std::string& language);

}  // namespace sk::gui
