// fontconfig lookup of the notice fonts; see font_locator.h.
#include "notice/font_locator.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>

#include "common/error.h"

namespace sk::notice {

namespace {

std::string lower_without_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool ends_with_ttf(const std::string& path) {
  return path.size() > 4 && lower_without_spaces(path.substr(path.size() - 4)) == ".ttf";
}

Error missing(const std::string& family, const std::string& package, const std::string& why) {
  return Error(ErrorKind::kNotFound, "font " + family,
               why + "; install the Debian package " + package + " (apt install " + package + ")");
}

}  // namespace

FontFace::FontFace(std::string path, std::string family, std::shared_ptr<void> charset)
    : path_(std::move(path)), family_(std::move(family)), charset_(std::move(charset)) {}

bool FontFace::covers(char32_t c) const {
  return charset_ && FcCharSetHasChar(static_cast<FcCharSet*>(charset_.get()), static_cast<FcChar32>(c));
}

FontFace locate_font(const std::string& family, const std::string& debian_package) {
  if (!FcInit()) throw Error(ErrorKind::kUnsupported, "fontconfig", "cannot initialise fontconfig");
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pattern(
      FcPatternBuild(nullptr, FC_FAMILY, FcTypeString, reinterpret_cast<const FcChar8*>(family.c_str()),
                     FC_WEIGHT, FcTypeInteger, FC_WEIGHT_REGULAR, FC_SLANT, FcTypeInteger, FC_SLANT_ROMAN,
                     nullptr),
      FcPatternDestroy);
  if (!pattern) throw Error(ErrorKind::kUnsupported, "fontconfig", "cannot build a font pattern");
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> match(FcFontMatch(nullptr, pattern.get(), &result),
                                                                FcPatternDestroy);
  if (!match || result != FcResultMatch) throw missing(family, debian_package, "font not found");

  FcChar8* matched_family = nullptr;
  FcChar8* file = nullptr;
  FcCharSet* charset = nullptr;
  bool same_family = false;
  for (int i = 0; FcPatternGetString(match.get(), FC_FAMILY, i, &matched_family) == FcResultMatch; ++i) {
    same_family = same_family || lower_without_spaces(reinterpret_cast<const char*>(matched_family)) ==
                                     lower_without_spaces(family);
  }
  if (!same_family) throw missing(family, debian_package, "font not found");
  if (FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch) {
    throw missing(family, debian_package, "font has no file");
  }
  const std::string path = reinterpret_cast<const char*>(file);
  if (!ends_with_ttf(path))
    throw missing(family, debian_package, "font is not a TrueType file (" + path + ")");
  std::shared_ptr<void> kept;
  if (FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &charset) == FcResultMatch) {
    kept = std::shared_ptr<void>(FcCharSetCopy(charset),
                                 [](void* set) { FcCharSetDestroy(static_cast<FcCharSet*>(set)); });
  }
  return FontFace(path, family, std::move(kept));
}

std::optional<FontFace> locate_font_for(char32_t c) {
  if (!FcInit()) return std::nullopt;
  std::unique_ptr<FcCharSet, decltype(&FcCharSetDestroy)> wanted(FcCharSetCreate(), FcCharSetDestroy);
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pattern(FcPatternCreate(), FcPatternDestroy);
  if (!wanted || !pattern) return std::nullopt;
  FcCharSetAddChar(wanted.get(), static_cast<FcChar32>(c));
  FcPatternAddCharSet(pattern.get(), FC_CHARSET, wanted.get());
  FcPatternAddBool(pattern.get(), FC_SCALABLE, FcTrue);
  FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  FcResult result = FcResultNoMatch;
  std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)> fonts(
      FcFontSort(nullptr, pattern.get(), FcFalse, nullptr, &result), FcFontSetDestroy);
  if (!fonts) return std::nullopt;
  for (int i = 0; i < fonts->nfont; ++i) {
    FcPattern* font = fonts->fonts[i];
    FcChar8* file = nullptr;
    FcChar8* family = nullptr;
    FcCharSet* charset = nullptr;
    FcBool color = FcFalse;
    if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) continue;
    if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch) continue;
    if (!FcCharSetHasChar(charset, static_cast<FcChar32>(c))) continue;
    if (FcPatternGetBool(font, FC_COLOR, 0, &color) == FcResultMatch && color) continue;  // bitmaps in colour
    const std::string path = reinterpret_cast<const char*>(file);
    if (!ends_with_ttf(path)) continue;
    FcPatternGetString(font, FC_FAMILY, 0, &family);
    std::shared_ptr<void> kept(FcCharSetCopy(charset),
                               [](void* set) { FcCharSetDestroy(static_cast<FcCharSet*>(set)); });
    return FontFace(path, family != nullptr ? reinterpret_cast<const char*>(family) : path, std::move(kept));
  }
  return std::nullopt;
}

}  // namespace sk::notice
