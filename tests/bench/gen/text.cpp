// Sentences, paragraphs and their rendering as text.
#include "gen/text.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace sk::bench {

int sentence_length(Rng& rng) {
  int n = rng.range(4, 12) + rng.range(0, 12);
  if (rng.chance(0.2)) n += rng.range(0, 14);
  return n;  // 4..38, mean about 15
}

uint32_t sample_word(const Language& lang, Rng& rng, const Tokens& out) {
  uint32_t w = lang.sample(rng);
  // No word twice in a row, and rarely two of the dozen commonest ("the of").
  for (int retry = 0; !out.empty() && retry < 8; ++retry) {
    const uint32_t prev = out.back().word;
    if (w != prev && !(prev < 12 && w < 12 && retry < 2)) break;
    w = lang.sample(rng);
  }
  return w;
}

namespace {

// Appends one sentence of exactly `len` (>= 1) words.
void gen_sentence(const Language& lang, Rng& rng, Tokens& out, int len) {
  for (int i = 0; i < len; ++i) {
    Token t{sample_word(lang, rng, out), 0};
    if (i == 0) t.flags |= kCap;
    if (i + 1 == len) {
      if (len >= 2 && !lang.enders.empty()) t.word = lang.enders[rng.below(lang.enders.size())];
      t.flags |= rng.chance(0.04) ? kQuestion : kStop;
    } else if (i >= 2 && i + 2 < len && !(out.back().flags & kComma) && rng.chance(0.08)) {
      t.flags |= kComma;
    }
    out.push_back(t);
  }
}

void capitalise_into(std::string& s, std::string_view w) {
  static const struct {
    const char* lower;
    const char* upper;
  } kPairs[] = {{"ă", "Ă"}, {"â", "Â"}, {"î", "Î"}, {"ș", "Ș"}, {"ț", "Ț"}};
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') {
    s += static_cast<char>(w[0] - 'a' + 'A');
    s.append(w.substr(1));
    return;
  }
  for (const auto& p : kPairs) {
    const size_t n = std::strlen(p.lower);
    if (w.substr(0, n) == p.lower) {
      s += p.upper;
      s.append(w.substr(n));
      return;
    }
  }
  s.append(w);  // digits, Hangul: no case
}

}  // namespace

void gen_sentences(const Language& lang, Rng& rng, Tokens& out, size_t words) {
  size_t done = 0;
  do {
    const size_t left = words > done ? words - done : 1;
    size_t len = static_cast<size_t>(sentence_length(rng));
    if (len > left) len = left;
    if (left - len > 0 && left - len < 4) len = left;  // no tiny last sentence
    gen_sentence(lang, rng, out, static_cast<int>(len));
    done += len;
  } while (done < words);
}

Tokens gen_text(const Language& lang, Rng& rng, size_t words) {
  Tokens out;
  out.reserve(words);
  while (out.size() < words) {
    const int sentences = rng.range(3, 8);
    for (int s = 0; s < sentences && out.size() < words; ++s) {
      const size_t left = words - out.size();
      gen_sentence(lang, rng, out, static_cast<int>(std::min<size_t>(left, sentence_length(rng))));
    }
    out.back().flags |= kParaEnd;
  }
  return out;
}

std::string render(const Language& lang, const Tokens& tokens) {
  std::string s;
  s.reserve(tokens.size() * 8);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const std::string& w = lang.words[t.word];
    if (t.flags & kCap) {
      capitalise_into(s, w);
    } else {
      s += w;
    }
    if (t.flags & kStop) {
      s += '.';
    } else if (t.flags & kQuestion) {
      s += '?';
    } else if (t.flags & kParaEnd) {
      s += '.';
    } else if (t.flags & kComma) {
      s += ',';
    }
    if (i + 1 == tokens.size()) {
      s += '\n';
    } else if (t.flags & kParaEnd) {
      s += "\n\n";
    } else {
      s += ' ';
    }
  }
  return s;
}

}  // namespace sk::bench
