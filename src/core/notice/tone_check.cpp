// Tone check with ICU regular expressions over folded text; see tone_check.h.
#include "notice/tone_check.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <sstream>

#include "common/error.h"

namespace sk::notice {

namespace {

// Letters folded to their base so that "greșit", "greşit" and "gresit" match alike. One UTF-16 unit in,
// one out, so offsets are kept.
char16_t fold_unit(char16_t c) {
  switch (c) {
    case u'ă':
    case u'â':
      return u'a';
    case u'Ă':
    case u'Â':
      return u'A';
    case u'î':
      return u'i';
    case u'Î':
      return u'I';
    case u'ș':
    case u'ş':
      return u's';
    case u'Ș':
    case u'Ş':
      return u'S';
    case u'ț':
    case u'ţ':
      return u't';
    case u'Ț':
    case u'Ţ':
      return u'T';
    default:
      return c;
  }
}

icu::UnicodeString fold(icu::UnicodeString text) {
  for (int32_t i = 0; i < text.length(); ++i) {
    char16_t c = text.charAt(i);
    char16_t folded = fold_unit(c);
    if (folded != c) text.setCharAt(i, folded);
  }
  return text;
}

std::string trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

}  // namespace

struct ToneChecker::Impl {
  std::vector<ToneRule> rules;
  std::vector<std::unique_ptr<icu::RegexPattern>> patterns;
};

ToneChecker::ToneChecker(std::vector<ToneRule> rules, const std::string& origin)
    : impl_(std::make_unique<Impl>()) {
  for (const ToneRule& rule : rules) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    std::unique_ptr<icu::RegexPattern> pattern(
        icu::RegexPattern::compile(fold(icu::UnicodeString::fromUTF8(rule.pattern)),
                                   UREGEX_CASE_INSENSITIVE | UREGEX_UWORD, parse_error, status));
    if (U_FAILURE(status) || !pattern) {
      throw Error(ErrorKind::kInvalidInput, origin,
                  "tone rule '" + rule.pattern + "' does not compile: " + u_errorName(status));
    }
    impl_->patterns.push_back(std::move(pattern));
  }
  impl_->rules = std::move(rules);
}

ToneChecker::~ToneChecker() = default;
ToneChecker::ToneChecker(ToneChecker&&) noexcept = default;
ToneChecker& ToneChecker::operator=(ToneChecker&&) noexcept = default;

size_t ToneChecker::size() const {
  return impl_->rules.size();
}

std::vector<ToneRule> ToneChecker::parse_rules(const std::string& tsv, const std::string& origin) {
  std::vector<ToneRule> rules;
  std::istringstream in(tsv);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (trim(line).empty() || trim(line)[0] == '#') continue;
    size_t first = line.find('\t');
    size_t second = first == std::string::npos ? first : line.find('\t', first + 1);
    if (second == std::string::npos) {
      throw Error(ErrorKind::kInvalidInput, origin,
                  "line " + std::to_string(number) + ": expected category<TAB>pattern<TAB>suggestion");
    }
    rules.push_back(ToneRule{trim(line.substr(0, first)), trim(line.substr(first + 1, second - first - 1)),
                             trim(line.substr(second + 1))});
  }
  return rules;
}

ToneChecker ToneChecker::load(const std::string& language, const TemplateStore& store) {
  const std::string origin = store.find(language, "tone-rules.tsv").string();
  return ToneChecker(parse_rules(store.read(language, "tone-rules.tsv"), origin), origin);
}

std::vector<ToneFinding> ToneChecker::check(std::string_view text) const {
  const icu::UnicodeString original =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const icu::UnicodeString folded = fold(original);

  // UTF-16 index → UTF-8 byte offset, one entry per unit plus the end.
  std::vector<size_t> byte_at(static_cast<size_t>(original.length()) + 1, text.size());
  {
    size_t byte = 0;
    for (int32_t i = 0; i < original.length();) {
      UChar32 c = original.char32At(i);
      int32_t units = U16_LENGTH(c);
      for (int32_t k = 0; k < units; ++k) byte_at[static_cast<size_t>(i + k)] = byte;
      byte += static_cast<size_t>(U8_LENGTH(c));
      i += units;
    }
  }

  std::vector<ToneFinding> findings;
  for (size_t r = 0; r < impl_->rules.size(); ++r) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(impl_->patterns[r]->matcher(folded, status));
    if (U_FAILURE(status)) continue;
    while (matcher->find(status) && U_SUCCESS(status)) {
      int32_t start = matcher->start(status);
      int32_t end = matcher->end(status);
      if (end <= start) continue;
      ToneFinding finding;
      finding.begin = byte_at[static_cast<size_t>(start)];
      finding.end = byte_at[static_cast<size_t>(end)];
      finding.category = impl_->rules[r].category;
      finding.excerpt = std::string(text.substr(finding.begin, finding.end - finding.begin));
      finding.suggestion = impl_->rules[r].suggestion;
      findings.push_back(std::move(finding));
    }
  }
  std::sort(findings.begin(), findings.end(), [](const ToneFinding& a, const ToneFinding& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return findings;
}

}  // namespace sk::notice
