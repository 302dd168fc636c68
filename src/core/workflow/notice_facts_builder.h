// Filling a notice's facts from a project's record: client, terms in force for the revision, its measured
// figures, rounds used and left, the history table and the earlier notices. Pure: no database access.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "ledger/history.h"
#include "notice/notice_facts.h"

namespace sk::workflow {

// The facts of a `kind` notice in `language` about revision `history.revisions[*index]` (nullopt: about no
// revision in particular, e.g. a clarify notice before any edits arrived; then the current terms apply).
// The material (text or image) is the revision's kind, else the latest revision's; for an image the pixel
// figures are filled instead of the word counts. Passages are not filled (they need the stored texts; see
// notice_workflow.h). The notice date is left empty (today). REQUIRES: `history.terms` not empty; `*index <
// history.revisions.size()`.
notice::NoticeFacts facts_from_history(const ledger::ProjectHistory& history,
                                       std::optional<std::size_t> index, notice::NoticeKind kind,
                                       const std::string& language,
                                       const notice::FreelancerProfile& freelancer);

// How a judged revision appears in a notice's history table.
notice::RoundStatus round_status(const ledger::JudgedRevision& revision);

}  // namespace sk::workflow
