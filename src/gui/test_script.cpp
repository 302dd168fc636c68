// Plays a GUI test script; see test_script.h.
#include "test_script.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/dataobj.h>
#include <wx/dialog.h>
#include <wx/dir.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/timer.h>
#include <wx/uiaction.h>
#include <wx/utils.h>
#include <wx/weakref.h>

#include "backup_ui.h"
#include "compare_page.h"
#include "deliveries_page.h"
#include "edit_project_dialog.h"
#include "history_page.h"
#include "main_frame.h"
#include "name_prompt.h"
#include "new_project_dialog.h"
#include "notices_page.h"
#include "project_frame.h"
#include "revisions_page.h"
#include "sent_notices_panel.h"
#include "terms_page.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

std::string trim(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

std::vector<std::string> split_fields(const std::string& text) {
  std::vector<std::string> fields;
  std::stringstream in(text);
  std::string field;
  while (std::getline(in, field, '|')) fields.push_back(trim(field));
  if (!trim(text).empty() && trim(text).back() == '|')
    fields.emplace_back();  // "… | " ends with an empty one
  return fields;
}

class TestScript : public wxEvtHandler {
 public:
  TestScript(MainFrame* main, std::vector<std::string> steps, std::string out_dir)
      : main_(main), steps_(std::move(steps)), out_dir_(std::move(out_dir)), timer_(this) {
    log_.open(out_dir_ + "/steps.txt", std::ios::trunc);
    Bind(wxEVT_TIMER, &TestScript::on_tick, this);
    timer_.Start(150);
  }

 private:
  void on_tick(wxTimerEvent&) {
    if (waiting_for_screenshot()) return;
    if (busy()) return;
    if (running_) return;  // a step is inside a modal loop
    if (next_ >= steps_.size()) return finish(0, "");
    const std::string step = steps_[next_++];
    running_ = true;
    std::string problem;
    try {
      problem = run(step);
    } catch (const std::exception& error) {
      problem = error.what();
    }
    running_ = false;
    if (!problem.empty()) finish(1, "step \"" + step + "\": " + problem);
  }

  // Background work, or queued events such as a page's reload after a change, still to come.
  bool busy() const {
    if (wxTheApp->HasPendingEvents()) return true;
    if (!project_) return false;
    return project_->reload_pending() || project_->revisions_page()->busy() ||
           project_->compare_page()->busy();
  }

  bool waiting_for_screenshot() {
    if (screenshot_.empty()) return false;
    if (!wxFileName::FileExists(to_wx(out_dir_ + "/" + screenshot_ + ".done"))) return true;
    screenshot_.clear();
    return false;
  }

  // Runs one step; returns what went wrong, or an empty string.
  std::string run(const std::string& step) {
    const auto space = step.find(' ');
    const std::string verb = step.substr(0, space);
    const std::string rest = space == std::string::npos ? std::string() : trim(step.substr(space + 1));
    if (next_ > 1) log_ << describe();  // what the previous step left on screen, now that it is settled
    log_ << "> " << step << '\n';

    if (verb == "new-project") {
      const std::vector<std::string> f = split_fields(rest);
      if (f.size() != 6 && f.size() != 8 && f.size() != 9) {
        return "needs TITLE | CLIENT | LANG | ROUNDS | MAX_SHARE | EXTRA_PRICE [| CONTACT | GREETING [| "
               "AGREED_ON]]";
      }
      ledger::NewProject project;
      project.title = f[0];
      project.client_name = f[1];
      project.language = f[2];
      project.terms.included_rounds = std::stoi(f[3]);
      project.terms.max_share_percent = std::stod(f[4]);
      if (!f[5].empty()) project.terms.extra_round_price = std::stod(f[5]);
      if (f.size() >= 8) {
        project.contact = f[6];
        project.salutation = f[7];
      }
      if (f.size() == 9) project.terms_from = f[8];
      NewProjectDialog dialog(main_, main_->database(), main_->settings());
      // Typed and confirmed inside the dialog's own modal loop, as a person would.
      dialog.CallAfter([this, &dialog, project] {
        dialog.fill(project);
        take_dialog_screenshot();
        wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
        click.SetEventObject(dialog.FindWindow(wxID_OK));
        dialog.ProcessWindowEvent(click);
      });
      if (dialog.ShowModal() != wxID_OK) return "the New project dialog did not create the project";
      main_->project_created(dialog.created_project_id());
      project_ = find_project_frame();
      if (!project_) return "no project window opened";
    } else if (verb == "open-project") {
      if (!main_->select_project(rest)) return "no project titled \"" + rest + "\" in the list";
      project_ = main_->open_selected();
      if (!project_) return "the project window did not open";
    } else if (verb == "add-revision") {
      if (!project_) return "no project window";
      project_->select_tab(ProjectFrame::Tab::kRevisions);
      project_->revisions_page()->log_files({rest}, workflow::NewRevision{});
    } else if (verb == "drop") {
      // Files dropped on the project window: the drop target the window installed gets them, as from a file
      // manager, and the form it opens is confirmed inside its own modal loop.
      if (!project_) return "no project window";
      auto* target = dynamic_cast<wxFileDropTarget*>(project_->GetDropTarget());
      if (target == nullptr) return "the project window takes no dropped files";
      wxArrayString names;
      for (const std::string& path : split_fields(rest)) names.Add(to_wx(path));
      bool confirmed = false;
      wxTheApp->CallAfter([&confirmed] { confirmed = confirm_modal_dialog(); });
      target->OnDropFiles(0, 0, names);
      if (!confirmed) return "dropping the files opened no form to confirm";
    } else if (verb == "paste-revision") {
      if (!project_) return "no project window";
      project_->select_tab(ProjectFrame::Tab::kRevisions);
      project_->revisions_page()->log_text(rest, workflow::NewRevision{});
    } else if (verb == "withdraw-revision" || verb == "restore-revision") {
      // Revision N selected in the Revisions tab and its Withdraw... (the reason typed into the dialog it
      // opens, confirmed in the dialog's own modal loop) or Restore button pressed.
      if (!project_) return "no project window";
      const std::vector<std::string> f = split_fields(rest);
      const bool withdraw = verb == "withdraw-revision";
      if (f.size() != (withdraw ? 2u : 1u)) return withdraw ? "needs N | REASON" : "needs N";
      project_->select_tab(ProjectFrame::Tab::kRevisions);
      RevisionsPage* page = project_->revisions_page();
      if (!page->select_revision(std::stoi(f[0]))) return "no revision " + f[0] + " in the timeline";
      if (!withdraw) {
        if (!page->restore_selected()) return "the Restore button is disabled";
      } else {
        auto asked = std::make_shared<bool>(false);
        wxTheApp->CallAfter([asked, reason = f[1]] {
          for (wxWindow* window : wxTopLevelWindows) {
            auto* dialog = dynamic_cast<wxTextEntryDialog*>(window);
            if (dialog == nullptr || !dialog->IsModal()) continue;
            dialog->SetValue(to_wx(reason));
            wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
            click.SetEventObject(dialog->FindWindow(wxID_OK));
            dialog->ProcessWindowEvent(click);
            *asked = true;
            return;
          }
        });
        if (!page->withdraw_selected()) return "the Withdraw button is disabled";
        if (!*asked) return "the window did not ask why the revision is withdrawn";
      }
    } else if (verb == "compare") {
      if (!project_) return "no project window";
      project_->select_tab(ProjectFrame::Tab::kCompare);
      project_->compare_page()->compare(std::stoi(rest));
    } else if (verb == "tab") {
      if (!project_) return "no project window";
      const char* names[] = {"terms", "revisions", "compare", "notices", "history", "deliveries"};
      bool found = false;
      for (int i = 0; i < 6; ++i) {
        if (rest == names[i]) {
          project_->select_tab(static_cast<ProjectFrame::Tab>(i));
          found = true;
        }
      }
      if (!found) return "unknown tab";
    } else if (verb == "generate-notice") {
      if (!project_) return "no project window";
      project_->select_tab(ProjectFrame::Tab::kNotices);
      project_->notices_page()->generate();
    } else if (verb == "generate-notice-signing") {
      // As generate-notice, for a freelancer whose profile has no name yet: the window must ask for it
      // (the dialog is answered with REST), keep it in the profile and go on.
      if (!project_) return "no project window";
      auto asked = std::make_shared<bool>(false);
      // REST: NAME [| EMAIL]
      const std::vector<std::string> f = split_fields(rest);
      wxTheApp->CallAfter([asked, name = f.at(0), email = f.size() > 1 ? f[1] : std::string()] {
        for (wxWindow* window : wxTopLevelWindows) {
          auto* dialog = dynamic_cast<NamePromptDialog*>(window);
          if (dialog == nullptr || !dialog->IsModal()) continue;
          dialog->fill(name, email);
          wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
          click.SetEventObject(dialog->FindWindow(wxID_OK));
          dialog->ProcessWindowEvent(click);
          *asked = true;
          return;
        }
      });
      project_->select_tab(ProjectFrame::Tab::kNotices);
      project_->notices_page()->generate();
      if (!*asked) return "the window did not ask for the freelancer's name";
    } else if (verb == "reply-by") {
      if (!project_) return "no project window";
      project_->select_tab(ProjectFrame::Tab::kNotices);
      project_->notices_page()->set_reply_by(rest);
    } else if (verb == "issue-notice") {
      if (!project_) return "no project window";
      if (!project_->notices_page()->issue_to(rest, false)) return "the notice was not saved";
    } else if (verb == "export-csv") {
      if (!project_) return "no project window";
      project_->select_tab(ProjectFrame::Tab::kHistory);
      if (!project_->history_page()->write_csv(rest)) return "the CSV was not written";
    } else if (verb == "expect") {
      const std::string shown = describe();
      if (shown.find(rest) == std::string::npos) return "the window does not show \"" + rest + "\"";
    } else if (verb == "expect-not") {
      if (describe().find(rest) != std::string::npos) return "the window still shows \"" + rest + "\"";
    } else if (verb == "screenshot") {
      screenshot_ = rest;
      std::ofstream(out_dir_ + "/" + rest + ".want") << describe();
    } else if (verb == "file-dialog") {
      // The real file dialog, showing the folder REST (GTK reads the files it lists, the ledger among
      // them), closed after two seconds as if cancelled.
      wxFileDialog dialog(project_ ? static_cast<wxWindow*>(project_) : main_, "Test", to_wx(rest), "",
                          wxFileSelectorDefaultWildcardStr, wxFD_OPEN);
      wxTimer closer;
      closer.Bind(wxEVT_TIMER, [&dialog](wxTimerEvent&) { dialog.EndModal(wxID_CANCEL); });
      closer.StartOnce(2000);
      dialog.ShowModal();
    } else if (verb == "touch-ledger-file") {
      // What any library in this process may do: open the ledger's files, read a little, close them.
      for (const char* suffix : {"", "-wal", "-shm"}) {
        const std::string path = main_->database().path() + suffix;
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return "cannot open " + path;
        char head[64];
        if (::read(fd, head, sizeof head) < 0) return "cannot read " + path;
        ::close(fd);
      }
    } else if (verb == "run") {
      // Another program on the same ledger while the window is open (the shell runs REST; it must succeed).
      const int status = std::system(rest.c_str());
      if (status != 0) return "the command failed (status " + std::to_string(status) + ")";
    } else if (verb == "expect-no-deleted-ledger-files") {
      const std::string deleted = deleted_ledger_files();
      if (!deleted.empty()) return "the app holds deleted ledger files: " + deleted;
    } else if (verb == "edit-project") {
      // The Edit project dialog, filled and saved in its own modal loop.
      if (!project_) return "no project window";
      const std::vector<std::string> f = split_fields(rest);
      if (f.size() != 7 && f.size() != 8) {
        return "needs TITLE | CLIENT | LANG | CURRENCY | EMAIL | CONTACT | GREETING [| reopen]";
      }
      ledger::NewProject values;
      values.title = f[0];
      values.client_name = f[1];
      values.language = f[2];
      values.currency = f[3];
      values.client_email = f[4];
      values.contact = f[5];
      values.salutation = f[6];
      const bool reopen = f.size() == 8 && f[7] == "reopen";
      const bool saved = project_->edit_project([this, &values, reopen](EditProjectDialog& dialog) {
        dialog.fill(values, reopen);
        take_dialog_screenshot();
        wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
        click.SetEventObject(dialog.FindWindow(wxID_OK));
        dialog.ProcessWindowEvent(click);
        if (dialog.GetReturnCode() != wxID_OK) dialog.EndModal(wxID_CANCEL);  // refused: do not hang
      });
      if (!saved) return "the Edit project dialog did not save";
    } else if (verb == "expect-within") {
      // SECONDS | TEXT: the window shows TEXT within SECONDS, by itself (no click, no activation).
      const std::vector<std::string> f = split_fields(rest);
      if (f.size() != 2) return "needs SECONDS | TEXT";
      const wxLongLong deadline = wxGetLocalTimeMillis() + std::stoi(f[0]) * 1000;
      while (describe().find(f[1]) == std::string::npos) {
        if (wxGetLocalTimeMillis() > deadline) {
          return "the window did not show \"" + f[1] + "\" within " + f[0] + " s";
        }
        wxMilliSleep(50);
        wxTheApp->Yield(true);
      }
    } else if (verb == "tab-order") {
      // LABEL | LABEL ...: in the New project dialog, from the title field, each Tab key (pressed through
      // the X server) moves to the field of the next label.
      const std::vector<std::string> expected = split_fields(rest);
      NewProjectDialog dialog(main_, main_->database(), main_->settings());
      std::string problem;
      dialog.CallAfter([&dialog, &expected, &problem] {
        problem = follow_tab_order(dialog, expected);
        dialog.EndModal(wxID_CANCEL);
      });
      dialog.ShowModal();
      if (!problem.empty()) return problem;
    } else if (verb == "backup") {
      if (!back_up_to(main_, main_->database(), rest)) return "the backup was not made";
    } else if (verb == "restore") {
      // File > Restore from backup…, the file chosen and the question answered.
      project_ = nullptr;
      if (!main_->restore(rest)) return "the ledger was not restored";
    } else if (verb == "copy-email") {
      // The selected sent notice copied as an email; the clipboard must hold its subject line.
      if (!project_) return "no project window";
      if (!project_->notices_page()->sent_panel()->copy_as_email()) return "nothing was copied";
      wxClipboardLocker locker;
      wxTextDataObject text;
      if (!locker || !wxTheClipboard->GetData(text)) return "the clipboard holds no text";
      if (!text.GetText().StartsWith("Subject: ")) return "the clipboard holds " + to_utf8(text.GetText());
      std::ofstream(out_dir_ + "/clipboard.txt") << to_utf8(text.GetText());
    } else if (verb == "write-email") {
      // REST is the program run instead of xdg-email.
      if (!project_) return "no project window";
      if (!project_->notices_page()->sent_panel()->write_email(rest)) return "no email was written";
    } else if (verb == "save-eml") {
      if (!project_) return "no project window";
      if (!project_->notices_page()->sent_panel()->save_as_eml(rest)) return "the draft was not saved";
    } else if (verb == "shoot-next-dialog") {
      dialog_screenshot_ = rest;
    } else if (verb == "record-delivery") {
      // PATH | YYYY-MM-DD: the Deliveries tab records the file as delivered that day.
      if (!project_) return "no project window";
      const std::vector<std::string> f = split_fields(rest);
      if (f.size() != 2) return "needs PATH | YYYY-MM-DD";
      project_->select_tab(ProjectFrame::Tab::kDeliveries);
      if (!project_->deliveries_page()->record_delivery(f[0], f[1], ""))
        return "the delivery was not recorded";
    } else if (verb == "approve-delivery") {
      // N | YYYY-MM-DD | HOW
      if (!project_) return "no project window";
      const std::vector<std::string> f = split_fields(rest);
      if (f.size() != 3) return "needs N | YYYY-MM-DD | HOW";
      project_->select_tab(ProjectFrame::Tab::kDeliveries);
      if (!project_->deliveries_page()->record_approval(std::stoi(f[0]), f[1], f[2])) {
        return "the approval was not recorded";
      }
    } else if (verb == "feedback-window") {
      // DAYS | NON-WORKING DAYS | FROM: typed into the Terms tab and saved as a new terms version.
      if (!project_) return "no project window";
      const std::vector<std::string> f = split_fields(rest);
      if (f.size() != 3) return "needs DAYS | NON-WORKING DAYS | FROM";
      project_->select_tab(ProjectFrame::Tab::kTerms);
      project_->terms_page()->type_feedback(std::stoi(f[0]), f[1], f[2]);
      if (!project_->terms_page()->save()) return "the terms were not saved";
    } else if (verb == "show-projects") {
      // The Projects window in front (the project window stays open): `expect` reads the list.
      project_ = nullptr;
      main_->Raise();
    } else if (verb == "quit") {
      next_ = steps_.size();
    } else {
      return "unknown step";
    }
    log_.flush();
    return {};
  }

  // The ledger's files this process still holds open although they were deleted (e.g. a -wal that another
  // program removed), separated by spaces; empty when there are none.
  std::string deleted_ledger_files() const {
    std::string found;
    const std::string prefix = main_->database().path();
    wxDir fds("/proc/self/fd");
    wxString name;
    for (bool more = fds.GetFirst(&name); more; more = fds.GetNext(&name)) {
      char target[4096];
      const std::string link = "/proc/self/fd/" + to_utf8(name);
      const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
      if (n <= 0) continue;
      const std::string file(target, static_cast<std::size_t>(n));
      if (file.find(prefix) != std::string::npos && file.find("(deleted)") != std::string::npos) {
        found += file + " ";
      }
    }
    return found;
  }

  std::string describe() const {
    if (project_) return project_->describe();
    return main_->describe();
  }

  // The label of the form field that has the keyboard focus (the static text before it), without its
  // mnemonic '&' and colon.
  static std::string focused_field_label() {
    wxWindow* focus = wxWindow::FindFocus();
    // A composite control (a combo box's entry) reports its inner window: climb to the form's field.
    while (focus != nullptr && focus->GetContainingSizer() == nullptr) focus = focus->GetParent();
    if (focus == nullptr) return "(nothing)";
    // In a form grid the label is the item before its field.
    wxStaticText* label = nullptr;
    wxWindow* previous = nullptr;
    for (wxSizerItem* item : focus->GetContainingSizer()->GetChildren()) {
      if (item->GetWindow() == focus) {
        label = dynamic_cast<wxStaticText*>(previous);
        break;
      }
      previous = item->GetWindow();
    }
    if (label == nullptr) return "(" + to_utf8(focus->GetClassInfo()->GetClassName()) + ")";
    std::string text = to_utf8(wxStripMenuCodes(label->GetLabel()));
    if (!text.empty() && text.back() == ':') text.pop_back();
    return text;
  }

  static std::string follow_tab_order(wxDialog& dialog, const std::vector<std::string>& expected) {
    wxUIActionSimulator keys;
    // Without a window manager, X sends keys to the window under the pointer: point at the dialog.
    const wxRect area = dialog.GetScreenRect();
    keys.MouseMove(area.GetPosition() + wxPoint(area.GetWidth() / 2, 10));
    dialog.Raise();
    for (int i = 0; i < 20 && wxWindow::FindFocus() == nullptr; ++i) {
      wxMilliSleep(50);
      wxTheApp->Yield(true);
    }
    // Every field Tab reaches, in order, so a failure shows the whole path.
    std::vector<std::string> path{focused_field_label()};
    for (std::size_t i = 1; i < expected.size() + 2; ++i) {
      keys.Char(WXK_TAB);
      for (int wait = 0; wait < 6; ++wait) {
        wxMilliSleep(50);
        wxTheApp->Yield(true);
      }
      path.push_back(focused_field_label());
    }
    bool same = true;
    for (std::size_t i = 0; i < expected.size(); ++i) same = same && path[i] == expected[i];
    if (same) return {};
    std::string went;
    for (const std::string& label : path) went += (went.empty() ? "" : " > ") + label;
    return "Tab went " + went;
  }

  void take_dialog_screenshot() {
    if (dialog_screenshot_.empty()) return;
    screenshot_now(dialog_screenshot_);
    dialog_screenshot_.clear();
  }

  // Inside a modal dialog's loop: asks the shell script for the screenshot NAME and waits for it (at most
  // 20 s), so a dialog can be photographed filled in before it is confirmed.
  void screenshot_now(const std::string& name) {
    std::ofstream(out_dir_ + "/" + name + ".want") << describe();
    const std::string done = out_dir_ + "/" + name + ".done";
    for (int i = 0; i < 400 && !wxFileName::FileExists(to_wx(done)); ++i) {
      wxMilliSleep(50);
      wxTheApp->Yield(true);
    }
  }

  // Presses OK in the modal dialog on screen; false when there is none.
  static bool confirm_modal_dialog() {
    for (wxWindow* window : wxTopLevelWindows) {
      auto* dialog = dynamic_cast<wxDialog*>(window);
      if (dialog == nullptr || !dialog->IsModal()) continue;
      wxCommandEvent click(wxEVT_BUTTON, wxID_OK);
      click.SetEventObject(dialog->FindWindow(wxID_OK));
      dialog->ProcessWindowEvent(click);
      return true;
    }
    return false;
  }

  ProjectFrame* find_project_frame() const {
    for (wxWindow* window : wxTopLevelWindows) {
      if (auto* frame = dynamic_cast<ProjectFrame*>(window)) return frame;
    }
    return nullptr;
  }

  void finish(int code, const std::string& problem) {
    timer_.Stop();
    if (!problem.empty()) {
      log_ << "FAIL: " << problem << '\n' << describe();
      std::fprintf(stderr, "FAIL: %s\n", problem.c_str());
    } else {
      log_ << describe() << "done\n";
    }
    log_.flush();
    std::fflush(stderr);
    wxTheApp->CallAfter([code] {
      wxTheApp->ExitMainLoop();
      std::fflush(nullptr);
      std::_Exit(code);  // the test's verdict; windows and the database are left to the OS
    });
  }

  MainFrame* main_;
  std::vector<std::string> steps_;
  std::string out_dir_;
  std::ofstream log_;
  wxTimer timer_;
  std::size_t next_ = 0;
  bool running_ = false;
  std::string screenshot_;
  std::string dialog_screenshot_;  // shoot-next-dialog: the next dialog the script fills is photographed
  wxWeakRef<ProjectFrame> project_;
};

// Under a test script a failed wx assertion must fail the run, not wait for a click on its dialog.
void fail_on_assert(const wxString& file, int line, const wxString& function, const wxString& condition,
                    const wxString& message) {
  std::fprintf(stderr, "FAIL: wx assertion \"%s\" failed in %s (%s:%d) %s\n", to_utf8(condition).c_str(),
               to_utf8(function).c_str(), to_utf8(file).c_str(), line, to_utf8(message).c_str());
  std::fflush(nullptr);
  std::_Exit(1);
}

}  // namespace

void start_test_script(MainFrame* main, const std::string& script_path, const std::string& out_dir) {
  wxSetAssertHandler(&fail_on_assert);
  std::ifstream in(script_path);
  std::vector<std::string> steps;
  std::string line;
  while (std::getline(in, line)) {
    line = trim(line);
    if (!line.empty() && line[0] != '#') steps.push_back(line);
  }
  if (!in.eof() || steps.empty()) {
    std::fprintf(stderr, "FAIL: cannot read the test script %s\n", script_path.c_str());
    std::_Exit(1);
  }
  new TestScript(main, std::move(steps), out_dir);  // lives until the process exits
}

}  // namespace sk::gui
