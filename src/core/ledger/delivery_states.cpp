// Where each delivery stands; see delivery_states.h.
#include "ledger/delivery_states.h"

#include "policy/business_days.h"
#include "policy/terms_in_force.h"

namespace sk::ledger {

std::vector<JudgedDelivery> judge_deliveries(const ProjectHistory& history, const std::string& today) {
  std::vector<policy::TermsStart> starts;
  for (const TermsVersion& v : history.terms) starts.push_back({v.version, v.effective_from});

  std::vector<JudgedDelivery> judged;
  for (std::size_t i = 0; i < history.deliveries.size(); ++i) {
    const DeliveryRecord& d = history.deliveries[i];
    const std::string next_delivery =
        i + 1 < history.deliveries.size() ? history.deliveries[i + 1].delivered_on : "";
    JudgedDelivery j;
    j.delivery = d;

    // The revisions answering it: on or after its day, before the next delivery's day (a revision on the
    // day of the next delivery answers that one).
    policy::DeliveryFacts facts;
    facts.delivered_on = d.delivered_on;
    for (const JudgedRevision& r : history.revisions) {
      const RevisionRecord& rev = r.revision;
      if (!rev.withdrawn_on.empty()) continue;
      if (rev.received_on < d.delivered_on) continue;
      if (!next_delivery.empty() && rev.received_on >= next_delivery) continue;
      j.answered_by.push_back(rev.number);
      if (!facts.first_answer_on || rev.received_on < *facts.first_answer_on)
        facts.first_answer_on = rev.received_on;
    }
    if (d.approval) facts.approved_explicitly_on = d.approval->approved_on;

    const TermsVersion& terms = history.terms.at(policy::terms_in_force(starts, d.delivered_on));
    j.terms_version = terms.version;
    std::optional<policy::FeedbackWindow> window;
    if (terms.terms.feedback_days) {
      std::string problem;
      policy::FeedbackWindow w;
      w.business_days = *terms.terms.feedback_days;
      if (auto days = policy::parse_non_working_days(terms.terms.non_working_days, problem))
        w.non_working = *days;
      window = w;
    }
    j.status = policy::delivery_status(facts, window, today);
    judged.push_back(std::move(j));
  }
  return judged;
}

}  // namespace sk::ledger
