// The kinds of notice, and which one a status calls for (the notices themselves are written in
// src/core/notice). The kind is this enum everywhere inside the program; its name is used only at the
// edges — a template's file name, a ledger column, a CLI option, JSON.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "policy/status.h"

namespace sk::policy {

enum class NoticeKind { kHeadsUp, kOverScope, kRoundsExhausted, kSummary, kClarify };

// "heads-up", "over-scope", "rounds-exhausted", "summary", "clarify" (the template file names).
const char* to_string(NoticeKind kind);
// The kind named `name`, or nullopt (e.g. a kind a newer Scopekeeper stored).
std::optional<NoticeKind> parse_notice_kind(std::string_view name);
const std::vector<NoticeKind>& all_notice_kinds();

// within: none; heads-up, over-scope, rounds-exhausted: the notice of that name.
std::optional<NoticeKind> notice_for(Status status);

}  // namespace sk::policy
