// Turns the words of two documents into small integer ids; equal comparison keys get equal ids.
#pragma once

#include <cstdint>
#include <vector>

#include "text/document.h"

namespace sk::measure {

struct TokenIds {
  std::vector<uint32_t> older;
  std::vector<uint32_t> newer;
  uint32_t alphabet = 0;  // every id is below this
};

// Keys are the words after text::fold_word. The two documents are interned on two threads and merged.
TokenIds intern(const text::Document& older, const text::Document& newer);

}  // namespace sk::measure
