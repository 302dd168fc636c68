// Scattered edits, rewritten passages and unrelated texts, planned on the old tokens with an EditPlan.
#include "gen/edit_models.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

#include "gen/edit_plan.h"

namespace sk::bench {

namespace {

// The sentence around token i: [begin, end).
std::pair<size_t, size_t> sentence_at(const Tokens& t, size_t i) {
  size_t b = i;
  while (b > 0 && !(t[b].flags & kCap)) --b;
  size_t e = i;
  while (e + 1 < t.size() && !(t[e].flags & kSentenceEnd)) ++e;
  return {b, e + 1};
}

// The paragraph around token i: [begin, end).
std::pair<size_t, size_t> paragraph_at(const Tokens& t, size_t i) {
  size_t b = i;
  while (b > 0 && !(t[b - 1].flags & kParaEnd)) --b;
  size_t e = i;
  while (e + 1 < t.size() && !(t[e].flags & kParaEnd)) ++e;
  return {b, e + 1};
}

Tokens fresh_words(const Language& lang, Rng& rng, size_t n) {
  Tokens w;
  for (size_t i = 0; i < n; ++i) w.push_back(Token{sample_word(lang, rng, w), 0});
  return w;
}

Tokens fresh_sentences(const Language& lang, Rng& rng, size_t words) {
  Tokens s;
  gen_sentences(lang, rng, s, words);
  return s;
}

}  // namespace

Tokens scattered(const Language& lang, Rng& rng, const Tokens& old, double rate) {
  EditPlan plan(old);
  const size_t n = old.size();
  const double budget = rate * static_cast<double>(n);
  double used = 0;
  // A few sentence-level edits: about one for every 150 touched words, at least one.
  const int sentence_edits = std::max(1, static_cast<int>(std::lround(budget / 150.0)));
  int done_sentences = 0;
  for (int attempt = 0; done_sentences < sentence_edits && attempt < 100 * sentence_edits && n > 40;
       ++attempt) {
    const auto [b, e] = sentence_at(old, rng.below(n));
    if (!plan.free(b, e)) continue;
    const size_t len = e - b;
    switch (rng.below(4)) {
      case 0:  // rewrite the sentence
        plan.erase(b, e);
        plan.insert_before(b, fresh_sentences(lang, rng, len), false);
        used += static_cast<double>(len);
        break;
      case 1:  // delete it
        plan.erase(b, e);
        used += static_cast<double>(len);
        break;
      case 2: {  // add a sentence before it
        plan.touch(b, b + 1);
        const size_t add = static_cast<size_t>(sentence_length(rng));
        plan.insert_before(b, fresh_sentences(lang, rng, add), false);
        used += static_cast<double>(add);
        break;
      }
      default: {  // move it before another sentence
        const size_t tb = sentence_at(old, rng.below(n)).first;
        if (tb == b || !plan.free(tb, tb + 1) || (tb >= b && tb <= e)) continue;
        Tokens copy(old.begin() + static_cast<std::ptrdiff_t>(b),
                    old.begin() + static_cast<std::ptrdiff_t>(e));
        copy.back().flags &= static_cast<uint8_t>(~kParaEnd);
        plan.erase(b, e);
        plan.touch(tb, tb + 1);
        plan.insert_before(tb, std::move(copy), false);
        used += static_cast<double>(len);
        break;
      }
    }
    ++done_sentences;
  }
  for (size_t attempt = 0; used < budget && attempt < 20 * n; ++attempt) {
    const size_t k = static_cast<size_t>(rng.range(1, 3));
    const size_t p = rng.below(n);
    const uint64_t kind = rng.below(100);
    if (kind < 45) {  // substitute k words
      if (!plan.free(p, p + k)) continue;
      for (size_t i = p; i < p + k; ++i) {
        uint32_t w = lang.sample(rng);
        while (w == old[i].word) w = lang.sample(rng);
        plan.substitute(i, w);
      }
    } else if (kind < 70) {  // insert k words before p
      if (!plan.free(p, p + 1)) continue;
      plan.touch(p, p + 1);
      plan.insert_before(p, fresh_words(lang, rng, k), true);
    } else {  // delete k words
      if (!plan.free(p, p + k)) continue;
      plan.erase(p, p + k);
    }
    used += static_cast<double>(k);
  }
  return plan.apply();
}

Tokens rewrite(const Language& lang, Rng& rng, const Tokens& old, double rate) {
  EditPlan plan(old);
  const size_t n = old.size();
  const double budget = rate * static_cast<double>(n);
  double used = 0;
  for (size_t attempt = 0; used < budget && attempt < 20 * n; ++attempt) {
    const size_t p = rng.below(n);
    size_t b, e;
    if (rng.chance(0.3)) {  // a whole paragraph
      std::tie(b, e) = paragraph_at(old, p);
    } else {  // 1 to 6 sentences
      std::tie(b, e) = sentence_at(old, p);
      for (int more = rng.range(0, 5); more > 0 && e < n; --more) e = sentence_at(old, e).second;
    }
    if (!plan.free(b, e)) continue;
    const size_t len = e - b;
    // About the same length: 80% to 120%.
    const size_t new_len = std::max<size_t>(1, len * static_cast<size_t>(rng.range(80, 120)) / 100);
    plan.erase(b, e);
    plan.insert_before(b, fresh_sentences(lang, rng, new_len), false);
    used += static_cast<double>(len);
  }
  return plan.apply();
}

Tokens unrelated(const Language& lang, uint64_t seed, size_t words) {
  Rng other(seed ^ 0x9E3779B97F4A7C15ULL);
  return gen_text(lang, other, words);
}

}  // namespace sk::bench
