// Decoding and measuring stored revisions; see stored_pair.h.
#include "workflow/stored_pair.h"

#include "common/error.h"
#include "ledger/project_store.h"
#include "measure/compare.h"
#include "text/tokenizer.h"

namespace sk::workflow {

const char* rules_for(ContentKind kind) {
  return kind == ContentKind::kImage ? import::kPixelRules : measure::kWordRules;
}

RevisionContent content_of(const ledger::StoredRevision& stored, std::int64_t project_id) {
  RevisionContent content;
  if (stored.ref.kind == ContentKind::kText) {
    content.document = text::tokenize(stored.text);
    return content;
  }
  import::ImportedRevision imported;
  try {
    imported = import::import_bytes(stored.original, stored.ref.file_name);
  } catch (const Error& error) {
    throw Error(ErrorKind::kCorrupt, ledger::revision_subject(project_id, stored.ref.number),
                "the stored image cannot be decoded again: " + error.message());
  }
  if (imported.kind != ContentKind::kImage) {
    throw Error(ErrorKind::kCorrupt, ledger::revision_subject(project_id, stored.ref.number),
                "the stored image is not an image");
  }
  content.kind = ContentKind::kImage;
  content.image = std::move(imported.image);
  return content;
}

MeasuredContents measure_contents(int against, const RevisionContent& older, const RevisionContent& newer) {
  return measure_contents(against, older, newer.document, newer.image);
}

MeasuredContents measure_contents(int against, const RevisionContent& older, const text::Document& words,
                                  const import::Image& pixels) {
  MeasuredContents out;
  ledger::Measurement& m = out.measurement;
  m.kind = older.kind;
  m.against = against;
  m.rules = rules_for(older.kind);
  if (older.kind == ContentKind::kImage) {
    const import::ImageComparison& c = out.pixels.emplace(import::compare_images(older.image, pixels));
    m.changed_pixels = static_cast<std::int64_t>(c.changed_pixels);
    m.total_pixels = static_cast<std::int64_t>(c.total_pixels);
    m.regions = static_cast<std::int64_t>(c.regions.size());
    m.size_handling = import::to_string(c.size_handling);
    m.changed_share = c.changed_share;
    return out;
  }
  const measure::Comparison& c = out.words.emplace(measure::compare(older.document, words));
  m.old_words = static_cast<std::int64_t>(c.old_words);
  m.new_words = static_cast<std::int64_t>(c.new_words);
  m.kept = static_cast<std::int64_t>(c.kept);
  m.deleted = static_cast<std::int64_t>(c.deleted);
  m.inserted = static_cast<std::int64_t>(c.inserted);
  m.moved_words = static_cast<std::int64_t>(c.moved_words);
  m.changed_share = c.changed_share;
  return out;
}

MeasuredPair measure_stored_pair(ledger::Database& db, std::int64_t project_id, int older, int newer,
                                 const std::function<void(PairStage)>& progress) {
  const auto [old_stored, new_stored] = db.read([&] {
    ledger::require_project(db.sql(), project_id);
    return std::make_pair(ledger::read_stored_revision(db.sql(), project_id, older),
                          ledger::read_stored_revision(db.sql(), project_id, newer));
  });
  if (old_stored.ref.kind != new_stored.ref.kind) {
    throw Error(ErrorKind::kInvalidInput, ledger::revision_subject(project_id, newer),
                "a text and an image cannot be measured against each other");
  }
  MeasuredPair pair;
  pair.older = content_of(old_stored, project_id);
  pair.newer = content_of(new_stored, project_id);
  if (progress) progress(PairStage::kRead);
  if (progress) progress(PairStage::kMeasuring);
  pair.measured = measure_contents(older, pair.older, pair.newer);
  return pair;
}

}  // namespace sk::workflow
