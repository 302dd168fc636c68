// Backup and restore from the window; see backup_ui.h.
#include "backup_ui.h"

#include <wx/datetime.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "common/error.h"
#include "error_text.h"
#include "form.h"
#include "ledger/backup.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

// TRANSLATORS: file dialog filter for ledger backups
wxString backup_wildcard() {
  return _("Scopekeeper ledgers and safety copies (*.db;*.bak)|*.db;*.bak|All files|*");
}

}  // namespace

std::string back_up_with_dialog(wxWindow* parent, ledger::Database& db) {
  const wxString suggested = "scopekeeper-backup-" + wxDateTime::Today().FormatISODate() + ".db";
  wxFileDialog dialog(parent, _("Back up the ledger"), wxStandardPaths::Get().GetDocumentsDir(), suggested,
                      backup_wildcard(), wxFD_SAVE);
  if (dialog.ShowModal() != wxID_OK) return {};
  const std::string path = to_utf8(dialog.GetPath());
  if (!back_up_to(parent, db, path)) return {};
  // TRANSLATORS: %s is the backup file
  message_box(wxString::Format(_("The whole ledger was copied to %s."), to_wx(path)), _("Backup made"),
              wxOK | wxICON_INFORMATION, parent);
  return path;
}

bool back_up_to(wxWindow* parent, ledger::Database& db, const std::string& path) {
  try {
    wxBusyCursor busy;
    ledger::backup_to(db, path);
  } catch (const Error& error) {
    show_error_dialog(parent, _("The backup was not made"), error);
    return false;
  }
  return true;
}

bool restore_with_dialog(wxWindow* parent, ledger::Database& db) {
  wxFileDialog dialog(parent, _("Restore the ledger from a backup"), wxStandardPaths::Get().GetDocumentsDir(),
                      wxEmptyString, backup_wildcard(), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dialog.ShowModal() != wxID_OK) return false;
  const std::string path = to_utf8(dialog.GetPath());
  std::string safety_copy;
  if (!restore_from(parent, db, path, true, &safety_copy)) return false;
  message_box(
      // TRANSLATORS: first %s the backup, second %s the copy of what it replaced
      wxString::Format(_("The ledger now holds the backup %s. What it held before is in %s."), to_wx(path),
                       to_wx(safety_copy)),
      _("Restored"), wxOK | wxICON_INFORMATION, parent);
  return true;
}

bool restore_from(wxWindow* parent, ledger::Database& db, const std::string& path, bool ask,
                  std::string* safety_copy_written) {
  const std::string ledger_path = db.path();
  const std::string safety_copy = ledger::safety_backup_path(ledger_path, "before-restore");
  if (ask) {
    wxMessageDialog confirm(
        parent,
        // TRANSLATORS: %s is the backup chosen
        wxString::Format(_("Replace everything in the ledger with the backup %s?"), to_wx(path)),
        _("Restore from backup"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    label_message_buttons(confirm);
    // TRANSLATORS: %s is the file the current contents are copied to
    confirm.SetExtendedMessage(wxString::Format(
        _("What the ledger holds now is copied to %s first, so nothing is lost; you can restore that copy "
          "the same way."),
        to_wx(safety_copy)));
    confirm.SetYesNoLabels(_("Restore"), _("Cancel"));
    if (confirm.ShowModal() != wxID_YES) return false;
  }
  try {
    wxBusyCursor busy;
    ledger::restore_from(db, path, safety_copy);
  } catch (const Error& error) {
    show_error_dialog(parent, _("The ledger was not restored"), error);
    return false;
  }
  try {
    // Reopening upgrades a backup made by an older version.
    db = ledger::Database::open(ledger_path);
  } catch (const Error& error) {
    show_error_dialog(parent, _("The restored ledger cannot be opened"), error);
    return false;
  }
  if (safety_copy_written != nullptr) *safety_copy_written = safety_copy;
  return true;
}

}  // namespace sk::gui
