// Sending a stored notice by email; see notice_email_ui.h.
#include "notice_email_ui.h"

#include <exception>
#include <utility>
#include <vector>

#include <wx/clipbrd.h>
#include <wx/dataobj.h>
#include <wx/filedlg.h>
#include <wx/filefn.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/process.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>
#include <wx/weakref.h>

#include "common/error.h"
#include "common/output_file.h"
#include "error_text.h"
#include "form.h"
#include "ledger/notice_store.h"
#include "settings.h"
#include "workflow/notice_email.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

void say_no_mail_program(wxWindow* parent, const std::string& command) {
  message_box(
      // TRANSLATORS: %s is the program that opens the mail program (xdg-email)
      wxString::Format(_("No mail program could be opened (%s did not start one). \"Save as .eml...\" "
                         "writes a draft that any mail program opens, ready to send."),
                       to_wx(command)),
      _("Cannot write the email"), wxOK | wxICON_INFORMATION, parent);
}

// Waits for xdg-email without blocking the window, and reports a failure.
class MailLauncher : public wxProcess {
 public:
  MailLauncher(wxWindow* parent, std::string command, std::function<void()> failed)
      : parent_(parent), command_(std::move(command)), failed_(std::move(failed)) {}
  void OnTerminate(int, int status) override {
    if (status != 0) {
      if (failed_) failed_();
      // The window may have been closed while the mail program ran: then the message has no parent.
      say_no_mail_program(parent_.get(), command_);
    }
    delete this;
  }

 private:
  wxWeakRef<wxWindow> parent_;
  std::string command_;
  std::function<void()> failed_;
};

// `command` as a program that exists: a path to an executable file, or a name found on PATH.
bool program_exists(const std::string& command) {
  if (command.find('/') != std::string::npos) return wxFileName::IsFileExecutable(to_wx(command));
  wxPathList path;
  path.AddEnvList("PATH");
  const wxString found = path.FindAbsoluteValidPath(to_wx(command));
  return !found.empty() && wxFileName::IsFileExecutable(found);
}

}  // namespace

std::optional<notice::EmailMessage> notice_as_email(wxWindow* parent, ledger::Database& db,
                                                    const Settings& settings, std::int64_t project_id,
                                                    const std::string& project_title,
                                                    const model::SentNoticeRow& row) {
  try {
    wxBusyCursor busy;
    const Profile profile = settings.profile();
    notice::FreelancerProfile freelancer;
    freelancer.name = profile.name;
    freelancer.email = profile.email;
    std::string pdf = row.pdf_bytes > 0 ? ledger::notice_pdf(db, row.id) : std::string();
    return workflow::notice_email(db, project_id, row.text, std::move(pdf),
                                  model::default_pdf_name(project_title, row.kind, row.revision), freelancer);
  } catch (const Error& error) {
    show_error_dialog(parent, _("Cannot read the notice"), error);
  }
  return std::nullopt;
}

bool copy_email_text(const notice::EmailMessage& message) {
  wxClipboardLocker locker;
  if (!locker) return false;
  wxTheClipboard->SetData(new wxTextDataObject(to_wx(notice::as_plain_text(message))));
  wxTheClipboard->Flush();  // stays on the clipboard after the app quits
  return true;
}

bool write_email(wxWindow* parent, const notice::EmailMessage& message, const std::string& command,
                 std::function<void()> failed) {
  if (!program_exists(command)) {
    say_no_mail_program(parent, command);
    return false;
  }
  std::vector<std::string> args = {command, "--utf8", "--subject", message.subject, "--body", message.body};
  if (!message.attachment.empty()) {
    try {
      args.push_back("--attach");
      args.push_back(model::write_temp_file(message.attachment_name, message.attachment));
    } catch (const Error& error) {
      show_error_dialog(parent, _("Cannot write the email"), error);
      return false;
    }
  }
  if (!message.to_email.empty()) args.push_back(message.to_email);
  // An argument vector, never a shell line: the subject and the letter are passed as they are.
  std::vector<wxString> wide;
  for (const std::string& arg : args) wide.push_back(to_wx(arg));
  std::vector<const wchar_t*> argv;
  for (const wxString& arg : wide) argv.push_back(arg.wc_str());
  argv.push_back(nullptr);
  auto* launcher = new MailLauncher(parent, command, std::move(failed));
  if (wxExecute(argv.data(), wxEXEC_ASYNC, launcher) <= 0) {
    delete launcher;
    say_no_mail_program(parent, command);
    return false;
  }
  return true;
}

std::string save_eml(wxWindow* parent, ledger::Database& db, const notice::EmailMessage& message,
                     const std::string& suggested_name, const std::string& path) {
  std::string target = path;
  if (target.empty()) {
    wxFileDialog dialog(parent, _("Save the email draft"), wxStandardPaths::Get().GetDocumentsDir(),
                        to_wx(suggested_name),
                        // TRANSLATORS: file dialog filter for email drafts
                        _("Email drafts (*.eml)|*.eml|All files|*"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return {};
    target = to_utf8(dialog.GetPath());
  }
  try {
    wxBusyCursor busy;
    const std::string eml = notice::to_eml(message, workflow::email_date_now(), target);
    write_output_file(target, eml, {true, ledger_files(db.path()), ""});  // the dialog asked before replacing
  } catch (const Error& error) {
    show_error_dialog(parent, _("Cannot save the email draft"), error);
    return {};
  } catch (const std::exception& error) {
    message_box(to_wx(error.what()), _("Cannot save the email draft"), wxOK | wxICON_ERROR, parent);
    return {};
  }
  return target;
}

}  // namespace sk::gui
