// What the three vocabularies are built with: a list of distinct words, numbers scattered among them and the
// Zipf-like weights of their ranks.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "gen/language.h"
#include "gen/rng.h"

namespace sk::bench {

constexpr size_t kVocabularySize = 30000;

// The words in the order added, each once.
class VocabBuilder {
 public:
  bool add(std::string w) {
    if (w.empty() || !seen_.insert(w).second) return false;
    words_.push_back(std::move(w));
    return true;
  }
  size_t size() const { return words_.size(); }
  std::vector<std::string> take() { return std::move(words_); }

 private:
  std::unordered_set<std::string> seen_;
  std::vector<std::string> words_;
};

// One entry of `list`, uniformly.
template <size_t N>
const char* pick(Rng& rng, const char* const (&list)[N]) {
  return list[rng.below(N)];
}

// Scatters numbers ("1998", "42") among the ranks of an already built word list.
void add_numbers(std::vector<std::string>& words, Rng& rng);

// Fills lang.cumulative: the word of rank r weighs 1 / (r + 2)^exponent.
void set_zipf_weights(Language& lang, double exponent);

// The language `code` made of vb's words, with numbers scattered among them and weights for exponent 1.
Language finish_language(const char* code, VocabBuilder& vb, Rng& rng);

}  // namespace sk::bench
