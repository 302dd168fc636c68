// Watching the ledger for other programs' changes; see ledger_watch.h.
#include "ledger_watch.h"

#include <wx/dialog.h>
#include <wx/toplevel.h>

#include "common/error.h"

namespace sk::gui {

namespace {
constexpr int kIntervalMs = 1000;
}

LedgerWatch::LedgerWatch(ledger::Database& db, std::function<void()> changed)
    : db_(db), changed_(std::move(changed)) {
  seen();
  Start(kIntervalMs);
}

void LedgerWatch::seen() {
  try {
    version_ = db_.data_version();
  } catch (const Error&) {
    version_ = -1;  // asked again at the next tick
  }
}

void LedgerWatch::Notify() {
  if (modal_dialog_open()) return;
  std::int64_t now = 0;
  try {
    now = db_.data_version();
  } catch (const Error&) {
    return;  // busy or gone for a moment: the windows say so when they read; look again later
  }
  if (now == version_) return;
  version_ = now;
  changed_();
}

bool modal_dialog_open() {
  for (wxWindow* window : wxTopLevelWindows) {
    const auto* dialog = wxDynamicCast(window, wxDialog);
    if (dialog != nullptr && dialog->IsModal()) return true;
  }
  return false;
}

}  // namespace sk::gui
