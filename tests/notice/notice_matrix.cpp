// scopekeeper-notice-matrix [LANG] [KIND] [text|image]: prints every notice the scenarios of scenarios.h make
// true, for reading them as a client would (not a test; the rules are pinned in notice_rules_test.cpp).
// With an output folder as fourth argument it also writes each as a PDF there.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "notice/notice_pdf.h"
#include "notice/render_notice.h"
#include "scenarios.h"

int main(int argc, char** argv) {
  using namespace sk::notice;
  const std::string language = argc > 1 ? argv[1] : "en";
  const std::string only_kind = argc > 2 ? argv[2] : "all";
  const std::string material = argc > 3 ? argv[3] : "text";
  const std::string pdf_dir = argc > 4 ? argv[4] : "";
  const TemplateStore store = TemplateStore::source_tree();
  int n = 0;
  for (const auto& [scenario, kind] : testing::true_pairs()) {
    if (only_kind != "all" && only_kind != to_string(kind)) continue;
    const NoticeFacts facts = testing::scenario_facts(scenario, kind, language, material == "image");
    const RenderedNotice notice = render_notice(facts, store);
    ++n;
    std::cout << "=== " << n << ". " << to_string(kind) << " (" << language << ", " << material
              << "): " << scenario.name << " ===\n"
              << notice.subject << "\n\n"
              << notice.body << '\n';
    if (!pdf_dir.empty()) {
      std::filesystem::create_directories(pdf_dir);
      std::ofstream(pdf_dir + "/" + std::to_string(n) + "-" + to_string(kind) + ".pdf", std::ios::binary)
          << notice_pdf(facts, notice, {});
    }
  }
  return 0;
}
