// scopekeeper-bench-gen: a deterministic generator of natural-looking text, and of edited pairs of it, for
// the benchmark in compare_peers.sh. It depends on nothing but the C++ standard library. The vocabularies are
// in language.h, the text in text.h, the edits in edit_models.h.
//
// Usage:
//   scopekeeper-bench-gen --words N [--seed S] [--lang en|ro|ko] [--out FILE]
//   scopekeeper-bench-gen --words N [--seed S] [--lang L] --out-old OLD --out-new NEW
//                         --edit scattered|rewrite|unrelated [--rate R]
// R is the share of the old words edited, by default 0.002 for scattered and 0.30 for rewrite.
// The counts written are printed on stdout (on stderr when the text itself goes to stdout).
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "gen/edit_models.h"
#include "gen/language.h"
#include "gen/rng.h"
#include "gen/text.h"

using namespace sk::bench;

namespace {

bool write_file(const std::string& path, const std::string& text) {
  FILE* f = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "scopekeeper-bench-gen: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  const bool closed = f == stdout ? std::fflush(f) == 0 : std::fclose(f) == 0;
  if (!ok || !closed) {
    std::fprintf(stderr, "scopekeeper-bench-gen: error writing %s\n", path.c_str());
    return false;
  }
  return true;
}

[[noreturn]] void usage(int code) {
  std::fprintf(
      code ? stderr : stdout,
      "usage: scopekeeper-bench-gen --words N [--seed S] [--lang en|ro|ko] [--out FILE|-]\n"
      "       scopekeeper-bench-gen --words N [--seed S] [--lang en|ro|ko] --out-old OLD --out-new NEW\n"
      "                             --edit scattered|rewrite|unrelated [--rate R]\n"
      "Deterministic natural-looking text for the benchmark; see tests/bench/gen/main.cpp.\n");
  std::exit(code);
}

bool parse_u64(const char* s, uint64_t& v) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long x = std::strtoull(s, &end, 10);
  if (errno || end == s || *end || s[0] == '-') return false;
  v = x;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t words = 0, seed = 1;
  std::string lang_code = "en", out, out_old, out_new, edit;
  double rate = -1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "-h" || a == "--help") usage(0);
    if (i + 1 >= argc) usage(1);
    const char* v = argv[++i];
    if (a == "--words") {
      if (!parse_u64(v, words)) usage(1);
    } else if (a == "--seed") {
      if (!parse_u64(v, seed)) usage(1);
    } else if (a == "--lang") {
      lang_code = v;
    } else if (a == "--out") {
      out = v;
    } else if (a == "--out-old") {
      out_old = v;
    } else if (a == "--out-new") {
      out_new = v;
    } else if (a == "--edit") {
      edit = v;
    } else if (a == "--rate") {
      char* end = nullptr;
      rate = std::strtod(v, &end);
      if (end == v || *end || !(rate >= 0) || rate > 1) usage(1);
    } else {
      usage(1);
    }
  }
  if (words == 0 || (lang_code != "en" && lang_code != "ro" && lang_code != "ko")) usage(1);
  const bool pair = !out_old.empty() || !out_new.empty() || !edit.empty();
  if (pair && (out_old.empty() || out_new.empty() || !out.empty() ||
               (edit != "scattered" && edit != "rewrite" && edit != "unrelated")))
    usage(1);

  const Language lang = lang_code == "ro" ? romanian() : lang_code == "ko" ? korean() : english();
  Rng rng(seed);
  const Tokens old = gen_text(lang, rng, static_cast<size_t>(words));
  const std::string old_text = render(lang, old);

  if (!pair) {
    if (out.empty()) out = "-";
    if (!write_file(out, old_text)) return 2;
    std::fprintf(out == "-" ? stderr : stdout, "%s: %zu words, %zu bytes (%s, seed %llu)\n", out.c_str(),
                 old.size(), old_text.size(), lang.code.c_str(), static_cast<unsigned long long>(seed));
    return 0;
  }

  Tokens neu;
  if (edit == "scattered") {
    neu = scattered(lang, rng, old, rate < 0 ? 0.002 : rate);
  } else if (edit == "rewrite") {
    neu = rewrite(lang, rng, old, rate < 0 ? 0.30 : rate);
  } else {
    neu = unrelated(lang, seed, static_cast<size_t>(words));
  }
  const std::string new_text = render(lang, neu);
  if (!write_file(out_old, old_text) || !write_file(out_new, new_text)) return 2;
  FILE* report = (out_old == "-" || out_new == "-") ? stderr : stdout;
  std::fprintf(report, "old %s: %zu words, %zu bytes\nnew %s: %zu words, %zu bytes\n", out_old.c_str(),
               old.size(), old_text.size(), out_new.c_str(), neu.size(), new_text.size());
  return 0;
}
