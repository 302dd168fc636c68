// Immutable bytes held by reference: a string's, or a read-only mapping of a file (common/mapped_file.h).
// Copies share the bytes; a sub-range (drop_prefix) shares them too. A Document's text is one of these, so a
// large revision read by mapping its file is measured without ever being copied.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace sk {

class SharedBytes {
 public:
  SharedBytes() = default;
  // Implicit: every function taking SharedBytes also takes a std::string, which it then owns.
  SharedBytes(std::string bytes);                                      // NOLINT(google-explicit-constructor)
  SharedBytes(const char* bytes) : SharedBytes(std::string(bytes)) {}  // NOLINT(google-explicit-constructor)
  // `bytes` lies inside memory `owner` keeps alive.
  SharedBytes(std::shared_ptr<const void> owner, std::string_view bytes)
      : owner_(std::move(owner)), view_(bytes) {}

  const char* data() const { return view_.data(); }
  size_t size() const { return view_.size(); }
  bool empty() const { return view_.empty(); }
  char operator[](size_t i) const { return view_[i]; }
  std::string_view view() const { return view_; }
  operator std::string_view() const { return view_; }  // NOLINT(google-explicit-constructor)
  std::string_view substr(size_t pos, size_t count = std::string_view::npos) const {
    return view_.substr(pos, count);
  }
  std::string str() const { return std::string(view_); }

  // The same bytes without the first `n` (n <= size()), still shared.
  void drop_prefix(size_t n) { view_.remove_prefix(n); }

  friend bool operator==(const SharedBytes& a, std::string_view b) { return a.view_ == b; }

 private:
  std::shared_ptr<const void> owner_;
  std::string_view view_;
};

}  // namespace sk
