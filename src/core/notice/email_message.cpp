// A notice as an email; see email_message.h. The message has one text part and one attachment, so it is
// written here (base64, RFC 2047 words, RFC 2231 file names) rather than through a MIME library such as
// GMime, which would bring GLib into the headless core for some eighty lines of well-specified encoding.
#include "notice/email_message.h"

#include <cstdint>
#include <functional>

namespace sk::notice {

namespace {

bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Header text: as it is when ASCII, else RFC 2047 encoded words (base64), each at most 75 characters and
// never splitting a UTF-8 character, folded onto continuation lines.
std::string header_text(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  std::string out;
  std::size_t start = 0;
  constexpr std::size_t kMaxBytes = 45;  // 45 bytes -> 60 base64 characters + 12 of "=?UTF-8?B?...?="
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + kMaxBytes);
    while (end < text.size() && end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(start, end - start), 0) + "?=";
    start = end;
  }
  return out;
}

// "Name <address>", "address", or empty.
std::string mailbox(const std::string& name, const std::string& address) {
  if (address.empty()) return {};
  if (name.empty()) return address;
  std::string shown = name;
  if (is_ascii(name)) {
    // A quoted string, so commas and dots in a company's name are safe.
    shown.clear();
    for (const char c : name) {
      if (c == '"' || c == '\\') shown += '\\';
      shown += c;
    }
    return "\"" + shown + "\" <" + address + ">";
  }
  return header_text(name) + " <" + address + ">";
}

// RFC 2231 / 5987: filename*=UTF-8''percent-encoded
std::string extended_file_name(const std::string& name) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = "UTF-8''";
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                       (byte >= '0' && byte <= '9') || byte == '.' || byte == '-' || byte == '_';
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0x0F];
    }
  }
  return out;
}

// An ASCII name for mail programs that read only the plain filename parameter.
std::string ascii_file_name(const std::string& name) {
  std::string out;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      if ((byte & 0xC0) != 0x80) out += '_';  // one '_' per character
    } else if (c == '"' || c == '\\' || byte < 0x20) {
      out += '_';
    } else {
      out += c;
    }
  }
  return out;
}

std::string crlf_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') continue;
    if (text[i] == '\n') {
      out += "\r\n";
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::string base64(std::string_view bytes, std::size_t line_length) {
  static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve(bytes.size() * 4 / 3 + 4 + (line_length ? bytes.size() / line_length * 2 : 0));
  std::size_t column = 0;
  auto put = [&](char c) {
    if (line_length != 0 && column == line_length) {
      out += "\r\n";
      column = 0;
    }
    out += c;
    ++column;
  };
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const std::uint32_t n = (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16) |
                            (static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8) |
                            static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 2]));
    put(alphabet[(n >> 18) & 63]);
    put(alphabet[(n >> 12) & 63]);
    put(alphabet[(n >> 6) & 63]);
    put(alphabet[n & 63]);
  }
  const std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    std::uint32_t n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (rest == 2) n |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    put(alphabet[(n >> 18) & 63]);
    put(alphabet[(n >> 12) & 63]);
    put(rest == 2 ? alphabet[(n >> 6) & 63] : '=');
    put('=');
  }
  return out;
}

void set_subject_and_body(EmailMessage& message, std::string_view notice_text) {
  const std::size_t end_of_subject = notice_text.find('\n');
  message.subject = std::string(notice_text.substr(0, end_of_subject));
  if (end_of_subject == std::string_view::npos) {
    message.body.clear();
    return;
  }
  std::string_view body = notice_text.substr(end_of_subject + 1);
  while (!body.empty() && (body.front() == '\n' || body.front() == '\r')) body.remove_prefix(1);
  message.body = std::string(body);
}

std::string as_plain_text(const EmailMessage& message) {
  return "Subject: " + message.subject + "\n\n" + message.body;
}

std::string to_eml(const EmailMessage& message, const std::string& date_rfc5322,
                   std::string_view boundary_seed) {
  const std::string boundary = "=_scopekeeper_" +
                               std::to_string(std::hash<std::string_view>{}(boundary_seed)) + "_" +
                               std::to_string(message.attachment.size());  // "=_" never occurs in base64 text
  std::string out;
  if (const std::string from = mailbox(message.from_name, message.from_email); !from.empty()) {
    out += "From: " + from + "\r\n";
  }
  if (const std::string to = mailbox(message.to_name, message.to_email); !to.empty()) {
    out += "To: " + to + "\r\n";
  }
  out += "Subject: " + header_text(message.subject) + "\r\n";
  out += "Date: " + date_rfc5322 + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "X-Unsent: 1\r\n";
  const bool attached = !message.attachment_name.empty();
  const std::string text_part =
      "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
      base64(crlf_lines(message.body)) + "\r\n";
  if (!attached) return out + text_part;
  out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "This is a message in MIME format.\r\n";
  out += "--" + boundary + "\r\n" + text_part;
  out += "--" + boundary + "\r\n";
  out += "Content-Type: application/pdf; name=\"" + ascii_file_name(message.attachment_name) + "\"\r\n";
  out += "Content-Disposition: attachment; filename=\"" + ascii_file_name(message.attachment_name) +
         "\";\r\n filename*=" + extended_file_name(message.attachment_name) + "\r\n";
  out += "Content-Transfer-Encoding: base64\r\n\r\n";
  out += base64(message.attachment) + "\r\n";
  out += "--" + boundary + "--\r\n";
  return out;
}

}  // namespace sk::notice
