// Keeps the windows true to the ledger while another program writes to it: every second (on the UI thread)
// it asks the ledger whether another connection committed since the last look (ledger::Database::
// data_version) and, if so, calls `changed` — unless a modal dialog is open (a form being filled is not
// rebuilt under the person typing; the look is repeated after it closes).
#pragma once

#include <cstdint>
#include <functional>

#include <wx/timer.h>

#include "ledger/database.h"

namespace sk::gui {

class LedgerWatch : public wxTimer {
 public:
  // `db` must outlive the watch. Starts watching at once.
  LedgerWatch(ledger::Database& db, std::function<void()> changed);

  // Takes the current state as seen (after the window reread the ledger itself).
  void seen();

 private:
  void Notify() override;

  ledger::Database& db_;
  std::function<void()> changed_;
  std::int64_t version_ = -1;
};

// True when a modal dialog of this app is showing.
bool modal_dialog_open();

}  // namespace sk::gui
