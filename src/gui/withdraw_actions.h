// The Revisions tab's Withdraw... and Restore actions: a revision logged by mistake (to the wrong project,
// the wrong file) is withdrawn with a reason the user gives — the dialog says in one sentence that it stays
// in the record and can be restored — or restored to what it was; both through workflow/revision_workflow.h,
// with today's date. Refusals are shown in a dialog.
#pragma once

#include <cstdint>

#include <wx/string.h>

class wxWindow;

namespace sk::ledger {
class Database;
}

namespace sk::gui {

// Asks why revision `number` is withdrawn, then withdraws it today. Returns the sentence to report
// ("Revision 3 withdrawn: ..."), or an empty string when nothing was done: cancelled, no reason given, or
// refused by core (said in a dialog).
wxString withdraw_asking_reason(wxWindow* parent, ledger::Database& db, std::int64_t project_id, int number);

// Restores withdrawn revision `number` without asking (withdrawing it again undoes it). Returns the sentence
// to report, or an empty string when core refused (said in a dialog).
wxString restore_withdrawn(wxWindow* parent, ledger::Database& db, std::int64_t project_id, int number);

}  // namespace sk::gui
