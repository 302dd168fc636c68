// ICU word segmentation; see icu_words.h.
#include "text/icu_words.h"

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "common/error.h"

namespace sk::text {

struct IcuWordBreaker::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  UText* utext = nullptr;

  ~Impl() {
    if (utext != nullptr) utext_close(utext);
  }
};

IcuWordBreaker::IcuWordBreaker() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->iterator.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !impl_->iterator) {
    throw Error(ErrorKind::kUnsupported, "ICU",
                std::string("cannot create a word break iterator: ") + u_errorName(status));
  }
}

IcuWordBreaker::~IcuWordBreaker() = default;

void IcuWordBreaker::words(std::string_view text, uint32_t base, std::vector<Word>& out) {
  if (text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  impl_->utext = utext_openUTF8(impl_->utext, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status)) impl_->iterator->setText(impl_->utext, status);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::kInvalidInput, "",
                std::string("ICU cannot read the text: ") + u_errorName(status));
  }
  icu::BreakIterator& it = *impl_->iterator;
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    if (it.getRuleStatus() >= UBRK_WORD_NONE_LIMIT) {
      out.push_back(Word{base + static_cast<uint32_t>(start), static_cast<uint32_t>(end - start)});
    }
  }
}

}  // namespace sk::text
