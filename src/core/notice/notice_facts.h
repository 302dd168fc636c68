// Everything a notice says, as plain data: filled by the ledger/CLI, read by the renderer and the PDF writer.
// Independent of the ledger: no SQLite, no ids. Shares are fractions (0.245 = 24.5%), dates ISO "YYYY-MM-DD".
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "policy/notice_kind.h"

namespace sk::notice {

// The kinds of notice are the policy's (policy/notice_kind.h): one enum from the judge to the template.
using policy::NoticeKind;
using policy::to_string;
inline std::optional<NoticeKind> parse_kind(std::string_view name) {
  return policy::parse_notice_kind(name);
}
inline const std::vector<NoticeKind>& all_kinds() {
  return policy::all_notice_kinds();
}

// The codes of the languages of common/languages.h, each with its templates and labels.
const std::vector<std::string>& shipped_languages();

struct FreelancerProfile {
  std::string name;
  std::string business;   // optional
  std::string email;      // optional
  std::string phone;      // optional
  std::string logo_path;  // optional: a PNG or JPEG shown at the top right of the letterhead
  // How English letters write dates and numbers: "en-GB" (14 March 2025; the default when empty) or "en-US"
  // (March 14, 2025). The shipped English templates use words spelled alike in both.
  std::string english;
};

struct NoticeTerms {
  int included_rounds = 0;
  double max_share = 0.0;                   // fraction of the previous version one round may change
  double heads_up_share = 0.0;              // fraction at which a heads-up is due (0 = not set)
  std::optional<double> extra_round_price;  // in `currency`; absent = not agreed
  std::optional<double> hourly_rate;        // in `currency`; absent = not agreed
  std::string currency;                     // ISO 4217 code ("EUR", "KRW", "RON"); empty = plain numbers
  std::string clause;                       // optional: the contract clause, quoted as written
};

// What the project's revisions are: texts, measured by their words, or images (a designer's work), measured
// by their pixels. The templates speak of "the text" or "the design" accordingly.
enum class Material { kText, kImage };

// How an image revision's size was reconciled with the previous one's (import/image_compare.h): the same
// size; scaled to the previous size (same proportions); both laid on one canvas (different proportions).
enum class ImageSizing { kSame, kScaled, kCanvas };

// The revision the notice is about, with its measurement (see measure/comparison.h; for an image,
// import/image_compare.h).
struct RevisionFacts {
  int number = 0;                 // revision number in the project
  int round = 0;                  // which round of edits it counts as (0 = not counted)
  std::string received;           // ISO date
  std::string file;               // optional: the file name of the new version
  std::string previous_received;  // optional: ISO date of the version it was compared with
  std::string previous_file;      // optional
  size_t old_words = 0;           // 0 = not measured (e.g. a clarify notice before any edits)
  size_t new_words = 0;
  size_t kept = 0;
  size_t deleted = 0;
  size_t inserted = 0;
  size_t moved_words = 0;
  double changed_share = 0.0;  // max(deleted, inserted) / old_words; an image: changed / total pixels
  // An image (NoticeFacts::material == kImage); the word counts above are then 0.
  size_t total_pixels = 0;      // pixels compared; 0 = not measured
  size_t changed_pixels = 0;    // pixels whose colour differs beyond the tolerance
  size_t regions = 0;           // boxes around the changed areas
  bool regions_capped = false;  // the comparison keeps at most so many boxes: there may be more areas
  ImageSizing sizing = ImageSizing::kSame;
};

// How a round stands in the history table: within; near the share limit (it used at least the heads-up
// share); over the share limit; an additional round past the included ones; not counted; the last included
// round, within the share (named for what it is, not "near the limit").
enum class RoundStatus { kWithin, kNearLimit, kOverLimit, kExtra, kNotCounted, kLastIncluded };

struct HistoryRow {
  int round = 0;
  int revision = 0;
  std::string date;  // ISO
  double share = 0.0;
  double limit = 0.0;
  RoundStatus status = RoundStatus::kWithin;
};

enum class PassageKind { kDelete, kInsert, kReplace, kMove };

// A run of a passage shown as a redline: words kept (context), deleted, inserted, or moved here from
// elsewhere.
struct Segment {
  enum class Kind { kKept, kDeleted, kInserted, kMoved };
  Kind kind = Kind::kKept;
  std::string text;
};

// One changed passage for the evidence appendix. kDelete has only old_text, kInsert only new_text.
// `redline`, when filled, shows the change inside its sentence: nearby changes merged into one passage, a
// few kept words either side, deletions and insertions in place; `weight` is its changed words, so the
// largest passages can be shown first.
struct Passage {
  PassageKind kind = PassageKind::kReplace;
  std::string old_text;
  std::string new_text;
  std::vector<Segment> redline;
  size_t weight = 0;
};

// An image revision as the PDF shows it: its pixels (RGB, 8 bits a channel, row by row) and the boxes around
// the changed areas, in its own pixels. Empty when there is nothing to show.
struct EvidenceImage {
  struct Box {
    double x = 0, y = 0, width = 0, height = 0;
  };
  uint32_t width = 0, height = 0;
  std::vector<uint8_t> rgb;  // width * height * 3 bytes
  std::vector<Box> boxes;
  // The previous version, for a before/after crop of each area when there are few: its pixels, and where
  // each of `boxes` lies on it (a zero box where the area is not on it: a canvas part only the new one has).
  uint32_t old_width = 0, old_height = 0;
  std::vector<uint8_t> old_rgb;
  std::vector<Box> old_boxes;
};

struct SentNotice {
  std::string date;  // ISO
  NoticeKind kind = NoticeKind::kHeadsUp;
};

struct NoticeFacts {
  std::string language = "en";  // template folder name
  NoticeKind kind = NoticeKind::kOverScope;
  Material material = Material::kText;  // of the revision answered, else of the latest one; none: text
  std::string date;                     // ISO date of the notice; empty = today (UTC)
  std::string reply_by;  // optional ISO date, used by clarify ("could you send the list by …")
  // Optional ICU locale for numbers and dates when the language has variants: "en-GB" (the default for
  // "en") or "en-US". Empty: the language's default.
  std::string locale;
  FreelancerProfile freelancer;
  std::string client;
  std::string contact;     // optional: the person at the client the letter is addressed to ("Sarah Thompson")
  std::string salutation;  // optional: the greeting exactly as the freelancer wants it ("Dear Sarah,");
                           // empty: made from the contact (or the client) the language's way, see labels.h
  std::string project;
  NoticeTerms terms;
  RevisionFacts revision;
  int rounds_used = 0;
  int rounds_left = 0;
  std::vector<HistoryRow> history;
  std::vector<Passage> passages;    // texts only: an image's evidence is its pixel figures and its picture
  EvidenceImage picture;            // images only: the new version with its changed areas outlined
  std::vector<SentNotice> notices;  // earlier notices, for the summary
};

// The locale the letter's numbers and dates are written in: `locale` when set, else `language`.
std::string letter_locale(const NoticeFacts& facts);

}  // namespace sk::notice
