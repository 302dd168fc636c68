// The desktop app's entry point: parses --db, opens the ledger and shows the main window.
// Exit codes: 0 normally and for --help, 2 when the database cannot be opened or the command line is wrong.
#include <memory>
#include <optional>

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/msgdlg.h>

#include "common/error.h"
#include "ledger/database.h"
#include "ledger/paths.h"
#include "main_frame.h"
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
    if (!wxApp::OnInit()) {  // parses the command line
      if (!g_exit_code) g_exit_code = 2;
      return false;
    }
    try {
      std::string path = to_utf8(db_path_);
      if (path.empty()) {
        path = ledger::default_database_path();
        ledger::ensure_parent_directory(path);
      }
      db_ = std::make_unique<ledger::Database>(ledger::Database::open(path));
    } catch (const Error& error) {
      wxMessageBox(to_wx(describe(error)), _("Scopekeeper cannot open its database"), wxOK | wxICON_ERROR);
      g_exit_code = 2;
      return false;
    }
    auto* frame = new MainFrame(*db_);
    frame->Show();
    return true;
  }

  int OnExit() override {
    db_.reset();  // after the frame, which uses it, is gone
    return wxApp::OnExit();
  }

  void OnInitCmdLine(wxCmdLineParser& parser) override {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption("", "db", _("use the database file PATH instead of the default one"),
                     wxCMD_LINE_VAL_STRING);
  }

  bool OnCmdLineParsed(wxCmdLineParser& parser) override {
    if (!wxApp::OnCmdLineParsed(parser)) return false;
    parser.Found("db", &db_path_);
    return true;
  }

  bool OnCmdLineHelp(wxCmdLineParser& parser) override {
    g_exit_code = 0;
    return wxApp::OnCmdLineHelp(parser);
  }

 private:
  wxString db_path_;
  std::unique_ptr<ledger::Database> db_;
};

}  // namespace

}  // namespace sk::gui

wxIMPLEMENT_APP_NO_MAIN(sk::gui::App);

int main(int argc, char** argv) {
  const int code = wxEntry(argc, argv);
  return sk::gui::g_exit_code.value_or(code);
}
