// A language of the generated text: a fixed vocabulary of about 30,000 words (English; Romanian with
// ș ț ă î â; Korean in Hangul syllables) drawn with a Zipf-like frequency, so short function words are common
// and longer words rare. The vocabulary does not depend on --seed: two texts with different seeds share it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gen/rng.h"

namespace sk::bench {

struct Language {
  std::string code;
  std::vector<std::string> words;  // in frequency rank order
  std::vector<double> cumulative;  // Zipf-like weights, running sum
  std::vector<uint32_t> enders;    // if not empty: the word that ends every sentence is drawn from these

  uint32_t sample(Rng& rng) const {
    const double x = rng.unit() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
    return static_cast<uint32_t>(std::min<size_t>(it - cumulative.begin(), words.size() - 1));
  }
};

// Each built from its own fixed seed (english.cpp, romanian.cpp, korean.cpp).
Language english();
Language romanian();
Language korean();

}  // namespace sk::bench
