// The English vocabulary: common function and content words, then made-up words of English-like syllables
// (longer at rarer ranks).
#include <string>

#include "gen/language.h"
#include "gen/rng.h"
#include "gen/vocabulary.h"

namespace sk::bench {

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
  return finish_language("en", vb, rng);
}

}  // namespace sk::bench
