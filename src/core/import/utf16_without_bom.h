// UTF-16 text without a byte-order mark, recognised by where its zero bytes fall: Latin text (English,
// Romanian) in UTF-16LE has a zero high byte at nearly every odd offset and none at even ones, UTF-16BE the
// reverse, while binary data has zeros at both. Korean syllables have no zero high byte; text made only of
// them cannot be told safely from other data and is refused with a hint.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sk::import {

struct Utf16Text {
  std::string utf8;
  const char* charset;  // "UTF-16LE" or "UTF-16BE"
};

// The text when `bytes` are UTF-16 without a BOM beyond doubt; nullopt when they do not look like UTF-16
// (they are then checked as 8-bit text or refused as binary data). Throws sk::Error(kInvalidInput) "this
// looks like UTF-16 without a byte-order mark: save it as UTF-8" when they look like it but cannot be read
// with confidence (few zero bytes, Korean syllables only, an odd length or an unpaired surrogate).
std::optional<Utf16Text> utf16_without_bom(std::string_view bytes);

}  // namespace sk::import
