// Reading a project's record and judging its revisions; see history.h.
#include "ledger/history.h"

#include "policy/notice_kind.h"
#include "policy/rounds.h"

namespace sk::ledger {

namespace {

const TermsVersion& version_of(const std::vector<TermsVersion>& terms, int version) {
  for (const TermsVersion& v : terms) {
    if (v.version == version) return v;
  }
  return terms.front();
}

}  // namespace

std::vector<JudgedRevision> judge_revisions(const std::vector<RevisionRecord>& revisions,
                                            const std::vector<TermsVersion>& terms) {
  std::vector<bool> counted;
  counted.reserve(revisions.size());
  for (const RevisionRecord& r : revisions) counted.push_back(r.counted);
  const std::vector<std::optional<int>> rounds = policy::number_rounds(counted);

  std::vector<JudgedRevision> judged;
  judged.reserve(revisions.size());
  for (std::size_t i = 0; i < revisions.size(); ++i) {
    JudgedRevision j;
    j.revision = revisions[i];
    j.round = rounds[i];
    j.terms = version_of(terms, revisions[i].terms_version);
    const std::optional<double> share =
        revisions[i].measured ? std::optional<double>(revisions[i].measured->changed_share) : std::nullopt;
    j.status = policy::judge(j.round, share, limits_of(j.terms.terms));
    j.notice_kind = policy::notice_for(j.status);
    judged.push_back(std::move(j));
  }
  return judged;
}

policy::Status project_scope(const ProjectHistory& history) {
  int counted = 0;
  const JudgedRevision* latest = nullptr;
  for (const JudgedRevision& j : history.revisions) {
    if (!j.round) continue;
    ++counted;
    latest = &j;
  }
  if (latest == nullptr) return policy::project_scope(0, std::nullopt, {});
  const auto& m = latest->revision.measured;
  return policy::project_scope(counted, m ? std::optional<double>(m->changed_share) : std::nullopt,
                               limits_of(latest->terms.terms));
}

ProjectHistory load_history(Database& db, std::int64_t project_id) {
  ProjectHistory history = db.read([&] {
    ProjectHistory h;
    SQLite::Database& sql = db.sql();
    h.project = require_project(sql, project_id);
    h.terms = query_terms(sql, project_id);
    h.notices = query_notices(sql, project_id);
    h.events = query_events(sql, project_id);
    h.revisions = judge_revisions(query_revisions(sql, project_id), h.terms);
    h.deliveries = query_deliveries(sql, project_id);
    return h;
  });
  return history;
}

}  // namespace sk::ledger
