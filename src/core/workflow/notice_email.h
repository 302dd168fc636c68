// A notice made ready to send by email: addressed to the client's contact person (or the client) at the
// client's email, from the freelancer's profile, with the notice's text as subject and body and its PDF
// attached. The message itself is formatted by notice/email_message.h.
#pragma once

#include <cstdint>
#include <string>

#include "ledger/database.h"
#include "notice/email_message.h"
#include "notice/notice_facts.h"

namespace sk::workflow {

// `notice_text` is the text as stored (subject, blank line, body); `pdf` the notice's PDF (may be empty:
// no attachment) named `attachment_name`. Throws sk::Error(kNotFound) for an unknown project.
notice::EmailMessage notice_email(ledger::Database& db, std::int64_t project_id,
                                  const std::string& notice_text, std::string pdf,
                                  const std::string& attachment_name,
                                  const notice::FreelancerProfile& freelancer);

// Now as an email's Date header: "Thu, 03 Dec 2026 18:40:00 +0000" (UTC).
std::string email_date_now();

}  // namespace sk::workflow
