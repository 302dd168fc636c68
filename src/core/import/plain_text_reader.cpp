// Plain text in any encoding a client's computer is likely to write: UTF-8 (with or without a BOM), UTF-16
// with a BOM or recognised without one (utf16_without_bom.h), or a legacy encoding found by ICU's charset
// detector (EUC-KR / CP949, windows-1250, ISO-8859-2, ISO-8859-16, ...). Binary data is refused rather than
// guessed at.
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include "common/error.h"
#include "import/latin10.h"
#include "import/readers.h"
#include "import/utf16_without_bom.h"
#include "text/utf8.h"

namespace sk::import {

namespace {

constexpr size_t kDetectBytes = size_t{1} << 20;  // ICU's detector looks at the first 1 MB

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

Error invalid(const std::string& message) {
  return Error(ErrorKind::kInvalidInput, "", message);
}

// A zero byte never appears in text (UTF-16 is recognised before this check), and neither do many
// control characters: either means a binary file, whatever its name says.
void refuse_binary(std::string_view bytes) {
  const size_t zero = bytes.find('\0');
  if (zero != std::string_view::npos) {
    throw invalid("binary data, not text (a zero byte at byte " + std::to_string(zero) + ")");
  }
  const std::string_view head = bytes.substr(0, 65536);
  size_t controls = 0;
  for (unsigned char c : head) {
    controls +=
        (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F;
  }
  if (controls * 100 > head.size()) throw invalid("binary data, not text (too many control characters)");
}

// Counts well-formed multi-byte UTF-8 sequences and malformed bytes.
void count_utf8(std::string_view s, size_t& valid, size_t& invalid_bytes) {
  valid = invalid_bytes = 0;
  size_t i = 0;
  while (i < s.size()) {
    const size_t bad = text::find_invalid_utf8(s.substr(i, 4));
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
    } else if (bad == 0) {
      ++invalid_bytes;
      ++i;
    } else {
      const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      ++valid;
      i += len;
    }
  }
}

// Converts with ICU, stopping at the first byte the encoding does not define; nullopt then.
std::optional<std::string> convert(std::string_view bytes, const char* charset) {
  if (std::strcmp(charset, "ISO-8859-16") == 0) return latin10_to_utf8(bytes);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status) || bytes.size() > INT32_MAX / 2) return std::nullopt;
  std::u16string out(bytes.size() + 2, u'\0');  // every encoding here gives at most one unit per byte
  const int32_t n =
      ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()),
                    bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string utf8;
  icu::UnicodeString(false, out.data(), n).toUTF8String(utf8);
  return utf8;
}

DecodedText utf16(std::string_view bytes, const char* charset) {
  if (bytes.size() % 2 != 0)
    throw invalid(std::string("damaged ") + charset + " text: an odd number of bytes");
  std::optional<std::string> utf8 = convert(bytes.substr(2), charset);
  if (!utf8) throw invalid(std::string("damaged ") + charset + " text: an unpaired surrogate");
  if (utf8->find('\0') != std::string::npos) throw invalid("binary data, not text (a zero character)");
  return DecodedText{std::move(*utf8), charset};
}

struct Candidate {
  std::string charset;   // what ICU converts with
  std::string reported;  // what we tell the user
};

// Names ICU's detector gives, refined where the detector cannot tell supersets and siblings apart.
Candidate refine(std::string_view bytes, const std::string& name, const std::string& language) {
  if (name == "EUC-KR") {
    // CP949 (Unified Hangul Code) extends EUC-KR with lead bytes 0x81-0xA0 and trail bytes below 0xA1.
    for (size_t i = 0; i + 1 < bytes.size(); ++i) {
      const unsigned char lead = static_cast<unsigned char>(bytes[i]);
      if (lead < 0x80) continue;
      const unsigned char trail = static_cast<unsigned char>(bytes[i + 1]);
      if (lead < 0xA1 || trail < 0xA1) return {"windows-949", "CP949"};
      ++i;
    }
    return {"windows-949", "EUC-KR"};
  }
  if (name == "ISO-8859-2" && language == "ro") {
    // Romanian letters sit at the same bytes in ISO-8859-2 and ISO-8859-16; only the latter has the „ ” € at
    // A5 B5 A4 (Ľ ľ ¤ in ISO-8859-2, letters no Romanian text uses).
    for (char c : bytes) {
      const unsigned char b = static_cast<unsigned char>(c);
      if (b == 0xA4 || b == 0xA5 || b == 0xB5) return {"ISO-8859-16", "ISO-8859-16"};
    }
  }
  return {name, name};
}

std::vector<Candidate> detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
  if (U_FAILURE(status)) throw invalid(std::string("cannot detect the encoding: ") + u_errorName(status));
  const std::string_view sample = bytes.substr(0, kDetectBytes);
  ucsdet_enableInputFilter(det.get(), true);  // markup is not text
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &status);
  std::vector<Candidate> out;
  if (U_FAILURE(status)) return out;
  for (int32_t i = 0; i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const char* language = ucsdet_getLanguage(matches[i], &status);
    const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || name == nullptr || confidence < 10) continue;
    const std::string n = name;
    if (n.rfind("UTF-", 0) == 0 || n.rfind("ISO-2022", 0) == 0) continue;  // not legacy 8-bit text
    out.push_back(refine(bytes, n, language != nullptr ? language : ""));
  }
  return out;
}

}  // namespace

DecodedText decode_text(SharedBytes bytes, const std::optional<std::string>& declared) {
  const std::string_view view(bytes);
  if (view.substr(0, 2) == "\xFF\xFE") return utf16(view, "UTF-16LE");
  if (view.substr(0, 2) == "\xFE\xFF") return utf16(view, "UTF-16BE");
  if (std::optional<Utf16Text> t = utf16_without_bom(view))
    return DecodedText{std::move(t->utf8), t->charset};
  refuse_binary(view);
  const text::Utf8Check check = text::check_utf8(view);
  const size_t bad = check.invalid_at;
  if (bad == std::string_view::npos) {
    return DecodedText{std::move(bytes), std::nullopt,
                       check.ascii ? text::Checked::kAscii : text::Checked::kValid};
  }
  // Not UTF-8. Mostly-UTF-8 text with a few broken bytes is damaged UTF-8, and saying where helps more than
  // a guess; text whose non-ASCII bytes are mostly not UTF-8 is a legacy encoding.
  size_t valid = 0, broken = 0;
  count_utf8(view, valid, broken);
  const std::string damaged = "invalid UTF-8 at byte " + std::to_string(bad);
  if (valid >= broken) throw invalid(damaged);
  if (declared) {
    UErrorCode status = U_ZERO_ERROR;
    const char* canonical = ucnv_getCanonicalName(declared->c_str(), "IANA", &status);
    const std::string name = U_SUCCESS(status) && canonical != nullptr ? canonical : *declared;
    if (name != "UTF-8") {
      if (std::optional<std::string> utf8 = convert(view, declared->c_str())) {
        return DecodedText{std::move(*utf8), name};
      }
    }
  }
  for (const Candidate& c : detect(view)) {
    if (std::optional<std::string> utf8 = convert(view, c.charset.c_str())) {
      return DecodedText{std::move(*utf8), c.reported};
    }
  }
  throw invalid(damaged + ", and no other encoding fits the text");
}

}  // namespace sk::import
