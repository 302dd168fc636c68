// Scale benchmark for the ledger (not part of ctest): fills a database with 1,000 projects and 50,000
// revisions (one project with 200), then times the real CLI: `project list`, `history` of the
// 200-revision project, and logging a 100k-word revision. Usage: scopekeeper-ledger-bench CLI WORK_DIR.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <SQLiteCpp/Statement.h>

#include "ledger/database.h"
#include "ledger/project_store.h"
#include "ledger/sha256.h"

namespace {

constexpr int kProjects = 1000;
constexpr int kRevisions = 50000;
constexpr int kBigProjectRevisions = 200;
constexpr int kRuns = 7;

std::string random_words(std::mt19937& random, int count) {
  std::uniform_int_distribution<int> pick(0, 4999);
  std::string text;
  text.reserve(static_cast<std::size_t>(count) * 8);
  for (int i = 0; i < count; ++i) {
    text += 'w';  // not "w" + to_string(...): GCC 12 at -O3 warns falsely on it (-Wrestrict, bug 105329)
    text += std::to_string(pick(random));
    text += (i % 15 == 14) ? ".\n" : " ";
  }
  return text;
}

// Revisions are inserted directly (with plausible measurements) so filling takes seconds, not minutes;
// what is timed below goes through the real CLI.
void fill(const std::string& path) {
  sk::ledger::Database db = sk::ledger::Database::open(path);
  std::mt19937 random(42);
  for (int p = 0; p < kProjects; ++p) {
    sk::ledger::NewProject project;
    project.title = "Project " + std::to_string(p + 1);
    project.client_name = "Client " + std::to_string(p % 300);
    project.terms.included_rounds = 3;
    sk::ledger::add_project(db, project);
  }
  const std::string text = random_words(random, 300);
  const std::string sha = sk::ledger::sha256_hex(text);
  db.transaction([&] {
    SQLite::Statement insert(
        db.sql(),
        "INSERT INTO revisions (project_id, number, received_on, file_name, format, original, "
        "sha256, text, measured, terms_id) VALUES (?, ?, ?, ?, 'text', ?, ?, ?, ?, "
        "(SELECT id FROM terms WHERE project_id = ?1))");
    SQLite::Statement event(db.sql(),
                            "INSERT INTO events (project_id, kind, detail) VALUES (?, 'revision.logged', ?)");
    auto add = [&](int project, int number) {
      insert.bind(1, project);
      insert.bind(2, number);
      insert.bind(3, "2024-05-" + std::string(number % 28 < 9 ? "0" : "") + std::to_string(number % 28 + 1));
      insert.bind(4, "draft-v" + std::to_string(number) + ".docx");
      insert.bind(5, text.data(), static_cast<int>(text.size()));
      insert.bind(6, sha);
      insert.bind(7, text);
      insert.bind(8, number == 1
                         ? std::string("{\"words\": 300}")
                         : "{\"words\": 300, \"against\": " + std::to_string(number - 1) +
                               ", \"old_words\": 300, \"new_words\": 300, \"kept\": 270, \"deleted\": 30, "
                               "\"inserted\": 30, \"moved_words\": 0, \"changed_share\": 0.1}");
      insert.exec();
      insert.reset();
      event.bind(1, project);
      event.bind(2, "revision " + std::to_string(number) + " logged");
      event.exec();
      event.reset();
    };
    for (int n = 1; n <= kBigProjectRevisions; ++n) add(1, n);
    int left = kRevisions - kBigProjectRevisions;
    for (int p = 2; p <= kProjects; ++p) {
      const int count = left / (kProjects - p + 1);
      for (int n = 1; n <= count; ++n) add(p, n);
      left -= count;
    }
  });
}

double run_ms(const std::string& command) {
  const auto start = std::chrono::steady_clock::now();
  if (std::system(command.c_str()) != 0) {
    std::cerr << "failed: " << command << '\n';
    std::exit(1);
  }
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void report(const char* what, std::vector<double> times, double limit) {
  std::sort(times.begin(), times.end());
  std::printf("%-44s median %7.1f ms  max %7.1f ms  (limit %.0f ms) %s\n", what, times[times.size() / 2],
              times.back(), limit, times[times.size() / 2] <= limit ? "ok" : "OVER");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: scopekeeper-ledger-bench PATH/TO/scopekeeper-cli WORK_DIR\n";
    return 1;
  }
  const std::string cli = argv[1];
  const std::filesystem::path dir = argv[2];
  std::filesystem::create_directories(dir);
  const std::string db = (dir / "bench.db").string();
  std::filesystem::remove(db);
  std::filesystem::remove(db + "-wal");
  std::filesystem::remove(db + "-shm");

  auto start = std::chrono::steady_clock::now();
  fill(db);
  std::printf("filled %d projects, %d revisions in %.1f s (%.0f MB)\n", kProjects, kRevisions,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
              static_cast<double>(std::filesystem::file_size(db)) / 1e6);

  // The fill leaves ~200 MB of dirty pages in the OS cache; the first fsync of the file would wait for all
  // of them. Flush once, so the timings are those of a ledger at rest.
  const int fd = ::open(db.c_str(), O_RDONLY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }

  const std::string base = "'" + cli + "' --db '" + db + "' ";
  std::vector<double> list, history, list_text;
  for (int i = 0; i < kRuns; ++i) {
    list.push_back(run_ms(base + "project list --json >/dev/null"));
    list_text.push_back(run_ms(base + "project list >/dev/null"));
    history.push_back(run_ms(base + "history 1 --json >/dev/null"));
  }

  // A 100k-word revision logged against a 100k-word previous revision in its own project.
  std::mt19937 random(7);
  const std::string original = random_words(random, 100000);
  const auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream((dir / name).string(), std::ios::binary) << text;
    return (dir / name).string();
  };
  run_ms(base + "project add --title Big --client Bench --rounds 20 --max-share 50 >/dev/null");
  run_ms(base + "revision add 1001 '" + write("big-0.txt", original) + "' --date 2024-06-01 >/dev/null");
  std::vector<double> logging, engine;
  std::string previous = original;
  std::string previous_path = (dir / "big-0.txt").string();
  for (int i = 1; i <= kRuns; ++i) {
    // Each round rewrites words in 300 scattered places of the previous round's text (the engine's cost
    // grows with the number of separate changes; `diff` below times the engine alone on the same pair).
    std::string edited = previous;
    std::uniform_int_distribution<std::size_t> where(0, edited.size() - 40);
    for (int e = 0; e < 300; ++e) edited.replace(where(random), 6, " edit" + std::to_string(i) + " ");
    const std::string path = write("big-" + std::to_string(i) + ".txt", edited);
    engine.push_back(run_ms("'" + cli + "' diff '" + previous_path + "' '" + path + "' >/dev/null"));
    logging.push_back(run_ms(base + "revision add 1001 '" + path + "' --date 2024-06-02 >/dev/null"));
    previous = std::move(edited);
    previous_path = path;
  }

  report("project list --json (1,000 projects)", list, 100);
  report("project list (text)", list_text, 100);
  report("history --json (200 revisions)", history, 100);
  report("revision add (100k words vs 100k words)", logging, 300);
  report("  the same pair with `diff` (engine alone)", engine, 300);
  return 0;
}
