// The rules a notice follows in every situation (issue 14), pinned across every kind × language × (text,
// image) × scenario of scenarios.h that the scenario makes true. Each TEST_CASE is one rule; a failure names
// the language, kind, material and scenario, and shows the letter.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <string>
#include <vector>

#include "notice/labels.h"
#include "notice/locale_format.h"
#include "notice/render_notice.h"
#include "scenarios.h"

namespace sk::notice {
namespace {

using testing::Scenario;

struct Letter {
  std::string language;
  NoticeKind kind;
  bool image;
  std::string scenario;
  NoticeFacts facts;
  RenderedNotice text;
};

// Every letter the scenarios make true, rendered once.
const std::vector<Letter>& letters() {
  static const std::vector<Letter> all = [] {
    std::vector<Letter> out;
    const TemplateStore store = TemplateStore::source_tree();
    for (const std::string& language : shipped_languages()) {
      for (bool image : {false, true}) {
        for (const auto& [scenario, kind] : testing::true_pairs()) {
          NoticeFacts facts = testing::scenario_facts(scenario, kind, language, image);
          out.push_back({language, kind, image, scenario.name, facts, render_notice(facts, store)});
        }
      }
    }
    return out;
  }();
  return all;
}

size_t count_of(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  size_t from = 0;
  while (from < text.size()) {
    size_t end = text.find('\n', from);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  return lines;
}

TEST_CASE("notice rules: every situation renders, with no template debris", "[notice][rules]") {
  REQUIRE(letters().size() >= 300);
  for (const Letter& l : letters()) {
    INFO(l.language << " " << to_string(l.kind) << ": " << l.scenario << "\n" << l.text.body);
    const std::string all = l.text.subject + "\n" + l.text.body;
    CHECK(all.find("{{") == std::string::npos);
    CHECK(all.find("  ") == std::string::npos);
    CHECK(all.find(" ,") == std::string::npos);
    CHECK(all.find(" .") == std::string::npos);
    CHECK(all.find("()") == std::string::npos);
    CHECK(all.find(",,") == std::string::npos);
    CHECK(all.find("..") == std::string::npos);
    CHECK_FALSE(l.text.subject.empty());
  }
}

TEST_CASE("notice rules: the project's title is a name, used once in the body at most", "[notice][rules]") {
  for (const Letter& l : letters()) {
    INFO(l.language << " " << to_string(l.kind) << ": " << l.scenario << "\n" << l.text.body);
    CHECK(l.text.subject.find(l.facts.project) != std::string::npos);
    CHECK(count_of(l.text.body, l.facts.project) <= 1);
  }
}

TEST_CASE("notice rules: a letter opens with the greeting and ends with the sender's name",
          "[notice][rules]") {
  for (const Letter& l : letters()) {
    INFO(l.language << " " << to_string(l.kind) << ": " << l.scenario << "\n" << l.text.body);
    const std::vector<std::string> lines = lines_of(l.text.body);
    REQUIRE(lines.size() > 4);
    const std::string expected = l.facts.salutation.empty()
                                     ? salutation_for(labels_for(l.language), l.facts.contact, l.facts.client)
                                     : l.facts.salutation;
    CHECK(lines.front() == expected);
    CHECK(lines.back().find(l.facts.freelancer.name) != std::string::npos);
    // The contact person is greeted, never the full name in a mail-merge "Dear Jordan Lee,".
    if (!l.facts.contact.empty() && l.language == "en" && l.facts.salutation.empty()) {
      CHECK(lines.front() == "Dear " + l.facts.contact.substr(0, l.facts.contact.find(' ')) + ",");
    }
  }
}

TEST_CASE("notice rules: the share is stated, and an excess never as a percent of a percent",
          "[notice][rules]") {
  const std::map<std::string, std::regex> excess_as_percent = {
      {"en", std::regex(R"(\d%\s+(more|over)\b)")},
      {"ko", std::regex(R"(\d%\s*만큼)")},
      {"ro", std::regex(R"(cu\s+[\d.,]+%\s+mai\s+mult)")}};
  for (const Letter& l : letters()) {
    INFO(l.language << " " << to_string(l.kind) << ": " << l.scenario << "\n" << l.text.body);
    const LocaleFormat format(l.language);
    if (l.kind != NoticeKind::kSummary) {
      CHECK(l.text.body.find(format.percent(l.facts.revision.changed_share)) != std::string::npos);
    }
    if (l.facts.terms.included_rounds > 0) {  // with no rounds included, no share per round is agreed
      CHECK(l.text.body.find(format.percent(l.facts.terms.max_share)) != std::string::npos);
    }
    CHECK_FALSE(std::regex_search(l.text.body, excess_as_percent.at(l.language)));
  }
}

TEST_CASE("notice rules: counted nouns agree with their numbers", "[notice][rules]") {
  const std::regex en_singular_plural(R"((^|[^\d.,])1 (words|rounds|pixels|areas|were)\b)");
  const std::regex en_all_two(R"(\b[Aa]ll (1|2) )");
  const std::regex en_zero(R"(\b0 (included )?rounds?\b)");
  // Romanian: "de" exactly for the numbers whose plural category is "other" (0, 20-100, 1.000, …).
  const std::regex ro_count(R"((\d[\d.]*) (de )?(cuvinte|runde|pixeli|zone)\b)");
  for (const Letter& l : letters()) {
    INFO(l.language << " " << to_string(l.kind) << ": " << l.scenario << "\n" << l.text.body);
    const std::string& body = l.text.body;
    if (l.language == "en") {
      CHECK_FALSE(std::regex_search(body, en_singular_plural));
      CHECK_FALSE(std::regex_search(body, en_all_two));
      CHECK_FALSE(std::regex_search(body, en_zero));
    } else if (l.language == "ro") {
      CHECK(body.find("Toate cele 2") == std::string::npos);
      for (auto it = std::sregex_iterator(body.begin(), body.end(), ro_count); it != std::sregex_iterator();
           ++it) {
        std::string digits;
        for (char c : (*it)[1].str()) {
          if (c != '.') digits += c;
        }
        const long long n = std::stoll(digits);
        const long long last_two = n % 100;
        const bool needs_de = n != 1 && (last_two == 0 || last_two >= 20);
        CAPTURE((*it)[0].str());
        CHECK((*it)[2].matched == needs_de);
        CHECK(n != 1);  // one takes the singular noun
      }
    } else if (l.language == "ko") {
      CHECK(body.find(" 0회") == std::string::npos);
    }
  }
}

TEST_CASE("notice rules (en): the words about the size of a round fit its figures", "[notice][rules]") {
  for (const Letter& l : letters()) {
    if (l.language != "en") continue;
    INFO(to_string(l.kind) << ": " << l.scenario << "\n" << l.text.body);
    const double share = l.facts.revision.changed_share;
    const double limit = l.facts.terms.max_share;
    const std::string& body = l.text.body;
    if (body.find("a new draft") != std::string::npos || body.find("a new design") != std::string::npos) {
      CHECK(share >= 0.5);
    }
    if (body.find("more than twice") != std::string::npos) CHECK(share > 2 * limit);
    if (body.find("a little more than") != std::string::npos) CHECK(share <= 1.25 * limit);
    if (body.find(", close to the") != std::string::npos) CHECK(share >= l.facts.terms.heads_up_share);
    if (std::regex_search(body, std::regex(R"(within the [\d.]+% one round covers)"))) {
      CHECK(share <= limit + 0.0005);
    }
    if (share > limit + 0.0005)
      CHECK(body.find("within the " + LocaleFormat("en").percent(limit)) == std::string::npos);
    if (l.kind == NoticeKind::kOverScope) CHECK(share > limit);
  }
}

// Phrases that belong only to a heads-up with included rounds still to come, per language.
const std::map<std::string, std::vector<std::string>>& rounds_left_phrases() {
  static const std::map<std::string, std::vector<std::string>> phrases = {
      {"en", {"still room", "in the next round", "included round remains", "included rounds remain"}},
      {"ko", {"수정 회차가 아직 남아 있을 때", "다음 수정 때", "이번 수정 뒤에도"}},
      {"ro", {"mai aveți la dispoziție", "cât mai este timp de ajustări", "în runda următoare"}},
  };
  return phrases;
}

TEST_CASE("notice rules: after the last included round, no letter speaks of room left", "[notice][rules]") {
  for (const Letter& l : letters()) {
    if (l.facts.rounds_left > 0) continue;
    INFO(l.language << " " << to_string(l.kind) << ": " << l.scenario << "\n" << l.text.body);
    for (const std::string& phrase : rounds_left_phrases().at(l.language)) {
      CHECK(l.text.body.find(phrase) == std::string::npos);
    }
  }
}

TEST_CASE("notice rules: the heads-up names the last included round, never a small round 'close'",
          "[notice][rules]") {
  for (const Letter& l : letters()) {
    if (l.language != "en" || l.kind != NoticeKind::kHeadsUp) continue;
    INFO(l.scenario << "\n" << l.text.body);
    const bool last = l.facts.revision.round == l.facts.terms.included_rounds && l.facts.revision.round > 0;
    CHECK((l.text.body.find("the last one the agreement includes") != std::string::npos) == last);
    CHECK(l.text.body.find("Your notes are clear") == std::string::npos);
  }
}

// The marker of the rounds-exhausted "shorter list" option, per language.
const std::map<std::string, std::string>& shorter_list_marker() {
  static const std::map<std::string, std::string> markers = {
      {"en", "A shorter list"}, {"ko", "가장 중요한 변경 몇 가지만"}, {"ro", "Restrângem lista"}};
  return markers;
}

TEST_CASE("notice rules: every paid option carries its price, a shorter list too", "[notice][rules]") {
  for (const Letter& l : letters()) {
    if (l.kind != NoticeKind::kRoundsExhausted) continue;
    INFO(l.language << " " << l.scenario << "\n" << l.text.body);
    const LocaleFormat format(l.language);
    const NoticeTerms& terms = l.facts.terms;
    if (terms.extra_round_price) {
      CHECK(l.text.body.find(format.money(*terms.extra_round_price, terms.currency)) != std::string::npos);
    }
    const std::string& marker = shorter_list_marker().at(l.language);
    if (marker.empty()) continue;
    bool found = false;
    for (const NoticeBlock& block : l.text.blocks) {
      if (block.type != NoticeBlock::Type::kItem || block.text.find(marker) == std::string::npos) continue;
      found = true;
      if (terms.hourly_rate) {
        CHECK(block.text.find(format.money(*terms.hourly_rate, terms.currency)) != std::string::npos);
      }
    }
    CHECK(found);
  }
}

TEST_CASE("notice rules: a reply-by date, when set, is in the letter", "[notice][rules]") {
  for (const Letter& l : letters()) {
    if (l.facts.reply_by.empty() || l.kind != NoticeKind::kClarify) continue;
    INFO(l.language << " " << l.scenario << "\n" << l.text.body);
    CHECK(l.text.body.find(LocaleFormat(l.language).date(l.facts.reply_by)) != std::string::npos);
  }
}

}  // namespace
}  // namespace sk::notice
