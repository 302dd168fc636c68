// For the GUI tests only (hidden option --test-script FILE): plays a script of steps through the real
// windows — the New project dialog filled and confirmed, files logged through the Revisions tab, a
// comparison, a notice — waiting for each step's background work, and writes what the windows show after
// each step into OUT_DIR/steps.txt. `expect TEXT` fails the run (exit 1) when the current window does not
// show TEXT; `screenshot NAME` asks the test's shell script for a screenshot (it writes OUT_DIR/NAME.want,
// the script answers with OUT_DIR/NAME.done) so the picture is taken by the X server, not by us.
//
// Steps, one per line ('#' starts a comment):
//   new-project TITLE | CLIENT | LANG | ROUNDS | MAX_SHARE | EXTRA_PRICE [| CONTACT | GREETING [| AGREED_ON]]
//   open-project TITLE            add-revision PATH            paste-revision TEXT
//   drop PATH | PATH ...          (files dropped on the project window; its form is confirmed)
//   withdraw-revision N | REASON  (Revisions tab: Withdraw..., the reason typed in its dialog)
//   restore-revision N            (Revisions tab: Restore)
//   compare N                     tab terms|revisions|compare|notices|history|deliveries
//   generate-notice               issue-notice PDF_PATH        export-csv CSV_PATH
//   generate-notice-signing NAME [| EMAIL]  (the window asks for the freelancer's name; answered so)
//   reply-by YYYY-MM-DD           (the next notice asks for an answer by that day)
//   expect TEXT                   expect-not TEXT              screenshot NAME              quit
//   file-dialog FOLDER            (the real file dialog on FOLDER, cancelled after 2 s)
//   touch-ledger-file             (opens, reads and closes the ledger's files inside the app's process)
//   run SHELL COMMAND             (another program, e.g. the CLI on the same ledger; must exit 0)
//   expect-no-deleted-ledger-files  (the app holds no deleted -wal/-shm: /proc/self/fd)
//   edit-project TITLE | CLIENT | LANG | CURRENCY | EMAIL | CONTACT | GREETING [| reopen]
//   expect-within SECONDS | TEXT  (shown within SECONDS without any click: e.g. after the CLI wrote)
//   backup PATH                   restore PATH   (File > Back up ledger… / Restore from backup…)
//   copy-email   write-email PROGRAM   save-eml PATH   (the selected sent notice as an email; PROGRAM
//                                                       stands in for xdg-email)
//   shoot-next-dialog NAME        (the next New/Edit project dialog is photographed filled in, as NAME)
//   record-delivery PATH | DAY    approve-delivery N | DAY | HOW   (the Deliveries tab)
//   feedback-window DAYS | NON-WORKING DAYS | FROM  (typed into the Terms tab and saved)
//   show-projects                 (the steps after it read the Projects window)
//   tab-order LABEL | LABEL ...   (the New project dialog's fields in the order Tab visits them)
#pragma once

#include <string>

class wxFrame;

namespace sk::gui {

class MainFrame;

// Starts playing `script_path` once the event loop runs; the app exits when the script ends (0) or a step
// fails (1, with the reason on stderr and in steps.txt).
void start_test_script(MainFrame* main, const std::string& script_path, const std::string& out_dir);

}  // namespace sk::gui
