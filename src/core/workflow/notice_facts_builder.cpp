// Building NoticeFacts from a ProjectHistory; see notice_facts_builder.h.
#include "workflow/notice_facts_builder.h"

#include <algorithm>

#include "import/image_compare.h"

namespace sk::workflow {

namespace {

notice::NoticeTerms notice_terms(const ledger::Terms& terms, const std::string& currency) {
  notice::NoticeTerms out;
  out.included_rounds = terms.included_rounds;
  out.max_share = terms.max_share_percent / 100.0;
  out.heads_up_share = out.max_share * terms.heads_up_percent / 100.0;
  out.extra_round_price = terms.extra_round_price;
  out.hourly_rate = terms.hourly_rate;
  out.currency = currency;
  out.clause = terms.clause;
  return out;
}

const ledger::JudgedRevision* find_number(const ledger::ProjectHistory& history, int number) {
  for (const ledger::JudgedRevision& j : history.revisions) {
    if (j.revision.number == number) return &j;
  }
  return nullptr;
}

notice::ImageSizing image_sizing(const std::string& size_handling) {
  if (size_handling == import::to_string(import::SizeHandling::kScaled)) return notice::ImageSizing::kScaled;
  if (size_handling == import::to_string(import::SizeHandling::kCanvas)) return notice::ImageSizing::kCanvas;
  return notice::ImageSizing::kSame;
}

notice::Material material_of(const ledger::RevisionRecord& revision) {
  return revision.kind == ContentKind::kImage ? notice::Material::kImage : notice::Material::kText;
}

notice::RevisionFacts revision_facts(const ledger::ProjectHistory& history, const ledger::JudgedRevision& j) {
  notice::RevisionFacts out;
  const ledger::RevisionRecord& r = j.revision;
  out.number = r.number;
  out.round = j.round.value_or(0);
  out.received = r.received_on;
  out.file = r.file_name;
  if (r.measured) {
    const ledger::Measurement& m = *r.measured;
    if (const ledger::JudgedRevision* previous = find_number(history, m.against)) {
      out.previous_received = previous->revision.received_on;
      out.previous_file = previous->revision.file_name;
    }
    if (m.kind == ContentKind::kImage) {
      out.total_pixels = static_cast<std::size_t>(m.total_pixels);
      out.changed_pixels = static_cast<std::size_t>(m.changed_pixels);
      out.regions = static_cast<std::size_t>(m.regions);
      out.regions_capped = m.regions >= static_cast<std::int64_t>(import::kMaxRegions);
      out.sizing = image_sizing(m.size_handling);
    }
    out.old_words = static_cast<std::size_t>(m.old_words);
    out.new_words = static_cast<std::size_t>(m.new_words);
    out.kept = static_cast<std::size_t>(m.kept);
    out.deleted = static_cast<std::size_t>(m.deleted);
    out.inserted = static_cast<std::size_t>(m.inserted);
    out.moved_words = static_cast<std::size_t>(m.moved_words);
    out.changed_share = m.changed_share;
  } else {
    out.new_words = static_cast<std::size_t>(r.words);
  }
  return out;
}

}  // namespace

notice::RoundStatus round_status(const ledger::JudgedRevision& revision) {
  if (!revision.round) return notice::RoundStatus::kNotCounted;
  switch (revision.status) {
    case policy::Status::kWithin:
      return notice::RoundStatus::kWithin;
    case policy::Status::kHeadsUp: {
      // The policy gives a heads-up for a round near the share limit and for the last included round; the
      // table names which, so a small last round is not called "close to the limit".
      const policy::Limits& limits = revision.terms.terms;
      const std::optional<double> share =
          revision.revision.measured ? std::optional<double>(revision.revision.measured->changed_share)
                                     : std::nullopt;
      const bool near = policy::reached_heads_up_share(share, limits);
      return near || *revision.round != limits.included_rounds ? notice::RoundStatus::kNearLimit
                                                               : notice::RoundStatus::kLastIncluded;
    }
    case policy::Status::kOverScope:
      return notice::RoundStatus::kOverLimit;
    case policy::Status::kRoundsExhausted:
      return notice::RoundStatus::kExtra;
  }
  return notice::RoundStatus::kWithin;
}

notice::NoticeFacts facts_from_history(const ledger::ProjectHistory& history,
                                       std::optional<std::size_t> index, notice::NoticeKind kind,
                                       const std::string& language,
                                       const notice::FreelancerProfile& freelancer) {
  notice::NoticeFacts facts;
  facts.language = language;
  facts.kind = kind;
  facts.freelancer = freelancer;
  facts.client = history.project.client_name;
  facts.contact = history.project.contact;
  // The greeting was written in the client's language; a notice in another language greets the contact
  // in its own way.
  if (language == history.project.language) facts.salutation = history.project.salutation;
  facts.project = history.project.title;

  const ledger::JudgedRevision* target = index ? &history.revisions.at(*index) : nullptr;
  const ledger::TermsVersion& terms = target != nullptr ? target->terms : history.terms.back();
  facts.terms = notice_terms(terms.terms, history.project.currency);

  // Rounds used: the round of the revision, or (not counted, or no revision) the last round before it.
  const std::size_t end = index ? *index + 1 : history.revisions.size();
  int used = 0;
  for (std::size_t i = 0; i < end; ++i) {
    const ledger::JudgedRevision& j = history.revisions[i];
    if (j.round) used = *j.round;
    if (j.round && *j.round >= 1) {
      const double limit = j.terms.terms.max_share_percent / 100.0;
      facts.history.push_back({*j.round, j.revision.number, j.revision.received_on,
                               j.revision.measured ? j.revision.measured->changed_share : 0.0, limit,
                               round_status(j)});
    }
  }
  facts.rounds_used = used;
  facts.rounds_left = std::max(0, facts.terms.included_rounds - used);
  if (target != nullptr) facts.revision = revision_facts(history, *target);
  // Texts and images are never measured against each other, so the revision answered (else the latest one)
  // tells what the project's revisions are; a project without revisions is taken as text.
  if (target != nullptr) {
    facts.material = material_of(target->revision);
  } else if (!history.revisions.empty()) {
    facts.material = material_of(history.revisions.back().revision);
  }

  for (const ledger::NoticeRecord& n : history.notices) {
    if (n.kind) facts.notices.push_back({n.created_at.substr(0, 10), *n.kind});
  }
  return facts;
}

}  // namespace sk::workflow
