// Tests for notice/email_message: base64 by RFC 4648's vectors, header words that never split a
// character, and the draft's structure (the CLI test parses a whole draft with Python's email package).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "notice/email_message.h"

using sk::notice::base64;
using sk::notice::EmailMessage;

namespace {

// Decodes standard base64 (no line breaks), for checking what was encoded.
std::string unbase64(const std::string& text) {
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned value = 0;
  int bits = 0;
  for (const char c : text) {
    if (c == '=') break;
    const auto at = alphabet.find(c);
    REQUIRE(at != std::string::npos);
    value = (value << 6) | static_cast<unsigned>(at);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((value >> bits) & 0xFF);
    }
  }
  return out;
}

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

std::string header(const std::string& message, const std::string& name) {
  const std::string eml = "\r\n" + message;  // the first header too follows a line break
  const auto at = eml.find("\r\n" + name + ": ");
  if (at == std::string::npos) return {};
  const auto start = at + name.size() + 4;
  std::string value;
  std::size_t end = start;
  // Folded lines continue with a space.
  while (true) {
    const auto line_end = eml.find("\r\n", end);
    value += eml.substr(end, line_end - end);
    end = line_end + 2;
    if (eml[end] != ' ') break;
  }
  return value;
}

}  // namespace

TEST_CASE("notice/email_message: base64 gives RFC 4648's test vectors", "[notice][email]") {
  const std::vector<std::pair<std::string, std::string>> vectors = {
      {"", ""},
      {"f", "Zg=="},
      {"fo", "Zm8="},
      {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="},
      {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"},
  };
  for (const auto& [plain, encoded] : vectors) CHECK(base64(plain, 0) == encoded);
  // Lines of 76 characters, CRLF between, every byte value round-trips.
  std::string all;
  for (int i = 0; i < 1000; ++i) all += static_cast<char>(i % 256);
  const std::string wrapped = base64(all);
  std::string joined;
  std::size_t start = 0;
  while (start < wrapped.size()) {
    const auto end = wrapped.find("\r\n", start);
    const std::string line =
        wrapped.substr(start, end == std::string::npos ? std::string::npos : end - start);
    CHECK(line.size() <= 76);
    joined += line;
    if (end == std::string::npos) break;
    start = end + 2;
  }
  CHECK(unbase64(joined) == all);
}

TEST_CASE("notice/email_message: a long Korean or Romanian subject is split into whole characters",
          "[notice][email]") {
  for (const std::string& subject :
       {std::string("봄 브로슈어 카피: 최근 수정 사항과 계약에 포함된 수정 범위에 대하여 안내드립니다"),
        std::string("Broșură de primăvară: ultimele modificări și rundele din înțelegerea noastră")}) {
    EmailMessage m;
    m.subject = subject;
    const std::string eml = sk::notice::to_eml(m, "Thu, 03 Dec 2026 18:40:00 +0000", "seed");
    const std::string value = header(eml, "Subject");
    REQUIRE_FALSE(value.empty());
    std::string decoded;
    std::size_t at = 0;
    int words = 0;
    while ((at = value.find("=?UTF-8?B?", at)) != std::string::npos) {
      const auto end = value.find("?=", at + 10);
      REQUIRE(end != std::string::npos);
      CHECK(end + 2 - at <= 75);  // RFC 2047: an encoded word is at most 75 characters
      const std::string piece = unbase64(value.substr(at + 10, end - at - 10));
      CHECK(valid_utf8(piece));  // no character cut between two words
      decoded += piece;
      at = end + 2;
      ++words;
    }
    CHECK(words >= 2);
    CHECK(decoded == subject);
  }
  // ASCII stays readable.
  EmailMessage plain;
  plain.subject = "Spring brochure: your latest changes";
  CHECK(header(sk::notice::to_eml(plain, "d", "s"), "Subject") == plain.subject);
}

TEST_CASE("notice/email_message: the draft has the letter, the PDF and who it is for", "[notice][email]") {
  EmailMessage m;
  m.from_name = "Alex Morgan";
  m.from_email = "alex@example.com";
  m.to_name = "Northwind Books, Ltd.";
  m.to_email = "editor@northwind.example";
  sk::notice::set_subject_and_body(m, "Spring brochure: the rounds\n\nDear Sarah,\n\nThank you.\n");
  CHECK(m.subject == "Spring brochure: the rounds");
  CHECK(m.body == "Dear Sarah,\n\nThank you.\n");
  CHECK(sk::notice::as_plain_text(m) ==
        "Subject: Spring brochure: the rounds\n\nDear Sarah,\n\nThank you.\n");
  m.attachment_name = "Spring brochure - notice.pdf";
  m.attachment = "%PDF-1.4 binary \x01\x02\xff";
  const std::string eml = sk::notice::to_eml(m, "Thu, 03 Dec 2026 18:40:00 +0000", "seed");

  CHECK(header(eml, "To") == "\"Northwind Books, Ltd.\" <editor@northwind.example>");
  CHECK(eml.rfind("From: \"Alex Morgan\" <alex@example.com>\r\n", 0) == 0);
  CHECK(header(eml, "X-Unsent") == "1");
  // Every line ends in CRLF and none is longer than RFC 5322's 998.
  for (std::size_t i = 0; i < eml.size(); ++i) {
    if (eml[i] == '\n') REQUIRE(i > 0);
    if (eml[i] == '\n') CHECK(eml[i - 1] == '\r');
  }
  const auto boundary_at = eml.find("boundary=\"");
  REQUIRE(boundary_at != std::string::npos);
  const std::string boundary =
      eml.substr(boundary_at + 10, eml.find('"', boundary_at + 10) - boundary_at - 10);
  // Two parts and the closing line; the body and the PDF come back whole.
  CHECK(eml.find("--" + boundary + "--\r\n") != std::string::npos);
  const auto text_at = eml.find("charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
  REQUIRE(text_at != std::string::npos);
  const auto text_start = eml.find("\r\n\r\n", text_at) + 4;
  std::string text_b64 = eml.substr(text_start, eml.find("\r\n--", text_start) - text_start);
  std::erase(text_b64, '\r');
  std::erase(text_b64, '\n');
  CHECK(unbase64(text_b64) == "Dear Sarah,\r\n\r\nThank you.\r\n");
  const auto pdf_at = eml.find("Content-Type: application/pdf; name=\"Spring brochure - notice.pdf\"");
  REQUIRE(pdf_at != std::string::npos);
  CHECK(eml.find("filename*=UTF-8''Spring%20brochure%20-%20notice.pdf", pdf_at) != std::string::npos);
  const auto pdf_start = eml.find("\r\n\r\n", pdf_at) + 4;
  std::string pdf_b64 = eml.substr(pdf_start, eml.find("\r\n--", pdf_start) - pdf_start);
  std::erase(pdf_b64, '\r');
  std::erase(pdf_b64, '\n');
  CHECK(unbase64(pdf_b64) == m.attachment);
}
