// Views into a tokenised document; see document.h.
#include "text/document.h"

namespace sk::text {

std::string_view Document::span(size_t begin, size_t end) const {
  if (begin >= end) return {};
  const uint32_t from = words[begin].offset;
  const uint32_t to = words[end - 1].offset + words[end - 1].length;
  return std::string_view(text).substr(from, to - from);
}

}  // namespace sk::text
