// Building the mustache context from NoticeFacts; see notice_context.h and docs/templates.md.
#include "notice/notice_context.h"

#include <algorithm>
#include <cmath>

#include "notice/labels.h"
#include "notice/locale_format.h"
#include "notice/sanitize.h"

namespace sk::notice {

namespace {

using kainjow::mustache::data;

// Sets `key` to the cleaned `value` only when it is not empty (an absent key is false in a section).
void set_optional(data& object, const std::string& key, const std::string& value) {
  std::string clean = clean_line(value);
  if (!clean.empty()) object.set(key, clean);
}

data freelancer_context(const FreelancerProfile& freelancer) {
  data out;
  out.set("name", clean_line(freelancer.name));
  set_optional(out, "business", freelancer.business);
  set_optional(out, "email", freelancer.email);
  set_optional(out, "phone", freelancer.phone);
  return out;
}

data terms_context(const NoticeTerms& terms, const LocaleFormat& format, const Labels& labels) {
  data out;
  out.set("rounds_included", format.integer(terms.included_rounds));
  out.set("rounds_included_n", format.count(labels.rounds, static_cast<long long>(terms.included_rounds)));
  out.set("no_rounds", data(terms.included_rounds == 0));
  out.set("one_round", data(terms.included_rounds == 1));
  out.set("two_rounds", data(terms.included_rounds == 2));
  out.set("many_rounds", data(terms.included_rounds >= 3));
  out.set("max_share", format.percent(terms.max_share));
  if (terms.heads_up_share > 0) out.set("heads_up_share", format.percent(terms.heads_up_share));
  const std::string currency = clean_line(terms.currency, 8);
  const bool price = terms.extra_round_price && *terms.extra_round_price > 0;
  const bool rate = terms.hourly_rate && *terms.hourly_rate > 0;
  if (price) out.set("extra_round_price", format.money(*terms.extra_round_price, currency));
  if (rate) out.set("hourly_rate", format.money(*terms.hourly_rate, currency));
  out.set("priced", data(price || rate));
  set_optional(out, "currency", currency);
  const std::string clause = clean_line(terms.clause, 600);
  if (!clause.empty()) out.set("clause", clause);
  return out;
}

// How far a measured share is from the limit, in the words a letter needs: each flag is true exactly when the
// sentence it chooses is true for these figures (see docs/templates.md).
void set_share_facts(data& out, const NoticeFacts& facts, bool measured, const LocaleFormat& format,
                     const Labels& labels) {
  const double share = facts.revision.changed_share;
  const double limit = facts.terms.max_share;
  // Shares are printed with one decimal, so anything within 0.05 points of the limit reads as the limit.
  const bool over = measured && limit > 0 && share > limit + 0.0005;
  out.set("over_limit", data(over));
  out.set("within_limit", data(measured && !over));
  // Exactly one of these four is true for a round over the limit, so a template can say one of four things.
  const bool slightly = over && share <= limit * 1.25;
  const bool new_draft = over && !slightly && share >= 0.5;
  out.set("over_slightly", data(slightly));
  out.set("over_new_draft", data(new_draft));
  out.set("over_clearly", data(over && !slightly && !new_draft && share <= limit * 2));
  out.set("over_far", data(over && !slightly && !new_draft && share > limit * 2));
  out.set("half_or_more", data(measured && share >= 0.5));
  if (over) out.set("over_points", format.count(labels.points, (share - limit) * 100.0));
  const bool near =
      measured && !over && facts.terms.heads_up_share > 0 && share + 1e-9 >= facts.terms.heads_up_share;
  out.set("near_share_limit", data(near));
  if (measured && !over && limit - share >= 0.0005) out.set("room_left", format.percent(limit - share));
}

data revision_context(const NoticeFacts& facts, const LocaleFormat& format, const Labels& labels) {
  const RevisionFacts& revision = facts.revision;
  data out;
  auto count = [&](const std::string& pattern, size_t n) {
    return format.count(pattern, static_cast<long long>(n));
  };
  out.set("number", format.integer(revision.number));
  out.set("round", format.integer(revision.round));
  const int included = facts.terms.included_rounds;
  const bool counted = revision.round >= 1;
  out.set("counted", data(counted));
  out.set("within_included", data(counted && revision.round <= included));
  out.set("last_included", data(counted && included >= 1 && revision.round == included));
  out.set("extra", data(counted && revision.round > included));
  out.set("first_extra", data(counted && revision.round == included + 1));
  if (!revision.received.empty()) out.set("received", clean_line(format.date(revision.received)));
  set_optional(out, "file", revision.file);
  set_optional(out, "previous_file", revision.previous_file);
  if (!revision.previous_received.empty()) {
    out.set("previous_received", clean_line(format.date(revision.previous_received)));
  }
  const bool image = facts.material == Material::kImage;
  const bool measured = image ? revision.total_pixels > 0 : revision.old_words > 0;
  out.set("measured", data(measured));
  const size_t changed_words = std::max(revision.deleted, revision.inserted);
  out.set("old_words", format.integer(static_cast<long long>(revision.old_words)));
  out.set("new_words", format.integer(static_cast<long long>(revision.new_words)));
  out.set("kept", format.integer(static_cast<long long>(revision.kept)));
  out.set("deleted", format.integer(static_cast<long long>(revision.deleted)));
  out.set("inserted", format.integer(static_cast<long long>(revision.inserted)));
  out.set("changed_words", format.integer(static_cast<long long>(changed_words)));
  out.set("old_words_n", count(labels.words, revision.old_words));
  out.set("new_words_n", count(labels.words, revision.new_words));
  out.set("deleted_n", count(labels.words, revision.deleted));
  out.set("inserted_n", count(labels.words, revision.inserted));
  out.set("changed_words_n", count(labels.words, changed_words));
  out.set("deletions_lead", data(revision.deleted >= revision.inserted));
  out.set("changed_share", format.percent(revision.changed_share));
  out.set("moved_words", format.integer(static_cast<long long>(revision.moved_words)));
  out.set("moved_words_n", count(labels.words, revision.moved_words));
  out.set("moves", data(revision.moved_words > 0));
  out.set("total_pixels", format.integer(static_cast<long long>(revision.total_pixels)));
  out.set("changed_pixels", format.integer(static_cast<long long>(revision.changed_pixels)));
  out.set("total_pixels_n", count(labels.pixels, revision.total_pixels));
  out.set("changed_pixels_n", count(labels.pixels, revision.changed_pixels));
  out.set("regions", format.integer(static_cast<long long>(revision.regions)));
  const std::string regions_n = count(labels.areas, revision.regions);
  out.set("regions_n", revision.regions_capped ? fill(labels.at_least, "n", regions_n) : regions_n);
  out.set("has_regions", data(revision.regions > 0));
  out.set("one_region", data(revision.regions == 1 && !revision.regions_capped));
  out.set("regions_at_least", data(revision.regions_capped));
  out.set("scaled", data(image && revision.sizing == ImageSizing::kScaled));
  out.set("canvas", data(image && revision.sizing == ImageSizing::kCanvas));
  set_share_facts(out, facts, measured, format, labels);
  return out;
}

data history_context(const NoticeFacts& facts, const LocaleFormat& format, const Labels& labels) {
  data rows(data::type::list);
  for (const HistoryRow& row : facts.history) {
    data item;
    item.set("round", format.integer(row.round));
    item.set("revision", format.integer(row.revision));
    item.set("date", clean_line(format.date(row.date)));
    item.set("share", format.percent(row.share));
    item.set("limit", format.percent(row.limit));
    item.set("status", status_label(labels, row.status));
    item.set("over", data(row.status == RoundStatus::kOverLimit));
    item.set("extra", data(row.status == RoundStatus::kExtra));
    rows.push_back(item);
  }
  return rows;
}

data notices_context(const NoticeFacts& facts, const LocaleFormat& format, const Labels& labels) {
  data rows(data::type::list);
  for (const SentNotice& notice : facts.notices) {
    data item;
    item.set("date", clean_line(format.date(notice.date)));
    item.set("kind", kind_label(labels, notice.kind));
    rows.push_back(item);
  }
  return rows;
}

}  // namespace

data build_context(const NoticeFacts& facts) {
  const LocaleFormat format(letter_locale(facts));
  const Labels& labels = labels_for(facts.language);
  data context;
  context.set("lang", clean_line(facts.language, 16));
  context.set("kind", to_string(facts.kind));
  context.set("image", data(facts.material == Material::kImage));
  context.set("text", data(facts.material == Material::kText));
  context.set("material", material_label(labels, facts.material));
  context.set("client", clean_line(facts.client));
  set_optional(context, "contact", facts.contact);
  const std::string salutation = clean_line(facts.salutation);
  context.set("salutation", !salutation.empty() ? salutation
                                                : salutation_for(labels, clean_line(facts.contact),
                                                                 clean_line(facts.client)));
  context.set("project", clean_line(facts.project));
  context.set("date", clean_line(format.date(facts.date.empty() ? today_iso() : facts.date)));
  if (!facts.reply_by.empty()) context.set("reply_by", clean_line(format.date(facts.reply_by)));
  context.set("freelancer", freelancer_context(facts.freelancer));
  context.set("terms", terms_context(facts.terms, format, labels));
  context.set("revision", revision_context(facts, format, labels));
  context.set("rounds_used", format.integer(facts.rounds_used));
  context.set("rounds_used_none", data(facts.rounds_used <= 0));
  context.set("rounds_used_one", data(facts.rounds_used == 1));
  context.set("rounds_used_n", format.count(labels.rounds, static_cast<long long>(facts.rounds_used)));
  context.set("rounds_left", format.integer(facts.rounds_left));
  context.set("rounds_left_n",
              format.count(labels.rounds, static_cast<long long>(std::max(0, facts.rounds_left))));
  context.set("rounds_left_none", data(facts.rounds_left <= 0));
  context.set("rounds_left_one", data(facts.rounds_left == 1));
  context.set("rounds_left_many", data(facts.rounds_left > 1));
  context.set("rounds_left_some", data(facts.rounds_left > 0));
  context.set("history", history_context(facts, format, labels));
  context.set("has_history", data(!facts.history.empty()));
  const auto any = [&](RoundStatus status) {
    return std::any_of(facts.history.begin(), facts.history.end(),
                       [&](const HistoryRow& row) { return row.status == status; });
  };
  context.set("any_over", data(any(RoundStatus::kOverLimit)));
  context.set("any_extra", data(any(RoundStatus::kExtra)));
  context.set("passages", format.integer(static_cast<long long>(facts.passages.size())));
  context.set("has_passages", data(!facts.passages.empty()));
  context.set("notices", notices_context(facts, format, labels));
  context.set("has_notices", data(!facts.notices.empty()));
  return context;
}

}  // namespace sk::notice
