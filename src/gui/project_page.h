// What every tab of the project window shares: the database, the settings, which project, and a way to
// say "I changed the ledger" so the window reads the record again and hands it to every tab.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include <wx/panel.h>

#include "ledger/database.h"
#include "ledger/history.h"

namespace sk::gui {

class Settings;

struct ProjectContext {
  ledger::Database& db;  // the UI thread's connection; background work opens its own (db.path())
  Settings& settings;
  std::int64_t project_id = 0;
  // Call after writing to the ledger: the project window reloads the history and calls show() on every
  // page (possibly later, on the UI thread). Never null.
  std::function<void()> changed;
  // Asks the window to show the Compare tab for revision `number` against the one before it.
  std::function<void(int number)> compare_revision;
};

// One tab of the project window. Pages only display what show() hands them and write through core.
class ProjectPage : public wxPanel {
 public:
  ProjectPage(wxWindow* parent, ProjectContext& context) : wxPanel(parent), context_(context) {}

  // The project's whole record, freshly read: after opening, on each activation of the window and after
  // each change. `history` lives until the next call. Keep the selection where it still makes sense.
  virtual void show(const ledger::ProjectHistory& history) = 0;

  // What the page shows now, as plain lines of text (headings, field values, list rows, remarks), for the
  // GUI tests' step-by-step checks (--test-script). UTF-8.
  virtual std::string describe() const = 0;

  // Another program changed the record: a sentence about this window's last action ("Revision 2 logged")
  // may no longer be true, so pages that show one clear it.
  virtual void forget_message() {}

 protected:
  ProjectContext& context_;
};

}  // namespace sk::gui
