// The Romanian vocabulary: common function and content words with ș ț ă î â, then made-up words of Romanian
// syllables and endings.
#include <string>

#include "gen/language.h"
#include "gen/rng.h"
#include "gen/vocabulary.h"

namespace sk::bench {

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
  return finish_language("ro", vb, rng);
}

}  // namespace sk::bench
