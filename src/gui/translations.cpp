// Interface language; see translations.h.
#include "translations.h"

#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

#include "wx_text.h"

namespace sk::gui {

std::string set_up_translations(const std::string& language) {
#ifdef SCOPEKEEPER_BUILD_LOCALE_DIR
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(SCOPEKEEPER_BUILD_LOCALE_DIR);
#endif
  // <prefix>/bin/scopekeeper -> <prefix>/share/locale
  wxFileName installed(wxStandardPaths::Get().GetExecutablePath());
  installed.RemoveLastDir();
  installed.AppendDir("share");
  installed.AppendDir("locale");
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(installed.GetPath());
#ifdef SCOPEKEEPER_INSTALL_LOCALE_DIR
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(SCOPEKEEPER_INSTALL_LOCALE_DIR);
#endif

  auto* translations = new wxTranslations;
  wxTranslations::Set(translations);  // takes ownership
  if (!language.empty() && language != "system") translations->SetLanguage(to_wx(language));
  translations->AddStdCatalog();  // wx's own strings (stock buttons); fine when missing
  // The source strings are English, so English needs no catalog.
  if (!translations->AddCatalog("scopekeeper", wxLANGUAGE_ENGLISH_US)) return "en";
  const wxString chosen = translations->GetBestTranslation("scopekeeper", wxLANGUAGE_ENGLISH_US);
  return chosen.empty() ? "en" : to_utf8(chosen.BeforeFirst('_'));
}

}  // namespace sk::gui
