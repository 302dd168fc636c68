// From the ledger to a finished notice; see notice_workflow.h.
#include "workflow/notice_workflow.h"

#include <algorithm>
#include <cstdio>

#include "common/error.h"
#include "common/one_line_text.h"
#include "ledger/dates.h"
#include "ledger/history.h"
#include "ledger/notice_store.h"
#include "ledger/revision_store.h"
#include "workflow/changed_passages.h"
#include "workflow/freelancer_profile.h"
#include "workflow/notice_facts_builder.h"
#include "workflow/stored_pair.h"

namespace sk::workflow {

namespace {

std::string format_percent(double percent) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g%%", percent);
  return buffer;
}

std::string one_line(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

std::string project_subject(std::int64_t project_id) {
  return "project " + std::to_string(project_id);
}

// The revision a notice answers: `number`, or the latest revision that is not withdrawn; none when the
// project has no such revision. A withdrawn revision is refused: it was logged by mistake and is no round.
std::optional<std::size_t> find_revision(const ledger::ProjectHistory& history, std::int64_t project_id,
                                         const std::optional<int>& number) {
  if (!number) {
    for (std::size_t i = history.revisions.size(); i-- > 0;) {
      if (history.revisions[i].revision.withdrawn_on.empty()) return i;
    }
    return std::nullopt;
  }
  for (std::size_t i = 0; i < history.revisions.size(); ++i) {
    const ledger::RevisionRecord& r = history.revisions[i].revision;
    if (r.number != *number) continue;
    if (!r.withdrawn_on.empty()) {
      throw Error(
          ErrorKind::kInvalidInput, "revision " + std::to_string(r.number),
          "was withdrawn on " + r.withdrawn_on + " (" + r.withdrawn_reason +
              "); a withdrawn revision was logged by mistake and is no round, so no notice answers it");
    }
    return i;
  }
  throw Error(ErrorKind::kNotFound, project_subject(project_id), "no revision " + std::to_string(*number));
}

// "has no revisions yet", or for a project whose every revision was withdrawn, "has only withdrawn
// revisions".
std::string no_revisions(const ledger::ProjectHistory& history) {
  return history.revisions.empty() ? "has no revisions yet" : "has only withdrawn revisions";
}

std::string no_notice_reason(const ledger::JudgedRevision& j) {
  const std::string revision = "revision " + std::to_string(j.revision.number);
  if (!j.round) return "No notice is called for: " + revision + " is not counted.";
  if (*j.round == 0) return "No notice is called for: " + revision + " is the original delivery (round 0).";
  return "No notice is called for: " + revision + " (round " + std::to_string(*j.round) +
         ") is within the agreed terms.";
}

// The passages of revision `index` against the revision it was measured against, from the stored texts.
// An image has none: its evidence is the pixel figures of its measurement.
std::vector<notice::Passage> passages_of(ledger::Database& db, std::int64_t project_id,
                                         const ledger::JudgedRevision& j) {
  if (!j.revision.measured || j.revision.measured->kind == ContentKind::kImage) return {};  // no words
  const MeasuredPair pair =
      measure_stored_pair(db, project_id, j.revision.measured->against, j.revision.number);
  return changed_passages(pair.older.document, pair.newer.document, *pair.measured.words);
}

// The new version of an image revision with the boxes around its changed areas, re-measured from the
// stored originals (the ledger keeps the figures, not the boxes). None for a text or an unmeasured image.
notice::EvidenceImage picture_of(ledger::Database& db, std::int64_t project_id,
                                 const ledger::JudgedRevision& j) {
  notice::EvidenceImage out;
  if (!j.revision.measured || j.revision.measured->kind != ContentKind::kImage ||
      j.revision.measured->against == 0) {
    return out;
  }
  const MeasuredPair pair =
      measure_stored_pair(db, project_id, j.revision.measured->against, j.revision.number);
  if (!pair.measured.pixels) return out;
  const import::Image& newer = pair.newer.image;
  for (const import::Region& region : pair.measured.pixels->regions) {
    const std::optional<import::PixelBox> box =
        import::region_in_image(region, newer, pair.older.image, newer, pair.measured.pixels->size_handling);
    if (!box) continue;
    out.boxes.push_back({box->x, box->y, box->width, box->height});
    const std::optional<import::PixelBox> old_box = import::region_in_image(
        region, pair.older.image, pair.older.image, newer, pair.measured.pixels->size_handling);
    out.old_boxes.push_back(
        old_box ? notice::EvidenceImage::Box{old_box->x, old_box->y, old_box->width, old_box->height}
                : notice::EvidenceImage::Box{});
  }
  out.old_width = pair.older.image.width;
  out.old_height = pair.older.image.height;
  out.old_rgb = pair.older.image.rgb;
  out.width = newer.width;
  out.height = newer.height;
  out.rgb = newer.rgb;
  return out;
}

// A notice asked for by name must still be true for the revision it answers: a rounds-exhausted notice
// says the included rounds are used, an over-scope notice that the round changed more than its share.
void refuse_untrue_kind(const ledger::JudgedRevision& j, notice::NoticeKind kind) {
  const std::string revision = "revision " + std::to_string(j.revision.number);
  const ledger::Terms& terms = j.terms.terms;
  if (kind == notice::NoticeKind::kRoundsExhausted && !(j.round && *j.round > terms.included_rounds)) {
    throw Error(ErrorKind::kInvalidInput, revision,
                (j.round ? "is round " + std::to_string(*j.round) + " of the " +
                               std::to_string(terms.included_rounds) + " included"
                         : std::string("is not counted as a round")) +
                    "; a rounds-exhausted notice would say the included rounds are used, which is not true");
  }
  if (kind == notice::NoticeKind::kOverScope) {
    const double share = j.revision.measured ? j.revision.measured->changed_share : 0.0;
    if (!j.revision.measured || j.revision.measured->against == 0 ||
        share * 100.0 <= terms.max_share_percent + 0.05) {
      throw Error(ErrorKind::kInvalidInput, revision,
                  "does not change more than the " + format_percent(terms.max_share_percent) +
                      " a round may change; an over-scope notice would not be true");
    }
  }
}

}  // namespace

GeneratedNotice generate_notice(ledger::Database& db, std::int64_t project_id, const NoticeRequest& request) {
  const ledger::ProjectHistory history = ledger::load_history(db, project_id);
  const std::optional<std::size_t> index = find_revision(history, project_id, request.revision);
  const ledger::JudgedRevision* target = index ? &history.revisions[*index] : nullptr;

  GeneratedNotice out;
  if (target != nullptr) {
    out.revision_number = target->revision.number;
    out.policy_kind = target->notice_kind;
  }

  notice::NoticeKind kind = notice::NoticeKind::kSummary;
  if (request.kind) {
    kind = *request.kind;
    if (target == nullptr && kind != notice::NoticeKind::kClarify) {
      throw Error(ErrorKind::kInvalidInput, project_subject(project_id),
                  no_revisions(history) + "; a " + notice::to_string(kind) +
                      " notice needs one (a clarify notice does not)");
    }
    if (target != nullptr) refuse_untrue_kind(*target, kind);
  } else if (target == nullptr) {
    out.called_for = false;
    out.no_notice_reason =
        "No notice is called for: project " + std::to_string(project_id) + " " + no_revisions(history) + ".";
    return out;
  } else if (!target->notice_kind) {
    out.called_for = false;
    out.no_notice_reason = no_notice_reason(*target);
    return out;
  } else {
    kind = *target->notice_kind;
  }

  const std::string language = request.language.empty() ? history.project.language : request.language;
  const auto& languages = notice::shipped_languages();
  if (std::find(languages.begin(), languages.end(), language) == languages.end()) {
    throw Error(ErrorKind::kInvalidInput, "language " + language, "no notice templates for this language");
  }

  if (one_line(request.freelancer.name).empty()) {
    throw Error(ErrorKind::kInvalidInput, kNoNameSubject, "is not set, and every notice is signed with it");
  }
  // The letterhead and an email draft's From line carry it: a typo there reaches the client.
  if (const std::string email = one_line(request.freelancer.email);
      !email.empty() && !looks_like_email(email)) {
    throw Error(ErrorKind::kInvalidInput, "your email",
                "\"" + email +
                    "\" does not look like an email address (name@example.com); correct it in the "
                    "profile (Settings, or scopekeeper-cli profile set --email)");
  }
  if (!request.reply_by.empty()) {
    if (!ledger::is_valid_date(request.reply_by)) {
      throw Error(ErrorKind::kInvalidInput, "reply-by date " + request.reply_by,
                  "is not a date written YYYY-MM-DD");
    }
    if (request.reply_by < ledger::today()) {
      throw Error(ErrorKind::kInvalidInput, "reply-by date " + request.reply_by,
                  "is in the past; the client cannot answer by then");
    }
  }
  const std::string& english = request.freelancer.english;
  if (!english.empty() && english != "en-GB" && english != "en-US") {
    throw Error(ErrorKind::kInvalidInput, "English " + english, "must be en-GB or en-US");
  }

  out.facts = facts_from_history(history, index, kind, language, neutral_letterhead(request.freelancer));
  out.facts.reply_by = request.reply_by;
  if (language == "en") out.facts.locale = english;
  if (target != nullptr) out.facts.passages = passages_of(db, project_id, *target);
  if (target != nullptr && (request.with_pdf || request.with_picture)) {
    out.facts.picture = picture_of(db, project_id, *target);
  }

  const notice::TemplateStore store = notice::TemplateStore::standard();
  out.text = notice::render_notice(out.facts, store);
  out.findings = notice::ToneChecker::load(language, store).check(out.text.subject + "\n" + out.text.body);
  if (request.with_pdf) out.pdf = notice::notice_pdf(out.facts, out.text, request.pdf_options);
  return out;
}

std::string notice_text(const notice::RenderedNotice& text) {
  return text.subject + "\n\n" + text.body;
}

namespace {

ledger::NewNotice stored_form(const GeneratedNotice& notice) {
  ledger::NewNotice record;
  record.revision_number = notice.revision_number;
  record.kind = notice.facts.kind;
  record.language = notice.facts.language;
  record.text = notice_text(notice.text);
  record.pdf = notice.pdf;
  return record;
}

}  // namespace

std::int64_t store_notice(ledger::Database& db, std::int64_t project_id, const GeneratedNotice& notice) {
  return ledger::add_notice(db, project_id, stored_form(notice));
}

std::int64_t store_notice_with_pdf(ledger::Database& db, std::int64_t project_id,
                                   const GeneratedNotice& notice, OutputFile& output, OutputFile* email,
                                   std::string_view email_bytes) {
  output.prepare(notice.pdf);
  if (email != nullptr) email->prepare(email_bytes);
  bool published = false, email_published = false;
  try {
    return ledger::add_notice(db, project_id, stored_form(notice), [&] {
      output.commit();
      published = true;
      if (email != nullptr) {
        email->commit();
        email_published = true;
      }
    });
  } catch (...) {
    // The notice was not stored: its files must not stay.
    if (published) output.remove_if_new();
    if (email_published) email->remove_if_new();
    throw;
  }
}

}  // namespace sk::workflow
