// A project's whole record in one consistent read — project, terms versions, revisions judged by the
// policy, notices and events — for `history`, `project show` and the project screen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ledger/database.h"
#include "ledger/delivery_store.h"
#include "ledger/event_log.h"
#include "ledger/notice_store.h"
#include "ledger/project_store.h"
#include "ledger/revision_store.h"
#include "ledger/terms_store.h"
#include "policy/notice_kind.h"
#include "policy/status.h"

namespace sk::ledger {

struct JudgedRevision {
  RevisionRecord revision;
  std::optional<int> round;  // none: not counted
  policy::Status status = policy::Status::kWithin;
  std::optional<policy::NoticeKind> notice_kind;  // the notice the status calls for
  TermsVersion terms;                             // the terms version it was logged under and judged by
};

struct ProjectHistory {
  ProjectDetails project;
  std::vector<TermsVersion> terms;  // oldest first; the last is the current version
  std::vector<JudgedRevision> revisions;
  std::vector<NoticeRecord> notices;
  std::vector<Event> events;
  std::vector<DeliveryRecord> deliveries;  // the freelancer's own, oldest first
};

// Numbers the rounds and judges each revision by the terms version it was logged under.
// REQUIRES: `terms` not empty.
std::vector<JudgedRevision> judge_revisions(const std::vector<RevisionRecord>& revisions,
                                            const std::vector<TermsVersion>& terms);

// Where the project stands (policy::project_scope over its judged revisions).
policy::Status project_scope(const ProjectHistory& history);

// Everything about one project. Throws sk::Error(kNotFound) for an unknown project.
ProjectHistory load_history(Database& db, std::int64_t project_id);

}  // namespace sk::ledger
