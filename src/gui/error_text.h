// Error dialogs in the user's language (see error_words.h for the words).
#pragma once

#include <wx/string.h>

#include "common/error.h"
#include "error_words.h"

class wxWindow;

namespace sk::gui {

// A modal error dialog titled `title`: the sentence in the interface language, with core's precise words as
// the extended message (English interface: the precise words as the message).
void show_error_dialog(wxWindow* parent, const wxString& title, const Error& error);

}  // namespace sk::gui
