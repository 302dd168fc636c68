// The freelancer's letterhead details (name, business, email, phone) as the desktop app saves them in its
// settings file, read here without wxWidgets so the CLI and the core can use the same profile.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "notice/notice_facts.h"

namespace sk::workflow {

// $XDG_CONFIG_HOME/scopekeeper/scopekeeper.ini, else ~/.config/scopekeeper/scopekeeper.ini (the file the
// GUI writes with wxFileConfig). Empty when neither XDG_CONFIG_HOME nor HOME is set.
std::string settings_file_path();

// The [Profile] group of a wxFileConfig INI text: keys Name, Business, Email, Phone, Logo, English. Keys are
// matched exactly (wxFileConfig is case-sensitive), values are unquoted and unescaped as wxFileConfig writes
// them
// ("…" around values with outer spaces, \n \t \r \\ \" inside). Anything else is ignored.
notice::FreelancerProfile parse_profile_ini(std::string_view ini);

// The profile from the file at `path`; an empty profile when the file is missing or unreadable (a notice
// never fails for want of a letterhead).
notice::FreelancerProfile load_freelancer_profile(const std::string& path = settings_file_path());

// One key of the [Profile] group and its new value.
struct ProfileValue {
  std::string key;  // "Name", "Business", "Email", "Phone", "Logo", "English"
  std::string value;
};

// `ini` with the [Profile] keys of `values` set (replaced where present, else added to the group, which is
// added at the end when missing), escaped as wxFileConfig writes them; every other line is kept as it was.
std::string with_profile_values(std::string_view ini, const std::vector<ProfileValue>& values);

// The letterhead to print: when no name is known the business name takes its place (and is not repeated);
// with neither, the letterhead stays empty.
notice::FreelancerProfile neutral_letterhead(notice::FreelancerProfile profile);

}  // namespace sk::workflow
