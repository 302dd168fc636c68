// Edits planned on the old tokens (deletions, substitutions, insertions, each on untouched tokens only), then
// applied in one pass that keeps sentences and paragraphs well formed.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "gen/text.h"

namespace sk::bench {

struct Insertion {
  Tokens tokens;
  bool words_only = false;  // words inside a sentence (take over the capital if inserted at a sentence start)
};

class EditPlan {
 public:
  explicit EditPlan(const Tokens& old)
      : old_(old), deleted_(old.size(), 0), touched_(old.size(), 0), subst_(old.size(), kNone) {}

  // True when [begin, end) and one token on either side are untouched.
  bool free(size_t begin, size_t end) const {
    if (end > old_.size() || begin >= end) return false;
    const size_t lo = begin > 0 ? begin - 1 : 0;
    const size_t hi = std::min(end + 1, old_.size());
    for (size_t i = lo; i < hi; ++i)
      if (touched_[i]) return false;
    return true;
  }
  void touch(size_t begin, size_t end) { std::fill(touched_.begin() + begin, touched_.begin() + end, 1); }
  void erase(size_t begin, size_t end) {
    touch(begin, end);
    std::fill(deleted_.begin() + begin, deleted_.begin() + end, 1);
  }
  void substitute(size_t i, uint32_t word) {
    touch(i, i + 1);
    subst_[i] = word;
  }
  void insert_before(size_t i, Tokens tokens, bool words_only) {
    Insertion& ins = inserts_[i];
    ins.tokens.insert(ins.tokens.end(), tokens.begin(), tokens.end());
    ins.words_only = words_only;
  }

  // The new tokens: the old ones with the planned edits.
  Tokens apply() const;

 private:
  static constexpr uint32_t kNone = UINT32_MAX;
  const Tokens& old_;
  std::vector<uint8_t> deleted_, touched_;
  std::vector<uint32_t> subst_;
  std::map<size_t, Insertion> inserts_;
};

}  // namespace sk::bench
