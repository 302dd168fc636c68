// Withdrawing and restoring a revision from the window; see withdraw_actions.h.
#include "withdraw_actions.h"

#include <optional>
#include <string>

#include <wx/msgdlg.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include "common/error.h"
#include "error_text.h"
#include "form.h"
#include "ledger/dates.h"
#include "workflow/revision_workflow.h"
#include "wx_text.h"

namespace sk::gui {

wxString withdraw_asking_reason(wxWindow* parent, ledger::Database& db, std::int64_t project_id, int number) {
  wxTextEntryDialog ask(
      parent,
      wxString::Format(
          // TRANSLATORS: the Withdraw dialog; %d is the revision. A withdrawn revision was logged by mistake
          // (wrong project, wrong file): it no longer counts, but it is never erased.
          _("Why are you withdrawing revision %d (the wrong project, the wrong file)? It stays in the "
            "project's record with this reason and can be restored at any time; until then it uses no round, "
            "and later revisions are measured without it."),
          number),
      // TRANSLATORS: title of the dialog asking why a revision logged by mistake is withdrawn
      _("Withdraw revision"));
  label_standard_buttons(&ask);
  if (ask.ShowModal() != wxID_OK) return {};
  const std::string reason = to_utf8(ask.GetValue().Strip(wxString::both));
  if (reason.empty()) {
    message_box(_("A reason is needed: it goes into the project's record."), _("Withdraw revision"),
                wxOK | wxICON_INFORMATION, parent);
    return {};
  }
  try {
    wxBusyCursor wait;
    workflow::withdraw_revision(db, project_id, number, reason, ledger::today());
  } catch (const Error& error) {
    show_error_dialog(parent, _("Cannot change the revision"), error);
    return {};
  }
  // TRANSLATORS: after withdrawing a revision; %d is its number
  return wxString::Format(_("Revision %d withdrawn: it no longer counts, and stays in the record."), number);
}

wxString restore_withdrawn(wxWindow* parent, ledger::Database& db, std::int64_t project_id, int number) {
  try {
    wxBusyCursor wait;
    workflow::restore_revision(db, project_id, number);
  } catch (const Error& error) {
    show_error_dialog(parent, _("Cannot change the revision"), error);
    return {};
  }
  // TRANSLATORS: after restoring a withdrawn revision to what it was before; %d is its number
  return wxString::Format(_("Revision %d restored."), number);
}

}  // namespace sk::gui
