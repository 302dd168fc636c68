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
// (keys pointing back into a large document would miss the cache on every comparison). A slot of the table
// holds a key's length and either its packed bytes (keys of up to 8 bytes, most words: found or ruled out by
// reading the slot alone) or where its bytes are in the arena (longer keys: one more read, of the bytes).
class Vocabulary {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  Vocabulary() : slots_(1024) {}

  // Sized at the start for about as many distinct keys as a text of `bytes` bytes has (Heaps' law: about
  // 64 * sqrt(words) at ~6 bytes a word, capped), so that a long text does not rehash a dozen times. The
  // estimate is generous, so the table starts with one slot per expected key and doubles when half full.
  void expect_text_of(size_t bytes) {
    size_t keys = 64;
    while (keys * keys < 4096 * (bytes / 6) && keys < (size_t{1} << 20)) keys *= 2;
    if (keys <= slots_.size() || !entries_.empty()) return;
    slots_.assign(keys, Slot{});
    entries_.reserve(keys / 2);
    arena_.reserve(keys * 4);
  }

  // `k` is hash_key(key); `readable` as for hash_key.
  uint32_t find(std::string_view key, HashedKey k, const char* readable = nullptr) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t check = check_of(k.hash, key.size());
    const bool packed = key.size() <= 8;
    for (size_t s = k.hash & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.id_plus_one == 0) return kMissing;
      if (slot.check != check) continue;
      const uint32_t id = slot.id_plus_one - 1;
      if (packed) {
        if (slot.data == k.packed) return id;  // the same length and the same bytes
        continue;
      }
      if ((key.size() < kLongest || entries_[id].length == key.size()) &&
          same_bytes(arena_.data() + slot.data, arena_.data(), key.data(), readable, key.size())) {
        return id;
      }
    }
  }

  // The second step of a lookup run ahead of time, once prefetch(k) has brought the slots in: for a key of
  // over 8 bytes, starts loading the bytes of the first key it may be equal to.
  void prefetch_bytes(HashedKey k, size_t length) const {
    if (length <= 8) return;
    const size_t mask = slots_.size() - 1;
    const uint32_t check = check_of(k.hash, length);
    for (size_t s = k.hash & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.id_plus_one == 0) return;
      if (slot.check == check) {
        __builtin_prefetch(arena_.data() + slot.data);
        return;
      }
    }
  }

  // `readable` as for hash_key. Inlined: a known key is found without a call.
  uint32_t intern(std::string_view key, const char* readable = nullptr) {
    const HashedKey k = hash_key(key, readable);
    const uint32_t found = find(key, k, readable);
    return found != kMissing ? found : add(key, k);
  }
  // With the key's hash_key already known; `readable` as for hash_key.
  uint32_t intern_hashed(std::string_view key, HashedKey k, const char* readable = nullptr) {
    const uint32_t found = find(key, k, readable);
    return found != kMissing ? found : add(key, k);
  }
  // Starts loading the slot a lookup of `k` reads first, so that a lookup a few words later finds it cached.
  void prefetch(HashedKey k) const { __builtin_prefetch(slots_.data() + (k.hash & (slots_.size() - 1))); }

  size_t size() const { return entries_.size(); }
  std::string_view key(uint32_t id) const {
    return std::string_view(arena_).substr(entries_[id].start, entries_[id].length);
  }
  HashedKey hashed(uint32_t id) const { return HashedKey{entries_[id].hash, entries_[id].packed}; }

 private:
  struct Slot {
    uint32_t id_plus_one = 0;  // 0 for an empty slot
    uint32_t check = 0;        // check_of the key
    uint64_t data = 0;         // HashedKey::packed of a key of up to 8 bytes, else its start in arena_
  };
  struct Entry {
    uint64_t hash;
    uint64_t packed;  // HashedKey::packed
    size_t start;     // in arena_
    size_t length;
  };

  // The hash's top 24 bits (a slot holding another key is mostly skipped at once) and the key's length, or
  // kLongest for that length and more: with the packed bytes, it tells keys of up to 8 bytes apart exactly.
  static constexpr size_t kLongest = 255;
  static uint32_t check_of(uint64_t hash, size_t length) {
    return static_cast<uint32_t>(hash >> 40) << 8 |
           static_cast<uint32_t>(length < kLongest ? length : kLongest);
  }

  // A key not in the table yet.
  [[gnu::noinline]] uint32_t add(std::string_view key, HashedKey k) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    const auto id = static_cast<uint32_t>(entries_.size());
    entries_.push_back(Entry{k.hash, k.packed, arena_.size(), key.size()});
    arena_.append(key);
    place(id);
    return id;
  }

  void place(uint32_t id) {
    const size_t mask = slots_.size() - 1;
    const Entry& e = entries_[id];
    size_t s = e.hash & mask;
    while (slots_[s].id_plus_one != 0) s = (s + 1) & mask;
    slots_[s] = Slot{id + 1, check_of(e.hash, e.length), e.length <= 8 ? e.packed : e.start};
  }
  void grow() {
    slots_.assign(slots_.size() * 2, Slot{});
    for (uint32_t id = 0; id < entries_.size(); ++id) place(id);
  }

  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::string arena_;
};

}  // namespace sk::measure
