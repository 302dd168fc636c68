// Remembering where top-level windows were and how wide list columns were, between runs (via Settings).
#pragma once

#include <string>

class wxListCtrl;
class wxTopLevelWindow;
class wxSize;

namespace sk::gui {

class Settings;

// Gives `window` its remembered size and position when they fit on a screen today, else `fallback` size
// centred. Maximises it again when it was maximised.
void restore_window_place(wxTopLevelWindow* window, const Settings& settings, const std::string& name,
                          const wxSize& fallback);
void save_window_place(const wxTopLevelWindow* window, Settings& settings, const std::string& name);

// Column widths of a report-mode list, by name; restoring ignores a saved list of another length.
void restore_column_widths(wxListCtrl* list, const Settings& settings, const std::string& name);
void save_column_widths(const wxListCtrl* list, Settings& settings, const std::string& name);

}  // namespace sk::gui
