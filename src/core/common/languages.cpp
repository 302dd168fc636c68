// The language registry; see languages.h.
#include "common/languages.h"

namespace sk {

namespace {

constexpr Language kLanguages[] = {
    {"en", "English", "DejaVu Sans", "fonts-dejavu-core"},
    {"ko", "한국어", "NanumGothic", "fonts-nanum"},
    {"ro", "Română", "DejaVu Sans", "fonts-dejavu-core"},
};

}  // namespace

std::span<const Language> languages() {
  return kLanguages;
}

const Language* find_language(std::string_view code) {
  for (const Language& language : kLanguages) {
    if (language.code == code) return &language;
  }
  return nullptr;
}

std::string language_codes_for_people() {
  std::string text;
  const std::span<const Language> all = languages();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (i > 0) text += i + 1 == all.size() ? " or " : ", ";
    text += all[i].code;
  }
  return text;
}

}  // namespace sk
