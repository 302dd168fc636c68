// Folding of equivalent letter forms for comparison; see fold.h.
#include "text/fold.h"

#include <cstring>

namespace sk::text {

namespace {

struct Fold {
  const char* from;
  const char* to;
};

// NFC has already composed these, so each is a fixed byte sequence.
constexpr Fold kFolds[] = {
    {"\xC5\x9E", "\xC8\x98"},  // Ş -> Ș
    {"\xC5\x9F", "\xC8\x99"},  // ş -> ș
    {"\xC5\xA2", "\xC8\x9A"},  // Ţ -> Ț
    {"\xC5\xA3", "\xC8\x9B"},  // ţ -> ț
    {"\xE2\x80\x98", "'"},     // ‘ -> '
    {"\xE2\x80\x99", "'"},     // ’ -> '
    {"\xCA\xBC", "'"},         // ʼ -> '
};

// The fold starting at word[i], or nullptr.
const Fold* fold_at(std::string_view word, size_t i) {
  for (const Fold& f : kFolds) {
    const size_t len = std::strlen(f.from);
    if (word.compare(i, len, f.from) == 0) return &f;
  }
  return nullptr;
}

}  // namespace

bool fold_word(std::string_view word, std::string& out) {
  size_t first = 0;
  const Fold* hit = nullptr;
  for (; first < word.size(); ++first) {
    const auto c = static_cast<unsigned char>(word[first]);
    if ((c == 0xC5 || c == 0xE2 || c == 0xCA) && (hit = fold_at(word, first)) != nullptr) break;
  }
  if (hit == nullptr) return false;
  out.assign(word.substr(0, first));
  size_t i = first;
  while (i < word.size()) {
    const Fold* f = fold_at(word, i);
    if (f != nullptr) {
      out.append(f->to);
      i += std::strlen(f->from);
    } else {
      out.push_back(word[i]);
      ++i;
    }
  }
  return true;
}

}  // namespace sk::text
