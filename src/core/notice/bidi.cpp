// Visual order for right-to-left runs; see bidi.h.
#include "notice/bidi.h"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>
#include <unicode/utf8.h>

#include <memory>
#include <vector>

namespace sk::notice {

bool has_right_to_left(std::string_view utf8) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    const UCharDirection direction = u_charDirection(c);
    if (direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC) return true;
  }
  return false;
}

std::string visual_line(std::string_view utf8) {
  if (!has_right_to_left(utf8)) return std::string(utf8);
  const icu::UnicodeString logical =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  // Arabic letters joined (initial, medial, final forms), still in logical order.
  std::vector<UChar> shaped(static_cast<size_t>(logical.length()) * 2 + 8);
  const int32_t shaped_length =
      u_shapeArabic(logical.getBuffer(), logical.length(), shaped.data(), static_cast<int32_t>(shaped.size()),
                    U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL, &status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_openSized(shaped_length, 0, &status),
                                                      ubidi_close);
  if (U_FAILURE(status)) return std::string(utf8);
  ubidi_setPara(bidi.get(), shaped.data(), shaped_length, UBIDI_DEFAULT_LTR, nullptr, &status);
  std::vector<UChar> visual(static_cast<size_t>(shaped_length) + 8);
  const int32_t visual_length =
      ubidi_writeReordered(bidi.get(), visual.data(), static_cast<int32_t>(visual.size()),
                           UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  icu::UnicodeString(visual.data(), visual_length).toUTF8String(out);
  return out;
}

}  // namespace sk::notice
