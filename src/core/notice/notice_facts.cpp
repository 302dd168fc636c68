// Names of notice kinds and the shipped languages; see notice_facts.h.
#include "notice/notice_facts.h"

#include "common/languages.h"

namespace sk::notice {

const char* to_string(NoticeKind kind) {
  switch (kind) {
    case NoticeKind::kHeadsUp:
      return "heads-up";
    case NoticeKind::kOverScope:
      return "over-scope";
    case NoticeKind::kRoundsExhausted:
      return "rounds-exhausted";
    case NoticeKind::kSummary:
      return "summary";
    case NoticeKind::kClarify:
      return "clarify";
  }
  return "over-scope";
}

std::optional<NoticeKind> parse_kind(std::string_view name) {
  for (NoticeKind kind : all_kinds()) {
    if (name == to_string(kind)) return kind;
  }
  return std::nullopt;
}

const std::vector<NoticeKind>& all_kinds() {
  static const std::vector<NoticeKind> kinds = {NoticeKind::kHeadsUp, NoticeKind::kOverScope,
                                                NoticeKind::kRoundsExhausted, NoticeKind::kSummary,
                                                NoticeKind::kClarify};
  return kinds;
}

const std::vector<std::string>& shipped_languages() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (const Language& language : languages()) out.emplace_back(language.code);
    return out;
  }();
  return codes;
}

}  // namespace sk::notice
