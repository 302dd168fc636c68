// Word interning with an open-addressing table per document, merged into one id space; see interner.h.
#include "measure/interner.h"

#include <future>
#include <string>
#include <string_view>

#include "measure/vocabulary.h"
#include "text/fold.h"

namespace sk::measure {

namespace {

std::vector<uint32_t> intern_document(const text::Document& doc, Vocabulary& vocab) {
  std::vector<uint32_t> ids;
  ids.reserve(doc.words.size());
  std::string folded;
  for (size_t i = 0; i < doc.words.size(); ++i) {
    const std::string_view w = doc.word(i);
    const bool fold = !doc.ascii && text::fold_word(w, folded);
    ids.push_back(fold ? vocab.intern(folded, folded.data()) : vocab.intern(w, doc.text.data()));
  }
  return ids;
}

}  // namespace

TokenIds intern(const text::Document& older, const text::Document& newer) {
  Vocabulary old_vocab, new_vocab;
  std::vector<uint32_t> new_local;
  auto other = std::async(std::launch::async, [&] { new_local = intern_document(newer, new_vocab); });
  TokenIds out;
  out.older = intern_document(older, old_vocab);
  other.get();

  // Old ids stay; a new-document key gets the old id of the same key, or the next free one.
  std::vector<uint32_t> remap(new_vocab.size());
  uint32_t next = static_cast<uint32_t>(old_vocab.size());
  for (uint32_t id = 0; id < new_vocab.size(); ++id) {
    const uint32_t found = old_vocab.find(new_vocab.key(id), new_vocab.hashed(id));
    remap[id] = found != Vocabulary::kMissing ? found : next++;
  }
  out.newer.resize(new_local.size());
  for (size_t i = 0; i < new_local.size(); ++i) out.newer[i] = remap[new_local[i]];
  out.alphabet = next;
  return out;
}

}  // namespace sk::measure
