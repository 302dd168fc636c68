// scopekeeper-bench-gen: a deterministic generator of natural-looking text, and of edited pairs of it, for
// the benchmark in compare_peers.sh. It depends on nothing but the C++ standard library.
//
// The text: a fixed vocabulary per language (English, Romanian with ș ț ă î â, Korean in Hangul syllables),
// drawn with a Zipf-like frequency (short function words are common, longer words rare); sentences of 4 to 38
// words with a capitalised start, some commas and a full stop; paragraphs of 3 to 8 sentences, each written
// as one line (as a typical exported document does) and separated by blank lines. The vocabulary does not
// depend on --seed, so two texts with different seeds share it.
//
// Every emitted word is a run of letters or digits followed at most by one of , . ? and then a space or a
// newline, so whitespace splitting (wdiff, dwdiff, git) and Unicode word boundaries count the same words.
//
// Usage:
//   scopekeeper-bench-gen --words N [--seed S] [--lang en|ro|ko] [--out FILE]
//   scopekeeper-bench-gen --words N [--seed S] [--lang L] --out-old OLD --out-new NEW
//                         --edit scattered|rewrite|unrelated [--rate R]
// Edits of the pair (R is a share of the old words, default 0.002 for scattered and 0.30 for rewrite):
//   scattered  substitutions, insertions and deletions of 1-3 words at random places, plus a few
//   sentence-level
//              edits (a sentence replaced, deleted, inserted or moved), until about R of the old words are
//              touched;
//   rewrite    contiguous passages of 1-6 sentences or whole paragraphs replaced by new text of about the
//   same
//              length, until about R of the old words are rewritten;
//   unrelated  the new text is generated from another seed (same vocabulary, same word count).
// The counts written are printed on stdout (on stderr when the text itself goes to stdout).

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

// xoshiro256** seeded through splitmix64: the same stream on every platform and standard library (the
// standard distributions are not specified bit for bit, so none are used).
class Rng {
 public:
  explicit Rng(uint64_t seed) {
    for (auto& s : s_) {
      seed += 0x9E3779B97F4A7C15ULL;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      s = z ^ (z >> 31);
    }
  }
  uint64_t next() {
    const uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  // Uniform in [0, n); n > 0. The modulo bias is irrelevant for the small n used here.
  uint64_t below(uint64_t n) { return next() % n; }
  // Uniform in [lo, hi].
  int range(int lo, int hi) { return lo + static_cast<int>(below(static_cast<uint64_t>(hi - lo + 1))); }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }

 private:
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
};

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

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

void finish(Language& lang, double exponent) {
  lang.cumulative.resize(lang.words.size());
  double sum = 0;
  for (size_t r = 0; r < lang.words.size(); ++r) {
    sum += 1.0 / std::pow(static_cast<double>(r) + 2.0, exponent);
    lang.cumulative[r] = sum;
  }
}

template <size_t N>
const char* pick(Rng& rng, const char* const (&list)[N]) {
  return list[rng.below(N)];
}

// Scatters numbers ("1998", "42") among the ranks of an already built word list.
void add_numbers(std::vector<std::string>& words, Rng& rng) {
  for (int i = 0; i < 40; ++i) {
    std::string n =
        rng.chance(0.4) ? std::to_string(rng.range(1900, 2030)) : std::to_string(rng.range(2, 250));
    if (std::find(words.begin(), words.end(), n) != words.end()) continue;
    const size_t at = static_cast<size_t>(rng.range(150, 4000));
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(std::min(at, words.size())), n);
  }
}

constexpr size_t kVocabularySize = 30000;

Language english() {
  static const char* const kFunction[] = {
      "the",    "of",      "and",   "to",      "a",      "in",     "is",      "that",    "for",     "it",
      "as",     "was",     "with",  "be",      "by",     "on",     "not",     "he",      "this",    "are",
      "or",     "his",     "from",  "at",      "which",  "but",    "have",    "an",      "they",    "you",
      "were",   "her",     "she",   "there",   "been",   "one",    "all",     "we",      "their",   "has",
      "would",  "when",    "if",    "so",      "no",     "will",   "more",    "can",     "who",     "said",
      "what",   "up",      "its",   "about",   "into",   "than",   "them",    "only",    "other",   "time",
      "new",    "some",    "could", "these",   "two",    "may",    "first",   "then",    "do",      "any",
      "like",   "my",      "now",   "over",    "such",   "our",    "man",     "me",      "even",    "most",
      "made",   "after",   "also",  "did",     "many",   "before", "must",    "through", "back",    "years",
      "where",  "much",    "your",  "way",     "well",   "down",   "should",  "because", "each",    "just",
      "those",  "people",  "how",   "too",     "little", "state",  "good",    "very",    "make",    "world",
      "still",  "own",     "see",   "men",     "work",   "long",   "get",     "here",    "between", "both",
      "life",   "being",   "under", "never",   "day",    "same",   "another", "know",    "while",   "last",
      "might",  "us",      "great", "old",     "year",   "off",    "come",    "since",   "against", "go",
      "came",   "right",   "used",  "take",    "three",  "place",  "house",   "without", "again",   "found",
      "though", "general", "small", "however", "number", "part",   "always",  "under",   "every",   "often"};
  static const char* const kContent[] = {
      "government",     "committee",     "agreement",     "document",      "revision",    "client",
      "project",        "contract",      "payment",       "schedule",      "delivery",    "chapter",
      "section",        "paragraph",     "translation",   "manuscript",    "publisher",   "editor",
      "author",         "reader",        "language",      "meaning",       "question",    "answer",
      "morning",        "evening",       "village",       "river",         "mountain",    "harbour",
      "letter",         "company",       "market",        "council",       "history",     "country",
      "science",        "research",      "problem",       "solution",      "evidence",    "argument",
      "decision",       "condition",     "experience",    "development",   "information", "population",
      "education",      "association",   "relationship",  "performance",   "environment", "opportunity",
      "responsibility", "description",   "understanding", "requirement",   "production",  "department",
      "industry",       "community",     "building",      "material",      "equipment",   "knowledge",
      "knowledgeable",  "particular",    "important",     "different",     "available",   "necessary",
      "political",      "economic",      "significant",   "considerable",  "interesting", "traditional",
      "professional",   "international", "approximately", "unfortunately", "immediately", "especially",
      "particularly",   "previously",    "eventually",    "apparently",    "carefully",   "together",
      "something",      "everything",    "nothing",       "everyone",      "anything",    "children",
      "families",       "students",      "teachers",      "workers",       "officials",   "members",
      "studies",        "questions",     "conditions",    "decisions",     "countries",   "companies",
      "services",       "results",       "considered",    "described",     "remained",    "suggested",
      "understood",     "discovered",    "continued",     "published",     "received",    "introduced",
      "established",    "developed",     "increased",     "reported"};
  static const char* const kOnset[] = {"b",  "c",  "d",  "f",  "g",  "h",  "l",  "m",  "n",  "p",  "r",
                                       "s",  "t",  "v",  "w",  "b",  "c",  "d",  "l",  "m",  "n",  "p",
                                       "r",  "s",  "t",  "br", "cl", "cr", "dr", "fl", "gr", "pl", "pr",
                                       "sh", "st", "th", "tr", "ch", "",   "",   ""};
  static const char* const kVowel[] = {"a", "e", "i",  "o",  "u",  "a",  "e",  "i", "o",
                                       "a", "e", "ea", "ai", "ou", "io", "ee", "y"};
  static const char* const kCoda[] = {"",  "",  "",   "",   "n",  "r",  "s",  "t",
                                      "l", "m", "nd", "nt", "st", "ck", "ng", "rd"};
  static const char* const kSuffix[] = {"tion", "ment", "ness", "ing", "ed",   "er",  "ly",  "able",
                                        "ity",  "al",   "ous",  "ive", "ance", "ism", "ure", "ful"};

  Rng rng(0xE1u);
  VocabBuilder vb;
  for (const char* w : kFunction) vb.add(w);
  for (const char* w : kContent) vb.add(w);
  while (vb.size() < kVocabularySize) {
    // Rarer words are longer.
    const size_t rank = vb.size();
    int syllables = 1 + (rank > 300) + (rank > 5000 && rng.chance(0.5)) + (rng.chance(0.25) ? 1 : 0);
    std::string w;
    for (int s = 0; s < syllables; ++s) {
      w += pick(rng, kOnset);
      w += pick(rng, kVowel);
      if (s + 1 == syllables || rng.chance(0.2)) w += pick(rng, kCoda);
    }
    if (rng.chance(0.35)) w += pick(rng, kSuffix);
    if (w.size() < 3) continue;
    vb.add(std::move(w));
  }
  Language lang;
  lang.code = "en";
  lang.words = vb.take();
  add_numbers(lang.words, rng);
  finish(lang, 1.0);
  return lang;
}

Language romanian() {
  static const char* const kFunction[] = {
      "de",     "și",     "în",     "a",    "la",      "cu",     "pe",     "că",    "nu",      "se",
      "o",      "un",     "al",     "este", "care",    "din",    "pentru", "mai",   "sunt",    "au",
      "fost",   "ca",     "dar",    "sau",  "această", "acest",  "prin",   "după",  "foarte",  "până",
      "fără",   "între",  "când",   "unde", "ce",      "cum",    "doar",   "încă",  "își",     "lui",
      "ei",     "el",     "ea",     "noi",  "lor",     "fi",     "avea",   "poate", "trebuie", "toate",
      "toți",   "acum",   "atunci", "aici", "acolo",   "astfel", "deci",   "însă",  "chiar",   "bine",
      "mult",   "puțin",  "mare",   "mic",  "nou",     "vechi",  "alt",    "altă",  "fiecare", "același",
      "despre", "asupra", "către",  "față", "spre",    "sub",    "peste",  "ani",   "an",      "zi",
      "timp",   "oameni", "lucru",  "țară", "viață",   "ați",    "vă",     "i",     "le",      "îl"};
  static const char* const kContent[] = {"școală",
                                         "știință",
                                         "învățământ",
                                         "înțelegere",
                                         "întâlnire",
                                         "pâine",
                                         "câmp",
                                         "românesc",
                                         "țărm",
                                         "cetățean",
                                         "societate",
                                         "guvernare",
                                         "dezvoltare",
                                         "cercetare",
                                         "scriitor",
                                         "editură",
                                         "traducere",
                                         "capitol",
                                         "contract",
                                         "plată",
                                         "termen",
                                         "revizuire",
                                         "întrebare",
                                         "răspuns",
                                         "dimineață",
                                         "seară",
                                         "sat",
                                         "râu",
                                         "munte",
                                         "port",
                                         "scrisoare",
                                         "companie",
                                         "piață",
                                         "consiliu",
                                         "istorie",
                                         "problemă",
                                         "soluție",
                                         "dovadă",
                                         "hotărâre",
                                         "condiție",
                                         "experiență",
                                         "informație",
                                         "populație",
                                         "educație",
                                         "asociație",
                                         "relație",
                                         "mediu",
                                         "ocazie",
                                         "responsabilitate",
                                         "descriere",
                                         "cerință",
                                         "producție",
                                         "departament",
                                         "industrie",
                                         "comunitate",
                                         "clădire",
                                         "cunoaștere",
                                         "important",
                                         "diferit",
                                         "necesar",
                                         "politic",
                                         "economic",
                                         "tradițional",
                                         "profesional",
                                         "internațional",
                                         "aproximativ",
                                         "imediat",
                                         "mâine",
                                         "câteva",
                                         "cântec",
                                         "învățătoare",
                                         "întotdeauna",
                                         "așadar",
                                         "până",
                                         "știri",
                                         "țesătură",
                                         "înălțime"};
  static const char* const kSyllable[] = {
      "ba",  "ca", "că", "ță", "șa",  "te",  "ți",  "ri", "ro", "mâ", "râ", "lu", "ne", "pă", "se",
      "ști", "șo", "ta", "tu", "vi",  "zi",  "nă",  "mi", "gă", "da", "fe", "lo", "mu", "po", "sa",
      "ve",  "cu", "ră", "tâ", "pe",  "cio", "ra",  "re", "ni", "to", "la", "me", "co", "mo", "ti",
      "di",  "ma", "na", "ri", "sto", "pri", "tra", "le", "du", "fo", "gi", "be", "nu"};
  static const char* const kEnding[] = {"",     "",    "re", "ul",  "ului", "ile", "ește", "ată",
                                        "ează", "ție", "ță", "uri", "tor",  "ism", "ală",  "ind"};

  Rng rng(0x50u);
  VocabBuilder vb;
  for (const char* w : kFunction) vb.add(w);
  for (const char* w : kContent) vb.add(w);
  while (vb.size() < kVocabularySize) {
    const size_t rank = vb.size();
    int syllables = 2 + (rank > 3000) + (rng.chance(0.4) ? 1 : 0);
    std::string w;
    if (rng.chance(0.12)) w += rng.chance(0.5) ? "în" : "î";
    for (int s = 0; s < syllables; ++s) w += pick(rng, kSyllable);
    w += pick(rng, kEnding);
    vb.add(std::move(w));
  }
  Language lang;
  lang.code = "ro";
  lang.words = vb.take();
  add_numbers(lang.words, rng);
  finish(lang, 1.0);
  return lang;
}

void append_utf8(std::string& s, uint32_t cp) {
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xC0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    s += static_cast<char>(0xE0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

Language korean() {
  static const char* const kFunction[] = {
      "그리고", "하지만", "그러나", "또한",   "이",   "그",   "저",   "것은", "것을",   "수",
      "있는",   "없는",   "하는",   "위해",   "대한", "모든", "더",   "매우", "같은",   "우리는",
      "그들은", "때문에", "다시",   "이미",   "아직", "가장", "함께", "많은", "새로운", "다른",
      "지금",   "오늘",   "이번",   "그녀는", "나는", "너무", "잘",   "곧",   "및",     "또는",
      "그런데", "따라서", "특히",   "바로",   "모두", "이런", "그런", "어떤", "한",     "두"};
  static const char* const kContent[] = {
      "정부", "회의", "계약", "문서", "번역", "원고", "출판사", "편집자", "작가",   "독자",
      "언어", "의미", "질문", "대답", "아침", "저녁", "마을",   "강",     "산",     "항구",
      "편지", "회사", "시장", "역사", "나라", "과학", "연구",   "문제",   "해결",   "증거",
      "결정", "조건", "경험", "발전", "정보", "인구", "교육",   "관계",   "환경",   "기회",
      "책임", "설명", "생산", "산업", "사회", "건물", "지식",   "학생",   "선생님", "가족"};
  static const char* const kParticle[] = {"은",   "는",   "이", "가", "을", "를", "에",   "의",
                                          "에서", "으로", "와", "과", "도", "만", "에게", "까지"};
  static const char* const kEnder[] = {"있다",   "한다",     "했다",   "된다",     "되었다", "없다",
                                       "보인다", "생각한다", "말했다", "알려졌다", "하였다", "이다"};
  // Common initial consonants, vowels and finals (indexes into the Hangul syllable block).
  static const int kLead[] = {0, 2, 3, 5, 6, 7, 9, 11, 11, 12, 14, 15, 16, 17, 18, 11};
  static const int kVowelJamo[] = {0, 4, 8, 13, 18, 20, 1, 5, 6, 12, 0, 4, 20, 8};
  static const int kTail[] = {0, 0, 0, 0, 4, 8, 21, 16, 1, 4, 8, 21};

  Rng rng(0x4Bu);
  VocabBuilder vb;
  for (const char* w : kFunction) vb.add(w);
  for (const char* w : kContent) {
    vb.add(w);
    vb.add(std::string(w) + pick(rng, kParticle));
  }
  while (vb.size() < kVocabularySize) {
    const size_t rank = vb.size();
    const int syllables = 2 + (rank > 4000 && rng.chance(0.5)) + (rng.chance(0.15) ? 1 : 0);
    std::string w;
    for (int s = 0; s < syllables; ++s) {
      const uint32_t lead = static_cast<uint32_t>(kLead[rng.below(std::size(kLead))]);
      const uint32_t vowel = static_cast<uint32_t>(kVowelJamo[rng.below(std::size(kVowelJamo))]);
      const uint32_t tail = static_cast<uint32_t>(kTail[rng.below(std::size(kTail))]);
      append_utf8(w, 0xAC00 + (lead * 21 + vowel) * 28 + tail);
    }
    if (rng.chance(0.7)) w += pick(rng, kParticle);
    vb.add(std::move(w));
  }
  Language lang;
  lang.code = "ko";
  lang.words = vb.take();
  // Sentence-final verbs, placed at middling ranks so they also occur inside sentences.
  for (size_t i = 0; i < std::size(kEnder); ++i) {
    const size_t at = 60 + i * 7;
    lang.words.insert(lang.words.begin() + static_cast<std::ptrdiff_t>(at), kEnder[i]);
  }
  add_numbers(lang.words, rng);
  for (const char* e : kEnder) {
    const auto it = std::find(lang.words.begin(), lang.words.end(), e);
    lang.enders.push_back(static_cast<uint32_t>(it - lang.words.begin()));
  }
  finish(lang, 1.0);
  return lang;
}

// ---------------------------------------------------------------------------------------------------------------
// Text as tokens: a word and what follows it.

enum Flag : uint8_t {
  kCap = 1,       // first word of a sentence: capitalised
  kComma = 2,     // followed by ","
  kStop = 4,      // followed by "."
  kQuestion = 8,  // followed by "?"
  kParaEnd = 16,  // last word of a paragraph
};
constexpr uint8_t kSentenceEnd = kStop | kQuestion;

struct Token {
  uint32_t word;
  uint8_t flags;
};
using Tokens = std::vector<Token>;

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

// Appends sentences of about `words` words in total (at least one sentence).
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

// ---------------------------------------------------------------------------------------------------------------
// Edits: planned on the old tokens, then applied in one pass.

struct Insertion {
  Tokens tokens;
  bool words_only = false;  // words inside a sentence (take over the capital if inserted at a sentence start)
};

class EditPlan {
 public:
  explicit EditPlan(const Tokens& old)
      : old_(old), deleted_(old.size(), 0), touched_(old.size(), 0), subst_(old.size(), kNone) {}

  // True when [begin, end) and one token on either side are untouched.
  bool free(size_t begin, size_t end) const {
    if (end > old_.size() || begin >= end) return false;
    const size_t lo = begin > 0 ? begin - 1 : 0;
    const size_t hi = std::min(end + 1, old_.size());
    for (size_t i = lo; i < hi; ++i)
      if (touched_[i]) return false;
    return true;
  }
  void touch(size_t begin, size_t end) { std::fill(touched_.begin() + begin, touched_.begin() + end, 1); }
  void erase(size_t begin, size_t end) {
    touch(begin, end);
    std::fill(deleted_.begin() + begin, deleted_.begin() + end, 1);
  }
  void substitute(size_t i, uint32_t word) {
    touch(i, i + 1);
    subst_[i] = word;
  }
  void insert_before(size_t i, Tokens tokens, bool words_only) {
    Insertion& ins = inserts_[i];
    ins.tokens.insert(ins.tokens.end(), tokens.begin(), tokens.end());
    ins.words_only = words_only;
  }

  Tokens apply() const {
    Tokens out;
    out.reserve(old_.size() + old_.size() / 8);
    uint8_t pending = 0;  // a capital carried over from deleted tokens to the next word written
    auto ins = inserts_.begin();
    for (size_t i = 0; i <= old_.size(); ++i) {
      Token t = i < old_.size() ? old_[i] : Token{0, 0};
      if (ins != inserts_.end() && ins->first == i) {
        Tokens add = ins->second.tokens;
        if (!add.empty()) {
          if (ins->second.words_only && i < old_.size() && (t.flags & kCap) && !deleted_[i]) {
            add.front().flags |= kCap;
            t.flags &= static_cast<uint8_t>(~kCap);
          }
          add.front().flags |= pending;
          pending = 0;
          out.insert(out.end(), add.begin(), add.end());
        }
        ++ins;
      }
      if (i == old_.size()) break;
      if (deleted_[i]) {
        pending |= t.flags & kCap;
        const uint8_t tail = t.flags & (kSentenceEnd | kParaEnd);
        if (tail && !out.empty()) {
          uint8_t& f = out.back().flags;
          f = static_cast<uint8_t>((f & ~kComma) | tail);
          if ((f & kStop) && (f & kQuestion)) f &= static_cast<uint8_t>(~kQuestion);
        }
        continue;
      }
      if (subst_[i] != kNone) t.word = subst_[i];
      t.flags |= pending;
      pending = 0;
      out.push_back(t);
    }
    if (!out.empty()) {
      if (!(out.back().flags & kSentenceEnd))
        out.back().flags = static_cast<uint8_t>((out.back().flags & ~kComma) | kStop);
      out.back().flags |= kParaEnd;
    }
    return out;
  }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  const Tokens& old_;
  std::vector<uint8_t> deleted_, touched_;
  std::vector<uint32_t> subst_;
  std::map<size_t, Insertion> inserts_;
};

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

// ---------------------------------------------------------------------------------------------------------------

bool write_file(const std::string& path, const std::string& text) {
  FILE* f = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "scopekeeper-bench-gen: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  const bool closed = f == stdout ? std::fflush(f) == 0 : std::fclose(f) == 0;
  if (!ok || !closed) {
    std::fprintf(stderr, "scopekeeper-bench-gen: error writing %s\n", path.c_str());
    return false;
  }
  return true;
}

[[noreturn]] void usage(int code) {
  std::fprintf(
      code ? stderr : stdout,
      "usage: scopekeeper-bench-gen --words N [--seed S] [--lang en|ro|ko] [--out FILE|-]\n"
      "       scopekeeper-bench-gen --words N [--seed S] [--lang en|ro|ko] --out-old OLD --out-new NEW\n"
      "                             --edit scattered|rewrite|unrelated [--rate R]\n"
      "Deterministic natural-looking text for the benchmark; see tests/bench/gen_corpus.cpp.\n");
  std::exit(code);
}

bool parse_u64(const char* s, uint64_t& v) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long x = std::strtoull(s, &end, 10);
  if (errno || end == s || *end || s[0] == '-') return false;
  v = x;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t words = 0, seed = 1;
  std::string lang_code = "en", out, out_old, out_new, edit;
  double rate = -1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "-h" || a == "--help") usage(0);
    if (i + 1 >= argc) usage(1);
    const char* v = argv[++i];
    if (a == "--words") {
      if (!parse_u64(v, words)) usage(1);
    } else if (a == "--seed") {
      if (!parse_u64(v, seed)) usage(1);
    } else if (a == "--lang") {
      lang_code = v;
    } else if (a == "--out") {
      out = v;
    } else if (a == "--out-old") {
      out_old = v;
    } else if (a == "--out-new") {
      out_new = v;
    } else if (a == "--edit") {
      edit = v;
    } else if (a == "--rate") {
      char* end = nullptr;
      rate = std::strtod(v, &end);
      if (end == v || *end || !(rate >= 0) || rate > 1) usage(1);
    } else {
      usage(1);
    }
  }
  if (words == 0 || (lang_code != "en" && lang_code != "ro" && lang_code != "ko")) usage(1);
  const bool pair = !out_old.empty() || !out_new.empty() || !edit.empty();
  if (pair && (out_old.empty() || out_new.empty() || !out.empty() ||
               (edit != "scattered" && edit != "rewrite" && edit != "unrelated")))
    usage(1);

  const Language lang = lang_code == "ro" ? romanian() : lang_code == "ko" ? korean() : english();
  Rng rng(seed);
  const Tokens old = gen_text(lang, rng, static_cast<size_t>(words));
  const std::string old_text = render(lang, old);

  if (!pair) {
    if (out.empty()) out = "-";
    if (!write_file(out, old_text)) return 2;
    std::fprintf(out == "-" ? stderr : stdout, "%s: %zu words, %zu bytes (%s, seed %llu)\n", out.c_str(),
                 old.size(), old_text.size(), lang.code.c_str(), static_cast<unsigned long long>(seed));
    return 0;
  }

  Tokens neu;
  if (edit == "scattered") {
    neu = scattered(lang, rng, old, rate < 0 ? 0.002 : rate);
  } else if (edit == "rewrite") {
    neu = rewrite(lang, rng, old, rate < 0 ? 0.30 : rate);
  } else {
    Rng other(seed ^ 0x9E3779B97F4A7C15ULL);
    neu = gen_text(lang, other, static_cast<size_t>(words));
  }
  const std::string new_text = render(lang, neu);
  if (!write_file(out_old, old_text) || !write_file(out_new, new_text)) return 2;
  FILE* report = (out_old == "-" || out_new == "-") ? stderr : stdout;
  std::fprintf(report, "old %s: %zu words, %zu bytes\nnew %s: %zu words, %zu bytes\n", out_old.c_str(),
               old.size(), old_text.size(), out_new.c_str(), neu.size(), new_text.size());
  return 0;
}
