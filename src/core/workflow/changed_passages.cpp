// Turning a comparison's word ranges into passages of text; see changed_passages.h.
#include "workflow/changed_passages.h"

#include <string>

namespace sk::workflow {

namespace {

notice::PassageKind passage_kind(measure::ChangeKind kind) {
  switch (kind) {
    case measure::ChangeKind::kDelete:
      return notice::PassageKind::kDelete;
    case measure::ChangeKind::kInsert:
      return notice::PassageKind::kInsert;
    case measure::ChangeKind::kMove:
      return notice::PassageKind::kMove;
    case measure::ChangeKind::kReplace:
      break;
  }
  return notice::PassageKind::kReplace;
}

}  // namespace

std::vector<notice::Passage> changed_passages(const text::Document& older, const text::Document& newer,
                                              const measure::Comparison& comparison) {
  std::vector<notice::Passage> passages;
  passages.reserve(comparison.changes.size());
  for (const measure::Change& change : comparison.changes) {
    notice::Passage passage;
    passage.kind = passage_kind(change.kind);
    if (passage.kind != notice::PassageKind::kInsert) {
      passage.old_text = std::string(older.span(change.old_start, change.old_end));
    }
    if (passage.kind != notice::PassageKind::kDelete) {
      passage.new_text = std::string(newer.span(change.new_start, change.new_end));
    }
    passages.push_back(std::move(passage));
  }
  return passages;
}

}  // namespace sk::workflow
