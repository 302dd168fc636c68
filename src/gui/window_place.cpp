// Remembered window places and column widths; see window_place.h.
#include "window_place.h"

#include <vector>

#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/toplevel.h>

#include "settings.h"

namespace sk::gui {

void restore_window_place(wxTopLevelWindow* window, const Settings& settings, const std::string& name,
                          const wxSize& fallback) {
  const std::optional<WindowPlace> place = settings.window_place(name);
  const wxRect rect = place ? wxRect(place->x, place->y, place->width, place->height) : wxRect();
  // Only where it is still on a screen (a monitor may have been unplugged since).
  if (place && wxDisplay::GetFromPoint(rect.GetTopLeft() + wxPoint(40, 20)) != wxNOT_FOUND) {
    window->SetSize(rect);
    if (place->maximized) window->Maximize();
    return;
  }
  window->SetSize(fallback);
  window->Centre();
}

void save_window_place(const wxTopLevelWindow* window, Settings& settings, const std::string& name) {
  if (window->IsIconized()) return;
  if (window->IsMaximized()) {
    // Keep the size it had before it was maximised, to come back to.
    WindowPlace place = settings.window_place(name).value_or(WindowPlace{0, 0, 1040, 660, false});
    place.maximized = true;
    settings.set_window_place(name, place);
    return;
  }
  const wxRect rect = window->GetRect();
  settings.set_window_place(name, {rect.x, rect.y, rect.width, rect.height, false});
}

void restore_column_widths(wxListCtrl* list, const Settings& settings, const std::string& name) {
  const std::vector<int> widths = settings.column_widths(name);
  if (static_cast<int>(widths.size()) != list->GetColumnCount()) return;
  for (int column = 0; column < list->GetColumnCount(); ++column) {
    if (widths[column] >= 20) list->SetColumnWidth(column, widths[column]);
  }
}

void save_column_widths(const wxListCtrl* list, Settings& settings, const std::string& name) {
  std::vector<int> widths;
  for (int column = 0; column < list->GetColumnCount(); ++column)
    widths.push_back(list->GetColumnWidth(column));
  settings.set_column_widths(name, widths);
}

}  // namespace sk::gui
