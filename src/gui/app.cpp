// The desktop app's entry point: parses --db and --lang, loads the settings and the translations, opens the
// ledger and shows the main window. Exit codes: 0 normally and for --help, 2 when the database cannot be
// opened or the command line is wrong. For the GUI tests only (hidden): --test-compare OLD NEW opens the
// Compare view on two files at start-up.
#include <cstdlib>
#include <memory>
#include <optional>
#include <vector>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/msgdlg.h>
#include <wx/msgout.h>

#include "common/error.h"
#include "date_field.h"
#include "error_text.h"
#include "ledger/database.h"
#include "ledger/paths.h"
#include "main_frame.h"
#include "model/font_languages.h"
#include "settings.h"
#include "test_script.h"
#include "translations.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

// wxEntry() returns -1 whenever OnInit() fails; this says which exit code that failure deserves.
std::optional<int> g_exit_code;

class App : public wxApp {
 public:
  bool OnInit() override {
    SetAppName("scopekeeper");
    SetAppDisplayName("Scopekeeper");
    settings_ = std::make_unique<Settings>(Settings::default_path());
    // Before the command line is parsed, so its help and errors are translated too (--lang comes later).
    set_date_field_language(set_up_translations(settings_->ui_language()), settings_->profile().english);
    if (!wxApp::OnInit()) {  // parses the command line
      if (!g_exit_code) g_exit_code = 2;
      return false;
    }
    if (!lang_.empty())
      set_date_field_language(set_up_translations(to_utf8(lang_)), settings_->profile().english);
    try {
      std::string path = to_utf8(db_path_);
      if (path.empty()) {
        path = ledger::default_database_path();
        ledger::ensure_parent_directory(path);
      }
      db_ = std::make_unique<ledger::Database>(ledger::Database::open(path));
    } catch (const Error& error) {
      show_error_dialog(nullptr, _("Scopekeeper cannot open its database"), error);
      g_exit_code = 2;
      return false;
    }
    auto* frame = new MainFrame(*db_, *settings_);
    frame->Show();
    if (test_compare_.size() == 2) frame->compare(to_utf8(test_compare_[0]), to_utf8(test_compare_[1]));
    if (!test_script_.empty()) start_test_script(frame, to_utf8(test_script_), to_utf8(test_out_));
    return true;
  }

  int OnExit() override {
    db_.reset();  // after the frame, which uses it, is gone
    settings_.reset();
    return wxApp::OnExit();
  }

  void OnInitCmdLine(wxCmdLineParser& parser) override {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption("", "db", _("use the database file PATH instead of the default one"),
                     wxCMD_LINE_VAL_STRING);
    parser.AddOption("", "lang", _("use the interface language LANG (en, ko or ro) instead of the setting"),
                     wxCMD_LINE_VAL_STRING);
    parser.AddSwitch("", "test-compare", "for tests: compare the files OLD NEW at start-up",
                     wxCMD_LINE_HIDDEN);
    parser.AddOption("", "test-script", "for tests: play the GUI test script FILE (see test_script.h)",
                     wxCMD_LINE_VAL_STRING, wxCMD_LINE_HIDDEN);
    parser.AddOption("", "test-out", "for tests: where the test script writes its record",
                     wxCMD_LINE_VAL_STRING, wxCMD_LINE_HIDDEN);
    parser.AddParam("OLD NEW", wxCMD_LINE_VAL_STRING,
                    wxCMD_LINE_PARAM_OPTIONAL | wxCMD_LINE_PARAM_MULTIPLE | wxCMD_LINE_HIDDEN);
  }

  bool OnCmdLineParsed(wxCmdLineParser& parser) override {
    if (!wxApp::OnCmdLineParsed(parser)) return false;
    parser.Found("db", &db_path_);
    if (parser.Found("test-script", &test_script_) && !parser.Found("test-out", &test_out_)) {
      wxMessageOutput::Get()->Printf("scopekeeper: --test-script needs --test-out DIR\n");
      return false;
    }
    if (parser.Found("lang", &lang_) && !is_known_language(to_utf8(lang_))) {
      wxMessageOutput::Get()->Printf("scopekeeper: --lang must be en, ko or ro\n");
      return false;
    }
    if (parser.Found("test-compare")) {
      if (parser.GetParamCount() != 2) {
        wxMessageOutput::Get()->Printf("scopekeeper: --test-compare needs two files, OLD NEW\n");
        return false;
      }
      test_compare_ = {parser.GetParam(0), parser.GetParam(1)};
    } else if (parser.GetParamCount() > 0) {
      wxMessageOutput::Get()->Printf("scopekeeper: unexpected argument %s\n", parser.GetParam(0));
      return false;
    }
    return true;
  }

  bool OnCmdLineHelp(wxCmdLineParser& parser) override {
    g_exit_code = 0;
    return wxApp::OnCmdLineHelp(parser);
  }

 private:
  wxString db_path_;
  wxString lang_;
  std::vector<wxString> test_compare_;
  wxString test_script_;
  wxString test_out_;
  std::unique_ptr<Settings> settings_;
  std::unique_ptr<ledger::Database> db_;
};

}  // namespace

}  // namespace sk::gui

wxIMPLEMENT_APP_NO_MAIN(sk::gui::App);

int main(int argc, char** argv) {
  // Before GTK starts fontconfig: Latin text from one font in a CJK locale (model/font_languages.h).
  const auto env = [](const char* name) {
    const char* value = std::getenv(name);
    return std::string(value != nullptr ? value : "");
  };
  if (const auto languages =
          sk::gui::model::fontconfig_languages(env("FC_LANG"), env("LC_ALL"), env("LC_CTYPE"), env("LANG"))) {
    setenv("FC_LANG", languages->c_str(), 1);
  }
  const int code = wxEntry(argc, argv);
  return sk::gui::g_exit_code.value_or(code);
}
