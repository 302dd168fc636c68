// Sending a stored notice the way freelancers send things: "Copy as email" (the subject and the letter on
// the clipboard, in the notice's language), "Write email…" (the desktop's mail program opened by
// xdg-email with the client's address, the subject, the letter and the PDF attached) and "Save as .eml…"
// (a draft any mail program opens ready to send). The message is core's (workflow/notice_email.h).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "ledger/database.h"
#include "model/notice_draft.h"
#include "notice/email_message.h"

class wxWindow;

namespace sk::gui {

class Settings;

// The stored notice `row` of project `project_id` as an email from the profile in `settings`; nullopt
// after showing why it cannot be read.
std::optional<notice::EmailMessage> notice_as_email(wxWindow* parent, ledger::Database& db,
                                                    const Settings& settings, std::int64_t project_id,
                                                    const std::string& project_title,
                                                    const model::SentNoticeRow& row);

// Puts "Subject: …" and the letter on the clipboard (kept after the app quits). False when the clipboard
// cannot be opened.
bool copy_email_text(const notice::EmailMessage& message);

// Opens the mail program with the message, its PDF written to a temporary file and attached. `command`
// is the program to run ("xdg-email"; the GUI tests pass their own). False when it could not be started
// (not installed): said over `parent`, with a pointer to Save as .eml. When it starts but then fails, the
// same is said later and `failed` is called (on the UI thread).
bool write_email(wxWindow* parent, const notice::EmailMessage& message, const std::string& command,
                 std::function<void()> failed);

// Asks where to save the draft (suggesting `suggested_name`) and writes it; returns where, or an empty
// string when cancelled or refused (the reason shown). `path` given: written there without asking (GUI
// tests).
std::string save_eml(wxWindow* parent, ledger::Database& db, const notice::EmailMessage& message,
                     const std::string& suggested_name, const std::string& path = {});

}  // namespace sk::gui
