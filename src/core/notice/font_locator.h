// Finding the TrueType fonts a notice embeds through fontconfig, and which characters each one covers.
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace sk::notice {

class FontFace {
 public:
  FontFace(std::string path, std::string family, std::shared_ptr<void> charset);
  const std::string& path() const { return path_; }
  const std::string& family() const { return family_; }
  // True when the font has a glyph for `c`.
  bool covers(char32_t c) const;

 private:
  std::string path_;
  std::string family_;
  std::shared_ptr<void> charset_;  // FcCharSet*, kept opaque so fontconfig stays out of this header
};

// The regular face of `family` ("DejaVu Sans", "NanumGothic") as a .ttf file. Throws Error(kNotFound, family)
// "font not found; install the Debian package <debian_package>" when fontconfig has no such family
// (fontconfig would otherwise substitute another font) or only a format libharu cannot embed.
FontFace locate_font(const std::string& family, const std::string& debian_package);

// A TrueType font installed on this computer that has a glyph for `c` (fontconfig's sorted list of fonts
// for that character), for characters the notice fonts lack; nullopt when there is none libharu can embed.
std::optional<FontFace> locate_font_for(char32_t c);

}  // namespace sk::notice
