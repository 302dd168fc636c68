// Notice text: formatting per language, template lookup and overrides, safe handling of hostile values.
#include "notice/render_notice.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "../ledger/temp_dir.h"
#include "common/error.h"
#include "notice/labels.h"
#include "notice/locale_format.h"
#include "notice/sanitize.h"
#include "sample_facts.h"

namespace sk::notice {
namespace {

using testing::sample_facts;

TEST_CASE("numbers, money and dates follow the language", "[notice]") {
  struct Case {
    const char* language;
    const char* percent;
    const char* integer;
    const char* date;
  };
  const Case cases[] = {{"en", "24.5%", "5,680", "12 March 2025"},
                        {"en-US", "24.5%", "5,680", "March 12, 2025"},
                        {"ro", "24,5%", "5.680", "12 martie 2025"},
                        {"ko", "24.5%", "5,680", "2025년 3월 12일"}};
  for (const Case& c : cases) {
    CAPTURE(c.language);
    LocaleFormat format(c.language);
    CHECK(format.percent(0.245) == c.percent);
    CHECK(format.integer(5680) == c.integer);
    CHECK(format.date("2025-03-12") == c.date);
  }
  CHECK(LocaleFormat("en").percent(0.3) == "30%");
  CHECK(LocaleFormat("en").money(1200, "EUR") == "€1,200");
  CHECK(LocaleFormat("en-US").money(1200, "USD") == "$1,200");
  // A country's own money the way its language writes it in a letter.
  CHECK(LocaleFormat("ko").money(150000, "KRW") == "150,000원");
  CHECK(LocaleFormat("ro").money(1200, "RON") == "1.200 lei");
  CHECK(LocaleFormat("ro").money(1200.5, "RON") == "1.200,50 lei");
  CHECK(LocaleFormat("ro").money(1200, "EUR").find("1.200") != std::string::npos);
  CHECK(LocaleFormat("en").money(12.5, "").find("12.50") != std::string::npos);
  CHECK(LocaleFormat("en").date("not a date") == "not a date");
}

TEST_CASE("counted nouns follow each language's plural rules", "[notice]") {
  const Labels& en = labels_for("en");
  const LocaleFormat english("en");
  CHECK(english.count(en.words, 1LL) == "1 word");
  CHECK(english.count(en.words, 0LL) == "0 words");
  CHECK(english.count(en.words, 1390LL) == "1,390 words");
  CHECK(english.count(en.rounds, 2LL) == "2 rounds");
  CHECK(english.count(en.points, 1.0) == "1 percentage point");
  CHECK(english.count(en.points, 3.25) == "3.3 percentage points");
  // Romanian: one, few (2-19 and numbers ending in 01-19) and other ("de": 20-100, 1.000).
  const Labels& ro = labels_for("ro");
  const LocaleFormat romanian("ro");
  CHECK(romanian.count(ro.words, 1LL) == "1 cuvânt");
  CHECK(romanian.count(ro.words, 2LL) == "2 cuvinte");
  CHECK(romanian.count(ro.words, 19LL) == "19 cuvinte");
  CHECK(romanian.count(ro.words, 20LL) == "20 de cuvinte");
  CHECK(romanian.count(ro.words, 101LL) == "101 cuvinte");
  CHECK(romanian.count(ro.words, 1000LL) == "1.000 de cuvinte");
  CHECK(romanian.count(ro.rounds, 2LL) == "2 runde");
  CHECK(romanian.count(ro.pixels, 2073600LL) == "2.073.600 de pixeli");
  CHECK_THROWS_AS(english.count("{0, plural, one{# x}", 1LL), Error);
}

TEST_CASE("the greeting is the freelancer's, else made from the contact person the language's way",
          "[notice]") {
  CHECK(salutation_for(labels_for("en"), "Sarah Thompson", "Harbour Dental") == "Dear Sarah,");
  CHECK(salutation_for(labels_for("en"), "", "Harbour Dental") == "Dear Harbour Dental,");
  CHECK(salutation_for(labels_for("en"), "  ", "Harbour Dental") == "Dear Harbour Dental,");
  CHECK(salutation_for(labels_for("ko"), "김민지", "봄빛출판") == "김민지 님께");
  CHECK(salutation_for(labels_for("ko"), "", "봄빛출판").find("봄빛출판") != std::string::npos);
  CHECK(salutation_from("Stimată doamnă {last},", "Ana  Popescu", "X") == "Stimată doamnă Popescu,");
  CHECK(salutation_from("Hello {first},", "Ana Maria Popescu", "X") == "Hello Ana,");
  for (const std::string& language : shipped_languages()) {
    CAPTURE(language);
    CHECK_FALSE(labels_for(language).salutation_choices.empty());
    NoticeFacts facts = sample_facts(language, NoticeKind::kSummary);
    facts.salutation = "Greeting chosen by hand,";
    CHECK(render_notice(facts, TemplateStore::source_tree()).body.rfind("Greeting chosen by hand,\n", 0) ==
          0);
  }
}

TEST_CASE("every kind renders in every language with the client's name and the figures", "[notice]") {
  const TemplateStore store = TemplateStore::source_tree();
  for (const std::string& language : shipped_languages()) {
    for (NoticeKind kind : all_kinds()) {
      CAPTURE(language, to_string(kind));
      NoticeFacts facts = sample_facts(language, kind);
      RenderedNotice notice = render_notice(facts, store);
      CHECK_FALSE(notice.subject.empty());
      const std::string greeting = facts.salutation.empty()
                                       ? salutation_for(labels_for(language), facts.contact, facts.client)
                                       : facts.salutation;
      CHECK(notice.body.rfind(greeting + "\n", 0) == 0);
      CHECK(notice.body.find(facts.freelancer.name) != std::string::npos);
      CHECK(notice.body.find(LocaleFormat(language).percent(0.30)) != std::string::npos);
      CHECK(notice.body.find("{{") == std::string::npos);
      size_t items = 0;
      for (const NoticeBlock& block : notice.blocks) items += block.type == NoticeBlock::Type::kItem ? 1 : 0;
      CHECK(items >= 2);  // at least two concrete options
      if (kind != NoticeKind::kSummary) {
        CHECK(notice.body.find(LocaleFormat(language).percent(facts.revision.changed_share)) !=
              std::string::npos);
      }
    }
  }
}

// The nouns of a text notice that must not appear in an image project's notice, per language (matched
// ignoring case; \b at the start so that "context" does not count).
std::vector<std::string> text_nouns(const std::string& language) {
  if (language == "ko") return {"텍스트", "단어", "문서", "원고", "독자", "읽히"};
  if (language == "ro") return {"\\btext", "cuv[aâ]nt", "cuvinte", "pasaj", "document", "cititor"};
  return {"\\btexts?\\b", "\\bwords?\\b", "passage", "document", "reader"};
}

TEST_CASE("every kind renders in every language for an image project, speaking of the design", "[notice]") {
  const TemplateStore store = TemplateStore::source_tree();
  const std::map<std::string, std::string> design = {
      {"en", "the design"}, {"ko", "디자인"}, {"ro", "design"}};
  for (const std::string& language : shipped_languages()) {
    const LocaleFormat format(language);
    for (NoticeKind kind : all_kinds()) {
      CAPTURE(language, to_string(kind));
      NoticeFacts facts = sample_facts(language, kind, {.image = true});
      RenderedNotice notice = render_notice(facts, store);
      const std::string text = notice.subject + "\n" + notice.body;
      CHECK(notice.body.find(facts.project) != std::string::npos);
      CHECK(notice.body.find(format.percent(0.30)) != std::string::npos);
      CHECK(notice.body.find(design.at(language)) != std::string::npos);
      CHECK(text.find("{{") == std::string::npos);
      for (const std::string& noun : text_nouns(language)) {
        CAPTURE(noun, text);
        CHECK_FALSE(std::regex_search(text, std::regex(noun, std::regex::icase)));
      }
      size_t items = 0;
      for (const NoticeBlock& block : notice.blocks) items += block.type == NoticeBlock::Type::kItem ? 1 : 0;
      CHECK(items >= 2);
      if (kind == NoticeKind::kSummary) {  // the history's shares, and how pixels are counted
        CHECK(notice.body.find(format.percent(0.245)) != std::string::npos);
        CHECK(notice.body.find(language == "ko" ? "픽셀" : "pixel") != std::string::npos);
      } else {  // the share and the measurement: pixels compared and changed
        CHECK(notice.body.find(format.percent(facts.revision.changed_share)) != std::string::npos);
        CHECK(notice.body.find(format.integer(1920 * 1080)) != std::string::npos);
        CHECK(notice.body.find(format.integer(508032)) != std::string::npos);
      }
    }
  }
}

TEST_CASE("an image notice states the areas and how differing sizes were compared", "[notice]") {
  const TemplateStore store = TemplateStore::source_tree();
  NoticeFacts facts = sample_facts("en", NoticeKind::kOverScope, {.image = true});
  std::string body = render_notice(facts, store).body;
  CHECK(body.find("changes 508,032 of the 2,073,600 pixels, in 3 areas: 24.5%.") != std::string::npos);
  CHECK(body.find("poster-v3.png") != std::string::npos);
  CHECK(body.find("appendix") != std::string::npos);
  CHECK(body.find("scaled") == std::string::npos);

  facts.revision.regions = 1;
  facts.revision.sizing = ImageSizing::kScaled;
  body = render_notice(facts, store).body;
  CHECK(body.find("pixels, in 1 area: 24.5%") != std::string::npos);
  CHECK(body.find("I scaled it to the size of the previous one first.") != std::string::npos);

  facts.revision.regions = 64;
  facts.revision.regions_capped = true;
  facts.revision.sizing = ImageSizing::kCanvas;
  body = render_notice(facts, store).body;
  CHECK(body.find("in at least 64 areas") != std::string::npos);
  CHECK(body.find("laid both on one canvas") != std::string::npos);

  for (const char* language : {"ko", "ro"}) {  // the capped count, in each language's words
    CAPTURE(language);
    NoticeFacts other = sample_facts(language, NoticeKind::kOverScope, {.image = true});
    other.revision.regions = 64;
    other.revision.regions_capped = true;
    const Labels& labels = labels_for(language);
    body = render_notice(other, store).body;
    CHECK(body.find(fill(labels.at_least, "n", LocaleFormat(language).count(labels.areas, 64LL))) !=
          std::string::npos);
  }

  // Not measured (a clarify notice on the original delivery): no pixel sentence, still the design.
  NoticeFacts first = sample_facts("en", NoticeKind::kClarify, {.image = true});
  first.revision.total_pixels = first.revision.changed_pixels = 0;
  body = render_notice(first, store).body;
  CHECK(body.find("pixel") == std::string::npos);
  CHECK(body.find("up to 30% of the design") != std::string::npos);
}

TEST_CASE("options carry the agreed prices, and vanish gracefully without them", "[notice]") {
  const TemplateStore store = TemplateStore::source_tree();
  NoticeFacts with = sample_facts("en", NoticeKind::kOverScope);
  RenderedNotice priced = render_notice(with, store);
  CHECK(priced.body.find("€1,200") != std::string::npos);
  CHECK(priced.body.find("5,680 words") != std::string::npos);
  CHECK(priced.body.find("1,390") != std::string::npos);

  NoticeFacts without = sample_facts("en", NoticeKind::kOverScope, {.price = false, .hourly = false});
  RenderedNotice plain = render_notice(without, store);
  CHECK(plain.body.find("€") == std::string::npos);
  CHECK(plain.body.find("quote") != std::string::npos);
  CHECK(plain.body.find("  ") == std::string::npos);

  NoticeFacts ro = sample_facts("ro", NoticeKind::kRoundsExhausted);
  CHECK(render_notice(ro, store).body.find("24,5%") != std::string::npos);
}

TEST_CASE("values are inserted as text: never parsed, never HTML-escaped", "[notice]") {
  const TemplateStore store = TemplateStore::source_tree();
  NoticeFacts facts = sample_facts("en", NoticeKind::kOverScope);
  facts.contact.clear();  // the greeting then names the client
  facts.client = "{{#terms}}{{/terms}} Tom & \"Jerry\" <b>{{client}}";
  RenderedNotice notice = render_notice(facts, store);
  CHECK(notice.body.find("Dear {{#terms}}{{/terms}} Tom & \"Jerry\" <b>{{client}},") != std::string::npos);

  facts.client = "Ann\x01\x1b[31m\nBell\u202E\u200F\xC2\x85";
  notice = render_notice(facts, store);
  CHECK(notice.body.find("Dear Ann[31m Bell,") != std::string::npos);

  facts.client = std::string(5000, 'A');
  notice = render_notice(facts, store);
  CHECK(notice.body.find(std::string(299, 'A') + "…") != std::string::npos);
  CHECK(notice.body.find(std::string(300, 'A')) == std::string::npos);
}

TEST_CASE("clean_passage shortens long passages in the middle", "[notice]") {
  std::string longer;
  for (int i = 0; i < 200; ++i) longer += "word" + std::to_string(i) + " ";
  std::string shortened = clean_passage(longer, 120);
  CHECK(count_code_points(shortened) <= 125);
  CHECK(shortened.rfind("word0 ", 0) == 0);
  CHECK(shortened.find(" … ") != std::string::npos);
  CHECK(shortened.find("word199") != std::string::npos);
  CHECK(clean_passage("short text") == "short text");
  CHECK(clean_line("bad \xFF byte") == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("a user's template overrides the shipped one, one file at a time", "[notice]") {
  ledger::testing::TempDir dir;
  ledger::testing::ScopedEnv env("XDG_CONFIG_HOME", dir.path().string());
  std::filesystem::create_directories(dir.path() / "scopekeeper" / "templates" / "en");
  std::ofstream(dir.path() / "scopekeeper" / "templates" / "en" / "clarify.mustache")
      << "My subject for {{client}}\n\nHello {{client}}.\n";
  CHECK(TemplateStore::user_dir() == dir.path() / "scopekeeper" / "templates");

  TemplateStore store({TemplateStore::user_dir(), TemplateStore::source_tree().dirs().front()});
  RenderedNotice mine = render_notice(sample_facts("en", NoticeKind::kClarify), store);
  CHECK(mine.subject == "My subject for Harbour Books");
  CHECK(mine.body == "Hello Harbour Books.\n");
  RenderedNotice shipped = render_notice(sample_facts("en", NoticeKind::kOverScope), store);
  CHECK(shipped.body.find("Dear Jordan,") != std::string::npos);

  CHECK_THROWS_AS(store.find("../etc", "x.mustache"), Error);
  CHECK_THROWS_AS(store.find("fr", "over-scope.mustache"), Error);
  CHECK_THROWS_AS(render_template("{{#open}} never closed", sample_facts("en", NoticeKind::kClarify)), Error);
}

TEST_CASE("the standard store finds the shipped templates", "[notice]") {
  TemplateStore store = TemplateStore::standard();
  CHECK(store.has("ko", "summary.mustache"));
}

}  // namespace
}  // namespace sk::notice
