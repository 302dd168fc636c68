// The hand-written `changes` array of `diff --json` against nlohmann::json's own dump of the same values.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "cli/change_list_json.h"
#include "text/tokenizer.h"

namespace {

std::string reference_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string written_string(const std::string& s) {
  std::string out;
  sk::cli::append_json_string(out, s);
  return out;
}

}  // namespace

TEST_CASE("append_json_string escapes as nlohmann::json does") {
  std::string all_bytes;
  for (int c = 1; c < 256; ++c) all_bytes.push_back(static_cast<char>(c));
  for (const std::string& s :
       {std::string(), std::string("plain words"), std::string("quote \" backslash \\ slash /"),
        std::string("tab\tnewline\ncr\rff\fbs\b"), std::string("\x01\x1f\x7f", 3), std::string("\0x", 2),
        std::string("caf\xC3\xA9 \xED\x95\x9C\xEA\xB5\xAD \xF0\x9F\x98\x80"),
        std::string("broken \xC3 utf-8"), std::string("\xED\xA0\x80 surrogate"), all_bytes}) {
    CHECK(written_string(s) == reference_string(s));
  }
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string s;
    const size_t n = rng() % 40;
    for (size_t i = 0; i < n; ++i) {
      const unsigned r = rng() % 10;
      s.push_back(r < 6 ? static_cast<char>('a' + rng() % 26) : static_cast<char>(rng() % 256));
    }
    CHECK(written_string(s) == reference_string(s));
  }
}

TEST_CASE("append_changes_json writes what nlohmann::json would") {
  const sk::text::Document older = sk::text::tokenize("one \"two\" three\nfour\tfive six");
  const sk::text::Document newer = sk::text::tokenize("one two \\ three\nfive seven");
  using sk::measure::Change;
  using sk::measure::ChangeKind;
  for (const std::vector<Change>& changes :
       {std::vector<Change>{}, std::vector<Change>{{ChangeKind::kReplace, 1, 2, 1, 3}},
        std::vector<Change>{{ChangeKind::kDelete, 0, 1, 0, 0},
                            {ChangeKind::kInsert, 3, 3, 3, 4},
                            {ChangeKind::kMove, 4, 6, 4, 5}}}) {
    nlohmann::ordered_json j;
    j["kept"] = 3;
    auto& list = j["changes"] = nlohmann::ordered_json::array();
    for (const Change& ch : changes) {
      list.push_back({{"kind", sk::measure::to_string(ch.kind)},
                      {"old_start", ch.old_start},
                      {"old_end", ch.old_end},
                      {"new_start", ch.new_start},
                      {"new_end", ch.new_end},
                      {"old_text", older.span(ch.old_start, ch.old_end)},
                      {"new_text", newer.span(ch.new_start, ch.new_end)}});
    }
    std::string written = "{\n  \"kept\": 3,\n";
    sk::cli::append_changes_json(written, changes, older, newer);
    written += "\n}";
    CHECK(written == j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}
