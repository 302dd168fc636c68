// Asking for the freelancer's name once; see name_prompt.h.
#include "name_prompt.h"

#include <wx/textdlg.h>

#include "settings.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

bool blank(const std::string& text) {
  return text.find_first_not_of(" \t") == std::string::npos;
}

}  // namespace

bool ensure_profile_name(wxWindow* parent, Settings& settings) {
  Profile profile = settings.profile();
  if (!blank(profile.name)) return true;
  wxTextEntryDialog dialog(parent,
                           _("Every notice is signed with your name. How should your letters be signed?\n"
                             "It is kept in your profile (Settings), for every notice."),
                           _("Your name"));
  while (dialog.ShowModal() == wxID_OK) {
    const std::string name = to_utf8(dialog.GetValue().Strip(wxString::both));
    if (blank(name)) continue;  // asked again: a letter needs a name
    profile.name = name;
    settings.set_profile(profile);
    settings.flush();
    return true;
  }
  return false;
}

}  // namespace sk::gui
