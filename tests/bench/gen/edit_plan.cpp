// Applying an edit plan.
#include "gen/edit_plan.h"

namespace sk::bench {

Tokens EditPlan::apply() const {
  Tokens out;
  out.reserve(old_.size() + old_.size() / 8);
  uint8_t pending = 0;  // a capital carried over from deleted tokens to the next word written
  auto ins = inserts_.begin();
  for (size_t i = 0; i <= old_.size(); ++i) {
    Token t = i < old_.size() ? old_[i] : Token{0, 0};
    if (ins != inserts_.end() && ins->first == i) {
      Tokens add = ins->second.tokens;
      if (!add.empty()) {
        if (ins->second.words_only && i < old_.size() && (t.flags & kCap) && !deleted_[i]) {
          add.front().flags |= kCap;
          t.flags &= static_cast<uint8_t>(~kCap);
        }
        add.front().flags |= pending;
        pending = 0;
        out.insert(out.end(), add.begin(), add.end());
      }
      ++ins;
    }
    if (i == old_.size()) break;
    if (deleted_[i]) {
      pending |= t.flags & kCap;
      const uint8_t tail = t.flags & (kSentenceEnd | kParaEnd);
      if (tail && !out.empty()) {
        uint8_t& f = out.back().flags;
        f = static_cast<uint8_t>((f & ~kComma) | tail);
        if ((f & kStop) && (f & kQuestion)) f &= static_cast<uint8_t>(~kQuestion);
      }
      continue;
    }
    if (subst_[i] != kNone) t.word = subst_[i];
    t.flags |= pending;
    pending = 0;
    out.push_back(t);
  }
  if (!out.empty()) {
    if (!(out.back().flags & kSentenceEnd))
      out.back().flags = static_cast<uint8_t>((out.back().flags & ~kComma) | kStop);
    out.back().flags |= kParaEnd;
  }
  return out;
}

}  // namespace sk::bench
