// A menu item with an icon. wxGTK gives an item an image only when it is created with one: setting the
// bitmap of an item already appended makes GTK cast a plain menu item to an image one and complain.
#pragma once

#include <wx/bmpbndl.h>
#include <wx/menu.h>

namespace sk::gui {

inline wxMenuItem* append_with_icon(wxMenu* menu, int id, const wxString& text, const wxString& help,
                                    const wxBitmapBundle& icon) {
  auto* item = new wxMenuItem(menu, id, text, help);
  item->SetBitmap(icon);
  return menu->Append(item);
}

}  // namespace sk::gui
