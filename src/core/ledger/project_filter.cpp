// Case-insensitive (Unicode) project search; see project_filter.h.
#include "ledger/project_filter.h"

#include <string>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace sk::ledger {

namespace {

std::string fold(std::string_view text) {
  std::string folded;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .foldCase()
      .toUTF8String(folded);
  return folded;
}

// Splits on Unicode white space (after folding, so the words are already folded).
std::vector<icu::UnicodeString> words(std::string_view query) {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(query.data(), static_cast<int32_t>(query.size())))
          .foldCase();
  std::vector<icu::UnicodeString> result;
  int32_t start = -1;
  for (int32_t i = 0; i <= text.length(); ++i) {
    const bool space = i == text.length() || u_isUWhiteSpace(text.char32At(i));
    if (space && start >= 0) {
      // A copy: tempSubStringBetween would alias `text`, which dies when this function returns.
      result.emplace_back(text, start, i - start);
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return result;
}

}  // namespace

bool matches_search(const ProjectSummary& project, std::string_view query) {
  const std::string haystack = fold(project.title) + "\n" + fold(project.client_name);
  for (const icu::UnicodeString& word : words(query)) {
    std::string needle;
    word.toUTF8String(needle);
    if (haystack.find(needle) == std::string::npos) return false;
  }
  return true;
}

std::vector<ProjectSummary> filter_projects(const std::vector<ProjectSummary>& projects,
                                            std::string_view query) {
  std::vector<ProjectSummary> result;
  for (const ProjectSummary& project : projects) {
    if (matches_search(project, query)) result.push_back(project);
  }
  return result;
}

}  // namespace sk::ledger
