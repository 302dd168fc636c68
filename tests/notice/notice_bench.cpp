// Times notice generation (template rendering + PDF) per language; the figure goes into docs/notices.md.
// Not a test: run `notice-bench [iterations]` from the build tree.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "notice/notice_pdf.h"
#include "notice/render_notice.h"
#include "sample_facts.h"

int main(int argc, char** argv) {
  using namespace sk::notice;
  const int iterations = argc > 1 ? std::max(1, std::atoi(argv[1])) : 30;
  const TemplateStore store = TemplateStore::source_tree();
  std::printf("language  kind        median_ms  max_ms  bytes\n");
  for (const std::string& language : shipped_languages()) {
    NoticeFacts facts = testing::sample_facts(language, NoticeKind::kOverScope, {.rounds_left = 1});
    std::vector<double> times;
    size_t bytes = 0;
    for (int i = 0; i < iterations; ++i) {
      auto start = std::chrono::steady_clock::now();
      RenderedNotice text = render_notice(facts, store);
      bytes = notice_pdf(facts, text).size();
      times.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    std::printf("%-9s %-11s %9.1f %7.1f %6zu\n", language.c_str(), "over-scope", times[times.size() / 2],
                times.back(), bytes);
  }
  return 0;
}
