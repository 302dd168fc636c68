// The Revisions tab: a timeline of the revisions the client sent (round, date, file, words, the changed
// share drawn as a bar against the limit, status), and the ways to log one — a file dialog, files dropped
// on the window, or pasted text — each read and measured off the UI thread. A revision can be marked "not
// counted" with a reason (or counted again), withdrawn as logged by mistake (shown greyed, and restorable),
// compared with the one before it, and its original file saved.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/revision_timeline.h"
#include "project_page.h"
#include "workflow/revision_workflow.h"

class wxButton;
class wxDataViewEvent;
class wxDataViewListCtrl;
class wxStaticText;

namespace sk::gui {

class BackgroundTask;

class RevisionsPage : public ProjectPage {
 public:
  RevisionsPage(wxWindow* parent, ProjectContext& context);
  ~RevisionsPage() override;

  void show(const ledger::ProjectHistory& history) override;
  std::string describe() const override;

  // Asks for files, then for the day they arrived, then logs them.
  void add_from_file_dialog();
  // Asks for the text (the clipboard's to start with), then logs it.
  void paste_revision();
  // Asks for the day the files arrived, then logs them (in natural name order).
  void add_files(const std::vector<std::string>& paths);
  // Logs the files off the UI thread without asking anything (also what the GUI tests drive).
  void log_files(std::vector<std::string> paths, const workflow::NewRevision& revision);
  void log_text(const std::string& text, const workflow::NewRevision& revision);

  // True while revisions are being read and logged.
  bool busy() const;

  // Selects revision `number` in the timeline; false when it has none.
  bool select_revision(int number);
  // The Withdraw... and Restore buttons on the selected revision (also what the GUI tests drive): false,
  // doing nothing, when that button is disabled.
  bool withdraw_selected();
  bool restore_selected();

  void forget_message() override;

 private:
  void update_buttons();
  int selected_number() const;  // 0 when none
  const model::TimelineRow* selected_row() const;
  void on_toggle_counted();
  void on_save_original();
  void on_context_menu(wxDataViewEvent& event);
  void report(const wxString& message, bool problem);
  // Says why a file that changes nothing was not logged; for the same words in other bytes, asks whether
  // it counts as a round all the same (true: log it with NewRevision::accept_unchanged).
  bool ask_to_count_unchanged(const workflow::NothingChanged& refused);

  model::Timeline timeline_;
  std::string pasted_name_;  // the name the next pasted revision gets
  std::unique_ptr<BackgroundTask> task_;
  wxStaticText* summary_ = nullptr;
  wxStaticText* message_ = nullptr;
  wxButton* add_ = nullptr;
  wxButton* paste_ = nullptr;
  wxButton* compare_ = nullptr;
  wxButton* counted_ = nullptr;
  wxButton* withdraw_ = nullptr;
  wxButton* restore_ = nullptr;
  wxDataViewListCtrl* list_ = nullptr;
  wxStaticText* empty_hint_ = nullptr;
};

}  // namespace sk::gui
