// Tone check: the shipped templates pass for every combination of fields; bad phrasings are caught with their
// span.
#include "notice/tone_check.h"

#include <catch2/catch.hpp>

#include "common/error.h"
#include "notice/render_notice.h"
#include "sample_facts.h"

namespace sk::notice {
namespace {

std::string describe(const std::vector<ToneFinding>& findings) {
  std::string out;
  for (const ToneFinding& f : findings) out += "[" + f.category + "] '" + f.excerpt + "'\n";
  return out;
}

TEST_CASE("shipped templates pass the tone check for every combination of fields", "[notice][tone]") {
  const TemplateStore store = TemplateStore::source_tree();
  size_t rendered = 0;
  for (const std::string& language : shipped_languages()) {
    const ToneChecker checker = ToneChecker::load(language, store);
    REQUIRE(checker.size() >= 15);
    for (NoticeKind kind : all_kinds()) {
      for (bool price : {true, false}) {
        for (bool hourly : {true, false}) {
          for (int rounds_left : {0, 1, 3}) {
            for (bool moves : {true, false}) {
              testing::SampleOptions options{price, hourly, rounds_left, moves, true, true};
              RenderedNotice notice = render_notice(testing::sample_facts(language, kind, options), store);
              const std::string text = notice.subject + "\n" + notice.body;
              std::vector<ToneFinding> findings = checker.check(text);
              INFO(language << " " << to_string(kind) << " price=" << price << " hourly=" << hourly
                            << " left=" << rounds_left << " moves=" << moves << "\n"
                            << describe(findings));
              CHECK(findings.empty());
              CHECK(text.find("{{") == std::string::npos);
              ++rendered;
            }
          }
        }
      }
    }
  }
  CHECK(rendered == 3 * 5 * 2 * 2 * 3 * 2);
}

TEST_CASE("shipped templates pass the tone check for image projects too", "[notice][tone]") {
  const TemplateStore store = TemplateStore::source_tree();
  size_t rendered = 0;
  for (const std::string& language : shipped_languages()) {
    const ToneChecker checker = ToneChecker::load(language, store);
    for (NoticeKind kind : all_kinds()) {
      for (bool price : {true, false}) {
        for (bool hourly : {true, false}) {
          for (int rounds_left : {0, 1, 3}) {
            for (ImageSizing sizing : {ImageSizing::kSame, ImageSizing::kScaled, ImageSizing::kCanvas}) {
              testing::SampleOptions options{price, hourly, rounds_left, false, true, false, true};
              NoticeFacts facts = testing::sample_facts(language, kind, options);
              facts.revision.sizing = sizing;
              facts.revision.regions = sizing == ImageSizing::kCanvas ? 64 : 1;
              facts.revision.regions_capped = sizing == ImageSizing::kCanvas;
              RenderedNotice notice = render_notice(facts, store);
              const std::string text = notice.subject + "\n" + notice.body;
              std::vector<ToneFinding> findings = checker.check(text);
              INFO(language << " " << to_string(kind) << " price=" << price << " hourly=" << hourly
                            << " left=" << rounds_left << " sizing=" << static_cast<int>(sizing) << "\n"
                            << describe(findings));
              CHECK(findings.empty());
              CHECK(text.find("{{") == std::string::npos);
              ++rendered;
            }
          }
        }
      }
    }
  }
  CHECK(rendered == 3 * 5 * 2 * 2 * 3 * 3);
}

struct Bad {
  const char* language;
  std::string text;
  std::string excerpt;  // the span the checker must report
  const char* category;
};

TEST_CASE("bad phrasings are caught with the right span", "[notice][tone]") {
  const TemplateStore store = TemplateStore::source_tree();
  const Bad cases[] = {
      {"en", "No, we can't do that.", "No,", "refusal"},
      {"en", "Thanks. We won't do another round for free.", "We won't do", "refusal"},
      {"en", "Honestly, you are wrong about the scope.", "you are wrong", "blame"},
      {"en", "This is YOUR FAULT, not mine.", "YOUR FAULT", "blame"},
      {"en", "These are unreasonable demands.", "unreasonable demands", "label"},
      {"en", "You always change everything at the last minute.", "You always", "absolute"},
      {"en", "As I already said, two rounds are included.", "As I already said", "repeat"},
      {"en", "I am terribly sorry for the trouble.", "terribly sorry", "apology"},
      {"en", "Obviously the contract covers this.", "Obviously", "superiority"},
      {"ko", "고객님, 그건 안 됩니다.", "안 됩니다", "refusal"},
      {"ko", "이번 변경은 불가능합니다.", "불가능합니다", "refusal"},
      {"ko", "고객님께서 틀리셨습니다.", "틀리셨", "blame"},
      {"ko", "무리한 요구는 받아들이기 어렵습니다.", "무리한 요구", "label"},
      {"ko", "고객님은 항상 이렇게 바꾸십니다.", "항상 이렇게", "absolute"},
      {"ko", "이미 말씀드린 것처럼 수정은 2회입니다.", "이미 말씀드린", "repeat"},
      {"ko", "정말 죄송합니다만 어렵습니다.", "정말 죄송", "apology"},
      {"ro", "Nu se poate face asta.", "Nu se poate", "refusal"},
      {"ro", "Ați greșit cu privire la contract.", "Ați greșit", "blame"},
      {"ro", "Aţi greşit (cu sedilă).", "Aţi greşit", "blame"},
      {"ro", "Ati gresit, fara diacritice.", "Ati gresit", "blame"},
      {"ro", "Este o cerere nerezonabilă.", "cerere nerezonabilă", "label"},
      {"ro", "Schimbați mereu textul.", "mereu", "absolute"},
      {"ro", "Așa cum v-am mai spus, sunt două runde.", "Așa cum v-am mai spus", "repeat"},
      {"ro", "Îmi pare foarte rău pentru asta.", "Îmi pare foarte rău", "apology"},
      {"ro", "ÎMI PARE FOARTE RĂU.", "ÎMI PARE FOARTE RĂU", "apology"},
      // Threats and ultimatums, in each language.
      {"ro", "Trebuie să plătiți imediat, altfel nu mai lucrez.", "Trebuie să plătiți imediat", "ultimatum"},
      {"ro", "Trebuie să plătiți imediat, altfel nu mai lucrez.", "altfel nu mai", "ultimatum"},
      {"ro", "Este ultimul avertisment.", "ultimul avertisment", "ultimatum"},
      {"ro", "Voi opri lucrul la proiect.", "Voi opri lucrul", "ultimatum"},
      {"en", "Pay immediately or else I stop.", "Pay immediately", "ultimatum"},
      {"en", "Send the signed quote, or else the project stops.", "or else", "ultimatum"},
      {"en", "This is your final warning.", "final warning", "ultimatum"},
      {"en", "I will stop working on Monday.", "I will stop working", "ultimatum"},
      {"ko", "즉시 입금해 주세요. 그렇지 않으면 작업을 중단하겠습니다.", "그렇지 않으면", "ultimatum"},
      {"ko", "즉시 입금해 주세요.", "즉시 입금", "ultimatum"},
      {"ko", "이번이 마지막 경고입니다.", "마지막 경고", "ultimatum"},
      {"ko", "더 이상 작업하지 않겠습니다.", "더 이상 작업하지 않겠", "ultimatum"},
  };
  for (const Bad& bad : cases) {
    CAPTURE(bad.language, bad.text);
    const ToneChecker checker = ToneChecker::load(bad.language, store);
    std::vector<ToneFinding> findings = checker.check(bad.text);
    REQUIRE_FALSE(findings.empty());
    bool found = false;
    for (const ToneFinding& f : findings) {
      if (f.excerpt == bad.excerpt && f.category == bad.category) {
        found = true;
        CHECK(bad.text.substr(f.begin, f.end - f.begin) == bad.excerpt);
        CHECK(f.begin == bad.text.find(bad.excerpt));
        CHECK_FALSE(f.suggestion.empty());
      }
    }
    INFO(describe(findings));
    CHECK(found);
  }
}

TEST_CASE("tone rules: format errors are reported", "[notice][tone]") {
  CHECK_THROWS_AS(ToneChecker::parse_rules("refusal only-two-fields\n", "x.tsv"), Error);
  CHECK_THROWS_AS(ToneChecker({{"refusal", "(unclosed", "s"}}), Error);
  std::vector<ToneRule> rules =
      ToneChecker::parse_rules("# comment\n\nblame\t\\bfault\\b\tsay it kindly\n", "x.tsv");
  REQUIRE(rules.size() == 1);
  CHECK(ToneChecker(rules).check("Whose fault? Not a default.").size() == 1);
}

}  // namespace
}  // namespace sk::notice
