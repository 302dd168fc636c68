// `scopekeeper-cli profile show|set`: the freelancer's name and letterhead, kept in the same settings file
// the desktop app writes (workflow/freelancer_profile.h), so both front ends sign letters alike.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/commands.h"
#include "common/error.h"
#include "common/one_line_text.h"
#include "common/output_file.h"
#include "workflow/freelancer_profile.h"

namespace sk::cli {

namespace {

// The trimmed value given for `key` ("Email"), as it will be written.
std::string values_email(const std::vector<workflow::ProfileValue>& values) {
  for (const auto& v : values) {
    if (v.key == "Email") return v.value;
  }
  return {};
}

struct ProfileOptions {
  std::optional<std::string> name, business, email, phone, logo, english;
};

std::string read_settings(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int run_show() {
  const std::string path = workflow::settings_file_path();
  const notice::FreelancerProfile p = workflow::load_freelancer_profile(path);
  auto line = [](const char* what, const std::string& value, const char* unset) {
    std::cout << what << (value.empty() ? unset : value) << '\n';
  };
  line("name:      ", p.name, "(not set: notices cannot be written until it is)");
  line("business:  ", p.business, "-");
  line("email:     ", p.email, "-");
  line("phone:     ", p.phone, "-");
  line("logo:      ", p.logo_path, "-");
  line("English:   ", p.english, "en-GB (14 March 2025)");
  std::cout << "settings file: " << (path.empty() ? "(none: neither XDG_CONFIG_HOME nor HOME is set)" : path)
            << '\n';
  return 0;
}

int run_set(const ProfileOptions& o) {
  std::vector<workflow::ProfileValue> values;
  auto add = [&](const char* key, const char* what, const std::optional<std::string>& value) {
    if (!value) return;
    if (std::string problem = one_line_text_problem(*value); !problem.empty()) {
      throw Error(ErrorKind::kInvalidInput, what, problem);
    }
    const auto begin = value->find_first_not_of(" \t");
    values.push_back({key, begin == std::string::npos
                               ? std::string()
                               : value->substr(begin, value->find_last_not_of(" \t") - begin + 1)});
  };
  add("Name", "--name", o.name);
  add("Business", "--business", o.business);
  add("Email", "--email", o.email);
  add("Phone", "--phone", o.phone);
  add("Logo", "--logo", o.logo);
  add("English", "--english", o.english);
  if (values.empty()) throw Error(ErrorKind::kInvalidInput, "profile set", "nothing to set; see --help");
  if (o.name && o.name->find_first_not_of(" \t") == std::string::npos) {
    throw Error(ErrorKind::kInvalidInput, "--name", "is empty; a notice is signed with it");
  }
  if (o.email && o.email->find_first_not_of(" \t") != std::string::npos &&
      !looks_like_email(values_email(values))) {
    throw Error(ErrorKind::kInvalidInput, "--email",
                "\"" + values_email(values) + "\" does not look like an email address (name@example.com)");
  }
  if (o.logo && !o.logo->empty() && !std::filesystem::is_regular_file(*o.logo)) {
    throw Error(ErrorKind::kNotFound, *o.logo, "no such file (the logo is a PNG or JPEG image)");
  }
  const std::string path = workflow::settings_file_path();
  if (path.empty()) {
    throw Error(ErrorKind::kNotFound, "settings file", "neither XDG_CONFIG_HOME nor HOME is set");
  }
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  const std::string ini = workflow::with_profile_values(read_settings(path), values);
  write_output_file(path, ini, {true, {}, ""});
  for (const workflow::ProfileValue& v : values) std::cout << "set " << v.key << " in " << path << '\n';
  return 0;
}

}  // namespace

Runner add_profile_command(CLI::App& app, const GlobalOptions&) {
  auto o = std::make_shared<ProfileOptions>();
  CLI::App* profile = app.add_subcommand(
      "profile", "Your name and letterhead: they sign every notice (shared with the desktop app)");
  profile->require_subcommand(1);
  CLI::App* show = profile->add_subcommand("show", "Print your profile and where it is kept");
  CLI::App* set = profile->add_subcommand("set", "Set one or more fields of your profile");
  set->add_option("--name", o->name, "Your name, as you sign letters");
  set->add_option("--business", o->business, "Your business name (optional)");
  set->add_option("--email", o->email, "Your email, on the letterhead (optional)");
  set->add_option("--phone", o->phone, "Your phone number, on the letterhead (optional)");
  set->add_option("--logo", o->logo, "A PNG or JPEG shown on the letterhead (\"\" for none)");
  set->add_option("--english", o->english,
                  "How English letters write dates: en-GB (14 March) or en-US (March 14)")
      ->check(CLI::IsMember({"en-GB", "en-US"}));
  return [o, show, set]() {
    if (show->parsed()) return run_show();
    if (set->parsed()) return run_set(*o);
    return 0;
  };
}

}  // namespace sk::cli
