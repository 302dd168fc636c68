// RTF text, read by a small bounded reader of our own (no maintained RTF library is packaged for Debian; see
// docs/formats.md): groups, control words, \uN with its \ucN fallback count, \'hh bytes decoded with the
// font's or the document's code page through ICU, and the non-text destinations (font and colour tables,
// styles, document info, pictures, objects, headers, footers, field instructions, \* destinations) skipped.
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "import/readers.h"

namespace sk::import {

namespace {

constexpr size_t kMaxGroupDepth = 1000;

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// The Windows code page that an RTF \fcharset stands for (0 = the document's \ansicpg).
int charset_code_page(int charset) {
  switch (charset) {
    case 77:
      return 10000;
    case 128:
      return 932;
    case 129:
      return 949;
    case 130:
      return 1361;
    case 134:
      return 936;
    case 136:
      return 950;
    case 161:
      return 1253;
    case 162:
      return 1254;
    case 163:
      return 1258;
    case 177:
      return 1255;
    case 178:
      return 1256;
    case 186:
      return 1257;
    case 204:
      return 1251;
    case 222:
      return 874;
    case 238:
      return 1250;
    case 255:
      return 437;
    default:
      return 0;
  }
}

bool is_skipped_destination(std::string_view w) {
  static const std::string_view kSkipped[] = {"fonttbl",    "colortbl",
                                              "stylesheet", "info",
                                              "pict",       "object",
                                              "objdata",    "header",
                                              "headerl",    "headerr",
                                              "headerf",    "footer",
                                              "footerl",    "footerr",
                                              "footerf",    "fldinst",
                                              "themedata",  "colorschememapping",
                                              "datastore",  "latentstyles",
                                              "listtable",  "listoverridetable",
                                              "rsidtbl",    "generator",
                                              "xmlnstbl",   "mmathPr",
                                              "filetbl",    "revtbl",
                                              "listtext",   "pntext",
                                              "pntxta",     "pntxtb",
                                              "bkmkstart",  "bkmkend",
                                              "template",   "userprops",
                                              "docvar",     "xe",
                                              "tc",         "atnid",
                                              "atnauthor",  "annotation",
                                              "upr",        "nonshppict",
                                              "shppict",    "sp",
                                              "pgdsctbl"};
  for (std::string_view s : kSkipped) {
    if (w == s) return true;
  }
  return false;
}

char16_t special_character(std::string_view w) {
  if (w == "emdash") return u'\u2014';
  if (w == "endash") return u'\u2013';
  if (w == "lquote") return u'\u2018';
  if (w == "rquote") return u'\u2019';
  if (w == "ldblquote") return u'\u201C';
  if (w == "rdblquote") return u'\u201D';
  if (w == "bullet") return u'\u2022';
  if (w == "emspace") return u'\u2003';
  if (w == "enspace") return u'\u2002';
  if (w == "qmspace") return u'\u2005';
  if (w == "par" || w == "line" || w == "sect" || w == "page" || w == "row") return u'\n';
  if (w == "tab" || w == "cell" || w == "nestcell") return u'\t';
  return 0;
}

class RtfReader {
 public:
  explicit RtfReader(std::string_view in) : in_(in) {}

  std::string read() {
    while (pos_ < in_.size()) {
      const char c = in_[pos_++];
      if (c == '{') {
        open_group();
      } else if (c == '}') {
        flush_bytes();
        skip_chars_ = 0;
        stack_.pop_back();
        if (stack_.empty()) break;
      } else if (c == '\\') {
        control();
      } else if (c == '\r' || c == '\n') {
        // line breaks in the file are not text
      } else {
        if (stack_.empty()) throw damaged("text outside the document group");
        byte(static_cast<unsigned char>(c));
      }
    }
    if (!stack_.empty()) throw damaged("the file ends inside a group");
    flush_bytes();
    std::string utf8;
    icu::UnicodeString(false, out_.data(), static_cast<int32_t>(out_.size())).toUTF8String(utf8);
    return utf8;
  }

 private:
  struct State {
    bool skip = false;
    bool font_table = false;
    int uc = 1;     // characters to skip after \uN
    int font = -1;  // current \fN
  };

  static Error damaged(const std::string& what) {
    return Error(ErrorKind::kInvalidInput, "", "damaged RTF: " + what);
  }

  State& state() { return stack_.back(); }

  void open_group() {
    flush_bytes();
    skip_chars_ = 0;
    if (stack_.size() >= kMaxGroupDepth) throw damaged("groups nested too deeply");
    stack_.push_back(stack_.empty() ? State{} : stack_.back());
    if (in_.substr(pos_, 2) == "\\*") {
      pos_ += 2;
      ignorable_ = true;  // the next control word decides: \ud is read, anything else is skipped
    }
  }

  // A control word or symbol after a backslash.
  void control() {
    if (pos_ >= in_.size()) throw damaged("the file ends after a backslash");
    if (stack_.empty()) throw damaged("a control word outside the document group");
    const char c = in_[pos_];
    if (!is_alpha(c)) {
      ++pos_;
      switch (c) {
        case '\'': {
          if (pos_ + 2 > in_.size()) throw damaged("the file ends inside a \\'hh escape");
          const int hi = hex(in_[pos_]), lo = hex(in_[pos_ + 1]);
          if (hi < 0 || lo < 0) throw damaged("a bad \\'hh escape");
          pos_ += 2;
          byte(static_cast<unsigned char>(hi * 16 + lo));
          break;
        }
        case '\\':
        case '{':
        case '}':
          byte(static_cast<unsigned char>(c));
          break;
        case '~':
          unit(u'\u00A0');
          break;
        case '_':
          unit(u'\u2011');
          break;
        case '\n':
        case '\r':
          unit(u'\n');
          break;
        default:
          symbol_skipped();
          break;  // \- optional hyphen, \| \: and the like
      }
      return;
    }
    const size_t start = pos_;
    while (pos_ < in_.size() && is_alpha(in_[pos_]) && pos_ - start < 32) ++pos_;
    const std::string_view word = in_.substr(start, pos_ - start);
    bool has_param = false;
    bool negative = false;
    int64_t param = 0;
    if (pos_ < in_.size() && in_[pos_] == '-') {
      negative = true;
      ++pos_;
    }
    const size_t digits = pos_;
    while (pos_ < in_.size() && in_[pos_] >= '0' && in_[pos_] <= '9' && pos_ - digits < 10) {
      param = param * 10 + (in_[pos_++] - '0');
      has_param = true;
    }
    if (negative) param = -param;
    if (pos_ < in_.size() && in_[pos_] == ' ') ++pos_;  // the delimiter space belongs to the control word
    control_word(word, has_param, param);
  }

  void control_word(std::string_view w, bool has_param, int64_t param) {
    const bool ignorable = ignorable_;
    ignorable_ = false;
    if (w == "bin") {  // raw binary data: never text
      const size_t n = has_param && param > 0 ? static_cast<size_t>(param) : 0;
      pos_ = n > in_.size() - pos_ ? in_.size() : pos_ + n;
      symbol_skipped();
      return;
    }
    if (w == "ud") {
      state().skip = false;
      return;
    }
    if (ignorable || is_skipped_destination(w)) {
      flush_bytes();
      state().skip = true;
      if (w == "fonttbl") state().font_table = true;
      return;
    }
    if (w == "u" && has_param) {
      flush_bytes();
      const int64_t v = param < 0 ? param + 65536 : param;
      if (!state().skip) out_.push_back(static_cast<char16_t>(v & 0xFFFF));
      skip_chars_ = state().uc;
      return;
    }
    if (skip_chars_ > 0) {  // a control word standing in as the \uN fallback
      --skip_chars_;
      return;
    }
    if (w == "uc") {
      state().uc = has_param && param >= 0 && param <= 16 ? static_cast<int>(param) : 1;
    } else if (w == "ansicpg" && has_param) {
      flush_bytes();
      code_page_ = static_cast<int>(param);
    } else if (w == "mac" || w == "pc" || w == "pca") {
      flush_bytes();
      code_page_ = w == "mac" ? 10000 : w == "pc" ? 437 : 850;
    } else if (w == "f" && has_param) {
      flush_bytes();
      state().font = static_cast<int>(param);
    } else if (w == "fcharset" && has_param && state().font_table) {
      font_code_pages_[state().font] = charset_code_page(static_cast<int>(param));
    } else if (w == "cpg" && has_param && state().font_table) {
      font_code_pages_[state().font] = static_cast<int>(param);
    } else if (const char16_t ch = special_character(w)) {
      unit(ch);
    }
  }

  // A byte of text in the current code page.
  void byte(unsigned char b) {
    if (skip_chars_ > 0) {
      --skip_chars_;
      return;
    }
    if (state().skip) return;
    const int cp = current_code_page();
    if (cp != pending_code_page_) flush_bytes();
    pending_code_page_ = cp;
    pending_.push_back(static_cast<char>(b));
  }

  void unit(char16_t ch) {
    if (skip_chars_ > 0) {
      --skip_chars_;
      return;
    }
    flush_bytes();
    if (!state().skip) out_.push_back(ch);
  }

  void symbol_skipped() {
    if (skip_chars_ > 0) --skip_chars_;
  }

  int current_code_page() const {
    const auto it = font_code_pages_.find(stack_.back().font);
    return it != font_code_pages_.end() && it->second != 0 ? it->second : code_page_;
  }

  void flush_bytes() {
    if (pending_.empty()) return;
    UConverter* conv = converter(pending_code_page_);
    UErrorCode status = U_ZERO_ERROR;
    std::u16string buffer(pending_.size() * 2 + 4, u'\0');
    const int32_t n =
        ucnv_toUChars(conv, reinterpret_cast<UChar*>(buffer.data()), static_cast<int32_t>(buffer.size()),
                      pending_.data(), static_cast<int32_t>(pending_.size()), &status);
    if (U_FAILURE(status)) throw damaged(std::string("cannot decode code page text: ") + u_errorName(status));
    out_.append(buffer.data(), static_cast<size_t>(n));
    pending_.clear();
  }

  UConverter* converter(int code_page) {
    auto& slot = converters_[code_page];
    if (slot) return slot.get();
    for (const std::string& name : {"windows-" + std::to_string(code_page), "cp" + std::to_string(code_page),
                                    std::string("windows-1252")}) {
      UErrorCode status = U_ZERO_ERROR;
      UConverter* c = ucnv_open(name.c_str(), &status);
      if (U_SUCCESS(status)) {
        slot.reset(c);
        return c;
      }
    }
    throw damaged("no converter for code page " + std::to_string(code_page));
  }

  static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  std::string_view in_;
  size_t pos_ = 0;
  std::vector<State> stack_;
  std::u16string out_;
  std::string pending_;
  int pending_code_page_ = 1252;
  int code_page_ = 1252;
  int skip_chars_ = 0;
  bool ignorable_ = false;
  std::map<int, int> font_code_pages_;
  std::map<int, std::unique_ptr<UConverter, ConverterCloser>> converters_;
};

}  // namespace

std::string read_rtf(std::string_view bytes) {
  const size_t start = bytes.find("{\\rtf");
  return RtfReader(bytes.substr(start == std::string_view::npos ? 0 : start)).read();
}

}  // namespace sk::import
