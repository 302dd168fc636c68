// The notice each status calls for; see notice_kind.h.
#include "policy/notice_kind.h"

namespace sk::policy {

std::optional<std::string> notice_for(Status status) {
  if (status == Status::kWithin) return std::nullopt;
  return std::string(to_string(status));
}

}  // namespace sk::policy
