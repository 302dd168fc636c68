// Measuring what the ledger holds: a stored revision's content decoded again (its words tokenised, or an
// image's pixels decoded from the bytes as they arrived), and two contents measured against each other —
// the one way every caller measures (logging a revision, marking one counted, a notice's passages, the
// window's Compare tab), so the figures agree everywhere.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include "import/image_compare.h"
#include "import/import.h"
#include "ledger/database.h"
#include "ledger/revision_store.h"
#include "measure/comparison.h"
#include "text/document.h"

namespace sk::workflow {

// What a revision holds to be measured: its words, or its pixels.
struct RevisionContent {
  ContentKind kind = ContentKind::kText;
  text::Document document;  // kText
  import::Image image;      // kImage
};

// Decodes a stored revision. Throws sk::Error(kCorrupt, "revision N of project P") when a stored image can
// no longer be decoded.
RevisionContent content_of(const ledger::StoredRevision& stored, std::int64_t project_id);

// The rules a revision of `kind` is read and measured by (measure::kWordRules, import::kPixelRules).
const char* rules_for(ContentKind kind);

// `newer` measured against `older` (revision number `against`), with the engine's full results.
// REQUIRES: both of one kind.
struct MeasuredContents {
  ledger::Measurement measurement;
  std::optional<measure::Comparison> words;       // kText
  std::optional<import::ImageComparison> pixels;  // kImage
};
MeasuredContents measure_contents(int against, const RevisionContent& older, const RevisionContent& newer);
// The same for a new revision's words or pixels (those of `older.kind`), without copying them.
MeasuredContents measure_contents(int against, const RevisionContent& older, const text::Document& words,
                                  const import::Image& pixels);

// Two stored revisions, read in one snapshot and measured: `newer` against `older`.
struct MeasuredPair {
  RevisionContent older, newer;
  MeasuredContents measured;
};

// The stages of measure_stored_pair, for a progress display; a callback may throw to cancel.
enum class PairStage { kRead, kMeasuring };

// Reads revisions `older` and `newer` of the project and measures them. Throws sk::Error: kNotFound for
// an unknown project or revision; kInvalidInput when one is a text and the other an image; kCorrupt as
// content_of. `progress`, when given, is called after reading and before measuring.
MeasuredPair measure_stored_pair(ledger::Database& db, std::int64_t project_id, int older, int newer,
                                 const std::function<void(PairStage)>& progress = {});

}  // namespace sk::workflow
