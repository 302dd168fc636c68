// Notice kinds and the notice each status calls for; see notice_kind.h.
#include "policy/notice_kind.h"

namespace sk::policy {

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

const std::vector<NoticeKind>& all_notice_kinds() {
  static const std::vector<NoticeKind> kinds = {NoticeKind::kHeadsUp, NoticeKind::kOverScope,
                                                NoticeKind::kRoundsExhausted, NoticeKind::kSummary,
                                                NoticeKind::kClarify};
  return kinds;
}

std::optional<NoticeKind> parse_notice_kind(std::string_view name) {
  for (NoticeKind kind : all_notice_kinds()) {
    if (name == to_string(kind)) return kind;
  }
  return std::nullopt;
}

std::optional<NoticeKind> notice_for(Status status) {
  switch (status) {
    case Status::kWithin:
      return std::nullopt;
    case Status::kHeadsUp:
      return NoticeKind::kHeadsUp;
    case Status::kOverScope:
      return NoticeKind::kOverScope;
    case Status::kRoundsExhausted:
      return NoticeKind::kRoundsExhausted;
  }
  return std::nullopt;
}

}  // namespace sk::policy
