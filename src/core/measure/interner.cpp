// Word interning with an open-addressing table per document, merged into one id space; see interner.h.
#include "measure/interner.h"

#include <cstring>
#include <future>
#include <string>
#include <string_view>

#include "text/fold.h"

namespace sk::measure {

namespace {

uint64_t hash_bytes(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    std::memcpy(&v, p + i, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  uint64_t v = 0;
  std::memcpy(&v, p + i, n - i);
  // MurmurHash3's finaliser: every input bit reaches the low bits that pick the slot.
  h ^= v;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h;
}

bool same_bytes(const char* x, const char* y, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t u, v;
    std::memcpy(&u, x + i, 8);
    std::memcpy(&v, y + i, 8);
    if (u != v) return false;
  }
  for (; i < n; ++i) {
    if (x[i] != y[i]) return false;
  }
  return true;
}

// Distinct keys in order of first appearance, copied into one compact arena so that lookups stay in cache
// (keys pointing back into a large document would miss the cache on every comparison).
class Vocabulary {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  Vocabulary() : slots_(1024, 0) {}

  uint32_t find(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    for (size_t s = h & mask;; s = (s + 1) & mask) {
      const uint32_t slot = slots_[s];
      if (slot == 0) return kMissing;
      const Entry& e = entries_[slot - 1];
      if (e.hash == h && e.length == key.size() &&
          same_bytes(arena_.data() + e.start, key.data(), key.size())) {
        return slot - 1;
      }
    }
  }

  uint32_t intern(std::string_view key) {
    const uint64_t h = hash_bytes(key);
    const uint32_t found = find(key, h);
    if (found != kMissing) return found;
    const auto id = static_cast<uint32_t>(entries_.size());
    entries_.push_back(Entry{h, arena_.size(), key.size()});
    arena_.append(key);
    if (entries_.size() * 2 > slots_.size()) grow();
    place(id);
    return id;
  }

  size_t size() const { return entries_.size(); }
  std::string_view key(uint32_t id) const {
    return std::string_view(arena_).substr(entries_[id].start, entries_[id].length);
  }
  uint64_t hash(uint32_t id) const { return entries_[id].hash; }

 private:
  struct Entry {
    uint64_t hash;
    size_t start;  // in arena_
    size_t length;
  };

  void place(uint32_t id) {
    const size_t mask = slots_.size() - 1;
    size_t s = entries_[id].hash & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = id + 1;
  }
  void grow() {
    slots_.assign(slots_.size() * 2, 0);
    for (uint32_t id = 0; id < entries_.size(); ++id) place(id);
  }

  std::vector<uint32_t> slots_;  // id + 1, or 0 for empty
  std::vector<Entry> entries_;
  std::string arena_;
};

std::vector<uint32_t> intern_document(const text::Document& doc, Vocabulary& vocab) {
  std::vector<uint32_t> ids;
  ids.reserve(doc.words.size());
  std::string folded;
  for (size_t i = 0; i < doc.words.size(); ++i) {
    const std::string_view w = doc.word(i);
    ids.push_back(vocab.intern(!doc.ascii && text::fold_word(w, folded) ? std::string_view(folded) : w));
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
    const uint32_t found = old_vocab.find(new_vocab.key(id), new_vocab.hash(id));
    remap[id] = found != Vocabulary::kMissing ? found : next++;
  }
  out.newer.resize(new_local.size());
  for (size_t i = 0; i < new_local.size(); ++i) out.newer[i] = remap[new_local[i]];
  out.alphabet = next;
  return out;
}

}  // namespace sk::measure
