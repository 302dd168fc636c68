// Numbers among the words and the Zipf-like weights of a vocabulary.
#include "gen/vocabulary.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace sk::bench {

void add_numbers(std::vector<std::string>& words, Rng& rng) {
  for (int i = 0; i < 40; ++i) {
    std::string n =
        rng.chance(0.4) ? std::to_string(rng.range(1900, 2030)) : std::to_string(rng.range(2, 250));
    if (std::find(words.begin(), words.end(), n) != words.end()) continue;
    const size_t at = static_cast<size_t>(rng.range(150, 4000));
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(std::min(at, words.size())), n);
  }
}

void set_zipf_weights(Language& lang, double exponent) {
  lang.cumulative.resize(lang.words.size());
  double sum = 0;
  for (size_t r = 0; r < lang.words.size(); ++r) {
    sum += 1.0 / std::pow(static_cast<double>(r) + 2.0, exponent);
    lang.cumulative[r] = sum;
  }
}

Language finish_language(const char* code, VocabBuilder& vb, Rng& rng) {
  Language lang;
  lang.code = code;
  lang.words = vb.take();
  add_numbers(lang.words, rng);
  set_zipf_weights(lang, 1.0);
  return lang;
}

}  // namespace sk::bench
