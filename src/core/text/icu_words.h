// Word segmentation of any UTF-8 text with ICU's word break iterator (RAII over the ICU handles).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace sk::text {

// One ICU word break iterator, reusable over many pieces of text. Not thread-safe: one per thread.
class IcuWordBreaker {
 public:
  IcuWordBreaker();
  ~IcuWordBreaker();
  IcuWordBreaker(const IcuWordBreaker&) = delete;
  IcuWordBreaker& operator=(const IcuWordBreaker&) = delete;

  // Appends the words of `text` (valid UTF-8) to `out`, offsets shifted by `base`. A word is a segment whose
  // rule status is number, letter, kana or ideographic.
  void words(std::string_view text, uint32_t base, std::vector<Word>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sk::text
