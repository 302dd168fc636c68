// A notice made ready to send by email; see notice_email.h.
#include "workflow/notice_email.h"

#include <ctime>

#include "ledger/project_store.h"

namespace sk::workflow {

notice::EmailMessage notice_email(ledger::Database& db, std::int64_t project_id,
                                  const std::string& notice_text, std::string pdf,
                                  const std::string& attachment_name,
                                  const notice::FreelancerProfile& freelancer) {
  const ledger::ProjectDetails project = ledger::get_project(db, project_id);
  notice::EmailMessage message;
  message.from_name = freelancer.name;
  message.from_email = freelancer.email;
  message.to_name = project.contact.empty() ? project.client_name : project.contact;
  message.to_email = project.client_email;
  notice::set_subject_and_body(message, notice_text);
  if (!pdf.empty()) {
    message.attachment_name = attachment_name;
    message.attachment = std::move(pdf);
  }
  return message;
}

std::string email_date_now() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  // Day and month names in English whatever the locale: the header's grammar (RFC 5322) asks for them.
  static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char text[64];
  std::snprintf(text, sizeof text, "%s, %02d %s %04d %02d:%02d:%02d +0000", days[utc.tm_wday], utc.tm_mday,
                months[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return text;
}

}  // namespace sk::workflow
