// Error dialogs; see error_text.h.
#include "error_text.h"

#include <wx/msgdlg.h>

#include "form.h"

namespace sk::gui {

void show_error_dialog(wxWindow* parent, const wxString& title, const Error& error) {
  const bool in_other_language = error_sentence_translated(error);
  wxMessageDialog dialog(parent, in_other_language ? error_sentence(error) : error_detail(error), title,
                         wxOK | wxICON_ERROR);
  label_message_buttons(dialog);
  if (in_other_language) dialog.SetExtendedMessage(error_detail(error));
  dialog.ShowModal();
}

}  // namespace sk::gui
