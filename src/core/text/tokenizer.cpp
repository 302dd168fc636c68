// Tokenising: validate, normalise to NFC, then segment line runs with the ASCII fast path or ICU
// (text/segmenter.h).
#include "text/tokenizer.h"

#include <unicode/normalizer2.h>

#include <cstdint>
#include <limits>

#include "common/error.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace sk::text {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

SharedBytes to_nfc(SharedBytes text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && nfc->isNormalizedUTF8(text.view(), status) && U_SUCCESS(status)) return text;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, text.view(), sink, nullptr, status);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::kInvalidInput, "",
                std::string("cannot normalise the text: ") + u_errorName(status));
  }
  return out;
}

}  // namespace

Document prepare(SharedBytes utf8, Checked checked) {
  size_t skipped = 0;
  if (utf8.substr(0, kBom.size()) == kBom) {
    utf8.drop_prefix(kBom.size());
    skipped = kBom.size();
  }
  // Removing a BOM leaves well-formed UTF-8 well-formed, but may leave ASCII (an ASCII buffer has no BOM).
  Utf8Check check{std::string_view::npos, checked == Checked::kAscii};
  if (checked == Checked::kNo) {
    check = check_utf8(utf8);
  } else if (skipped > 0) {
    check.ascii = is_ascii(utf8);
  }
  if (check.invalid_at != std::string_view::npos) {
    throw Error(ErrorKind::kInvalidInput, "",
                "invalid UTF-8 at byte " + std::to_string(check.invalid_at + skipped));
  }
  Document doc;
  doc.ascii = check.ascii;
  doc.text = doc.ascii ? std::move(utf8) : to_nfc(std::move(utf8));
  if (doc.text.size() > std::numeric_limits<uint32_t>::max()) {
    throw Error(ErrorKind::kInvalidInput, "", "the text is larger than 4 GiB");
  }
  return doc;
}

Document tokenize(SharedBytes utf8, Checked checked) {
  Document doc = prepare(std::move(utf8), checked);
  doc.words.reserve(doc.text.size() / 6 + 16);
  Segmenter().words(doc.text, 0, doc.text.size(), doc.words);
  return doc;
}

}  // namespace sk::text
