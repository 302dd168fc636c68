// The Korean vocabulary: common words (content words also with a particle), then made-up words of Hangul
// syllables; every sentence ends with one of a dozen verbs.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>

#include "gen/language.h"
#include "gen/rng.h"
#include "gen/vocabulary.h"

namespace sk::bench {

namespace {

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

}  // namespace

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
  set_zipf_weights(lang, 1.0);
  return lang;
}

}  // namespace sk::bench
