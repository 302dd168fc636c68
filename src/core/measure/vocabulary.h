// The interning table: distinct comparison keys in order of first appearance, each with its id. Shared by the
// interner (interner.h) and the line-reusing tokeniser (shared_lines.h), which must number keys the same way.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sk::measure {

// The last n - i (< 8) bytes of p[0, n) as a little-endian number. When the 8 bytes before p + n lie in a
// buffer starting at `readable` (a word inside its text usually does), one load fetches them: a memcpy of
// variable length would be a call per word.
inline uint64_t tail_bytes(const char* p, size_t i, size_t n, const char* readable) {
  const size_t r = n - i;
  if (r == 0) return 0;
  if constexpr (std::endian::native == std::endian::little) {
    if (readable != nullptr && static_cast<size_t>(p + n - readable) >= 8) {
      uint64_t v;
      std::memcpy(&v, p + n - 8, 8);
      return v >> (64 - 8 * r);
    }
  }
  uint64_t v = 0;
  for (size_t k = 0; k < r; ++k) v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i + k])) << (8 * k);
  return v;
}

// A key's hash and, when it is at most 8 bytes long (most words), its bytes as one number (tail_bytes of the
// whole key): two such keys of the same length are equal exactly when these numbers are, so a lookup compares
// them without reading the arena. 0 for longer keys.
struct HashedKey {
  uint64_t hash;
  uint64_t packed;
};

// `readable`: optionally, the start of the buffer holding `s` (see tail_bytes); the result is the same either
// way.
inline HashedKey hash_key(std::string_view s, const char* readable = nullptr) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
  size_t i = 0;
  uint64_t v = 0;  // the last whole 8 bytes: all of an 8-byte key
  for (; i + 8 <= n; i += 8) {
    std::memcpy(&v, p + i, 8);
    h = (h ^ v) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  const uint64_t tail = tail_bytes(p, i, n, readable);
  // MurmurHash3's finaliser: every input bit reaches the low bits that pick the slot.
  h ^= tail;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return HashedKey{h, n < 8 ? tail : (n == 8 ? v : 0)};
}

inline uint64_t hash_bytes(std::string_view s, const char* readable = nullptr) {
  return hash_key(s, readable).hash;
}

// x[0, n) == y[0, n); `x_readable` and `y_readable` as for tail_bytes.
inline bool same_bytes(const char* x, const char* x_readable, const char* y, const char* y_readable,
                       size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t u, v;
    std::memcpy(&u, x + i, 8);
    std::memcpy(&v, y + i, 8);
    if (u != v) return false;
  }
  return tail_bytes(x, i, n, x_readable) == tail_bytes(y, i, n, y_readable);
}

// Distinct keys in order of first appearance, copied into one compact arena so that lookups stay in cache
// (keys pointing back into a large document would miss the cache on every comparison).
class Vocabulary {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  Vocabulary() : slots_(1024, 0) {}

  // Sized at the start for about as many distinct keys as a text of `bytes` bytes has (Heaps' law: about
  // 64 * sqrt(words) at ~6 bytes a word, capped), so that a long text does not rehash a dozen times.
  void expect_text_of(size_t bytes) {
    size_t keys = 64;
    while (keys * keys < 4096 * (bytes / 6) && keys < (size_t{1} << 20)) keys *= 2;
    if (keys * 2 <= slots_.size() || !entries_.empty()) return;
    slots_.assign(keys * 2, 0);
    entries_.reserve(keys);
    arena_.reserve(keys * 8);
  }

  // `k` is hash_key(key); `readable` as for hash_key.
  uint32_t find(std::string_view key, HashedKey k, const char* readable = nullptr) const {
    const size_t mask = slots_.size() - 1;
    const uint64_t tag = k.hash & kTagMask;
    for (size_t s = k.hash & mask;; s = (s + 1) & mask) {
      const uint64_t slot = slots_[s];
      if (slot == 0) return kMissing;
      if ((slot & kTagMask) != tag) continue;
      const auto id = static_cast<uint32_t>(slot) - 1;
      const Entry& e = entries_[id];
      if (e.hash == k.hash && e.length == key.size() &&
          (key.size() <= 8
               ? e.packed == k.packed
               : same_bytes(arena_.data() + e.start, arena_.data(), key.data(), readable, key.size()))) {
        return id;
      }
    }
  }

  // `readable` as for hash_key. Inlined: a known key is found without a call.
  uint32_t intern(std::string_view key, const char* readable = nullptr) {
    const HashedKey k = hash_key(key, readable);
    const uint32_t found = find(key, k, readable);
    return found != kMissing ? found : add(key, k);
  }
  // With the key's hash_key already known.
  uint32_t intern_hashed(std::string_view key, HashedKey k) {
    const uint32_t found = find(key, k);
    return found != kMissing ? found : add(key, k);
  }

  size_t size() const { return entries_.size(); }
  std::string_view key(uint32_t id) const {
    return std::string_view(arena_).substr(entries_[id].start, entries_[id].length);
  }
  HashedKey hashed(uint32_t id) const { return HashedKey{entries_[id].hash, entries_[id].packed}; }

 private:
  struct Entry {
    uint64_t hash;
    uint64_t packed;  // HashedKey::packed
    size_t start;     // in arena_
    size_t length;
  };

  // A key not in the table yet.
  [[gnu::noinline]] uint32_t add(std::string_view key, HashedKey k) {
    const auto id = static_cast<uint32_t>(entries_.size());
    entries_.push_back(Entry{k.hash, k.packed, arena_.size(), key.size()});
    arena_.append(key);
    if (entries_.size() * 2 > slots_.size()) grow();
    place(id);
    return id;
  }

  void place(uint32_t id) {
    const size_t mask = slots_.size() - 1;
    const uint64_t h = entries_[id].hash;
    size_t s = h & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = (h & kTagMask) | (id + 1);
  }
  void grow() {
    slots_.assign(slots_.size() * 2, 0);
    for (uint32_t id = 0; id < entries_.size(); ++id) place(id);
  }

  // The high 32 bits of a key's hash (a slot holding another key is mostly skipped without reading its entry)
  // and id + 1 in the low 32 bits; 0 for empty.
  static constexpr uint64_t kTagMask = ~uint64_t{0} << 32;
  std::vector<uint64_t> slots_;
  std::vector<Entry> entries_;
  std::string arena_;
};

}  // namespace sk::measure
