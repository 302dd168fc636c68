// The tone check: phrasings the polite-notice guide warns against (blunt refusals, blame, labels, piles of
// apologies, "never/always" aimed at the client, "as I already said"), found with their byte span and a
// gentler suggestion. Applied to rendered notices and to the freelancer's own edits of one.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "notice/template_store.h"

namespace sk::notice {

// One rule of templates/<lang>/tone-rules.tsv: "category<TAB>ICU regular expression<TAB>suggestion".
struct ToneRule {
  std::string category;  // refusal, blame, label, absolute, repeat, apology, superiority
  std::string pattern;
  std::string suggestion;
};

struct ToneFinding {
  size_t begin = 0;  // byte offsets into the checked UTF-8 text, end exclusive
  size_t end = 0;
  std::string category;
  std::string excerpt;  // the offending text as written
  std::string suggestion;
};

class ToneChecker {
 public:
  // Compiles the rules; throws Error(kInvalidInput, origin) naming a rule whose pattern does not compile.
  ToneChecker(std::vector<ToneRule> rules, const std::string& origin = "tone rules");
  ~ToneChecker();
  ToneChecker(ToneChecker&&) noexcept;
  ToneChecker& operator=(ToneChecker&&) noexcept;

  // The rules of `language` from `store` (tone-rules.tsv; a user's file replaces the shipped one).
  static ToneChecker load(const std::string& language, const TemplateStore& store);
  // Parses the TSV format: blank lines and lines starting with '#' are skipped. Throws Error(kInvalidInput,
  // origin) for a line without three fields.
  static std::vector<ToneRule> parse_rules(const std::string& tsv, const std::string& origin);

  // Every match of every rule, ordered by position. Matching ignores case and Romanian diacritics (ă â î ș ț,
  // also the cedilla forms ş ţ), and \b means a Unicode word boundary. `text` must be valid UTF-8.
  std::vector<ToneFinding> check(std::string_view text) const;

  size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sk::notice
