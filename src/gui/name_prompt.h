// A notice is never written unsigned: when the profile has no name yet, the window asks for it once, keeps
// it in the profile (the same one Settings ▸ Profile edits, shared with the CLI) and goes on.
#pragma once

class wxWindow;

namespace sk::gui {

class Settings;

// True when the profile has a name, or the freelancer has just given one (saved at once). False when they
// cancelled: the caller writes no notice.
bool ensure_profile_name(wxWindow* parent, Settings& settings);

}  // namespace sk::gui
