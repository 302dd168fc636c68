// Test helper: a realistic NoticeFacts in each language, with switches for the optional fields.
#pragma once

#include <string>

#include "notice/notice_facts.h"

namespace sk::notice::testing {

struct SampleOptions {
  bool price = true;
  bool hourly = true;
  int rounds_left = 0;
  bool moves = true;
  bool history = true;
  bool passages = true;
  bool image = false;  // an image project: pixel figures instead of words, no passages (moves ignored)
};

inline NoticeFacts sample_facts(const std::string& language, NoticeKind kind, SampleOptions options = {}) {
  NoticeFacts facts;
  facts.language = language;
  facts.kind = kind;
  facts.date = "2025-03-14";
  facts.reply_by = "2025-03-20";
  if (language == "ko") {
    facts.freelancer = {"이서연", "서연 카피 스튜디오", "seoyeon@example.kr", "010-1234-5678", "", ""};
    facts.client = "봄빛출판";
    facts.contact = "김민수";
    facts.project = "봄 카탈로그";
    facts.terms.currency = "KRW";
    facts.terms.extra_round_price = 150000;
    facts.terms.hourly_rate = 50000;
  } else if (language == "ro") {
    facts.freelancer = {"Ioana Popescu", "Popescu Texte SRL", "ioana@example.ro", "+40 721 000 000", "", ""};
    facts.client = "Editura Primăvara";
    facts.contact = "Ștefan Țurcanu";
    facts.salutation = "Stimate domnule Țurcanu,";
    facts.project = "Catalogul de primăvară";
    facts.terms.currency = "RON";
    facts.terms.extra_round_price = 1200;
    facts.terms.hourly_rate = 150;
  } else {
    facts.freelancer = {"Alex Morgan", "Morgan Copy", "alex@example.com", "+44 20 7946 0000", "", ""};
    facts.client = "Harbour Books";
    facts.contact = "Jordan Lee";
    facts.project = "Spring catalogue";
    facts.terms.currency = "EUR";
    facts.terms.extra_round_price = 1200;
    facts.terms.hourly_rate = 60;
  }
  if (!options.price) facts.terms.extra_round_price.reset();
  if (!options.hourly) facts.terms.hourly_rate.reset();
  facts.terms.included_rounds = 2;
  facts.terms.max_share = 0.30;
  facts.terms.heads_up_share = 0.25;
  facts.revision.number = 3;
  facts.revision.round = 2;
  facts.revision.received = "2025-03-12";
  facts.revision.file = "catalogue-v3.docx";
  facts.revision.previous_received = "2025-03-03";
  facts.revision.old_words = 5680;
  facts.revision.new_words = 5490;
  facts.revision.kept = 4290;
  facts.revision.deleted = 1390;
  facts.revision.inserted = 1200;
  facts.revision.moved_words = options.moves ? 85 : 0;
  facts.revision.changed_share = 1390.0 / 5680.0;  // 24.5%
  facts.rounds_used = 2;
  facts.rounds_left = options.rounds_left;
  if (options.history) {
    facts.history = {{1, 2, "2025-02-20", 0.12, 0.30, RoundStatus::kWithin},
                     {2, 3, "2025-03-12", 0.245, 0.30, RoundStatus::kNearLimit}};
  }
  if (options.passages) {
    using K = Segment::Kind;
    facts.passages = {
        {PassageKind::kReplace,
         "Our spring range brings light fabrics for warm days.",
         "The new spring line brings breathable linen for the first warm days.",
         {{K::kKept, "… Welcome to the catalogue. "},
          {K::kDeleted, "Our "},
          {K::kInserted, "The new "},
          {K::kKept, "spring "},
          {K::kDeleted, "range "},
          {K::kInserted, "line "},
          {K::kKept, "brings "},
          {K::kDeleted, "light fabrics "},
          {K::kInserted, "breathable linen "},
          {K::kKept, "for "},
          {K::kInserted, "the first "},
          {K::kKept, "warm days. Every piece is …"}},
         9},
        {PassageKind::kDelete,
         "Free delivery on all orders over fifty euros.",
         "",
         {{K::kKept, "… sizes from XS to XL. "},
          {K::kDeleted, "Free delivery on all orders over fifty euros. "},
          {K::kKept, "Returns are free …"}},
         8},
        {PassageKind::kInsert,
         "",
         "Order before Friday and we deliver on Monday.",
         {{K::kKept, "… at the shop. "}, {K::kInserted, "Order before Friday and we deliver on Monday. "}},
         8},
    };
    if (options.moves) {
      facts.passages.push_back({PassageKind::kMove, "About us.", "About us.", {{K::kMoved, "About us."}}, 2});
    }
  }
  facts.notices = {{"2025-02-21", NoticeKind::kHeadsUp}};
  if (options.image) {  // a 1920 x 1080 poster of which 508,032 pixels changed, in 3 areas: 24.5%
    facts.material = Material::kImage;
    facts.revision.file = "poster-v3.png";
    facts.revision.old_words = facts.revision.new_words = facts.revision.kept = 0;
    facts.revision.deleted = facts.revision.inserted = facts.revision.moved_words = 0;
    facts.revision.total_pixels = 1920 * 1080;
    facts.revision.changed_pixels = 508032;
    facts.revision.changed_share = 508032.0 / (1920.0 * 1080.0);
    facts.revision.regions = 3;
    facts.passages.clear();
  }
  return facts;
}

}  // namespace sk::notice::testing
