// A notice as an email: the subject and body as a person pastes them into a mail program, and an unsent
// draft message (.eml, RFC 5322 with MIME) with the notice's PDF attached, which mail programs open ready
// to send (Thunderbird, Outlook and Apple Mail honour "X-Unsent: 1"). Pure formatting: no files, no clock.
#pragma once

#include <string>
#include <string_view>

namespace sk::notice {

struct EmailMessage {
  std::string from_name, from_email;  // the freelancer; either may be empty
  std::string to_name, to_email;      // the client (or its contact person); either may be empty
  std::string subject;                // UTF-8, one line
  std::string body;                   // UTF-8, lines separated by '\n'
  std::string attachment_name;        // e.g. "Spring brochure - over-scope notice.pdf"; empty: none
  std::string attachment;             // the PDF bytes
};

// Splits a stored notice text ("subject", blank line, body) into `message.subject` and `message.body`.
void set_subject_and_body(EmailMessage& message, std::string_view notice_text);

// "Subject: …", a blank line and the body: what "Copy as email" puts on the clipboard.
std::string as_plain_text(const EmailMessage& message);

// The draft message, lines ending in CRLF: From/To (when known), Subject (RFC 2047 encoded words when not
// ASCII), `date_rfc5322` ("Thu, 03 Dec 2026 18:40:00 +0000"), X-Unsent, then the body as UTF-8 text and the
// attachment, both base64. `boundary_seed` makes the MIME boundary unique (any text; it is hashed in).
std::string to_eml(const EmailMessage& message, const std::string& date_rfc5322,
                   std::string_view boundary_seed);

// Standard base64 (RFC 4648) with lines of at most `line_length` characters (0: one line), CRLF between.
std::string base64(std::string_view bytes, std::size_t line_length = 76);

}  // namespace sk::notice
