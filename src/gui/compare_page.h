// The Compare tab: a revision against the one it was measured against (the previous counted revision), in
// the same views as Tools > Compare files: for texts (compare_panel.h) figures on top, side by side or
// inline, with deletions, insertions and moves highlighted; for images (image_compare_panel.h) both images
// with the changed regions outlined. The stored revisions are read and measured off the UI thread.
#pragma once

#include <memory>
#include <vector>

#include "project_page.h"

class wxChoice;
class wxStaticText;

namespace sk::gui {

class BackgroundTask;
class ComparePanel;
class ImageComparePanel;

class ComparePage : public ProjectPage {
 public:
  ComparePage(wxWindow* parent, ProjectContext& context);
  ~ComparePage() override;

  void show(const ledger::ProjectHistory& history) override;
  std::string describe() const override;

  // Shows revision `number` against the revision it was measured against.
  void compare(int number);
  // The tab came into view: measures the revision its selector shows, when that is not on screen yet.
  void in_view();
  bool busy() const;

 private:
  struct Choice {
    int number = 0;
    int against = 0;
    std::string old_name, new_name;
    bool images = false;
  };
  void show_hint(const wxString& hint);
  void clear_view();

  std::vector<Choice> choices_;
  int shown_ = 0;      // the revision on screen, 0 for none
  int pending_ = 0;    // the revision the selector shows, to measure once the tab is in view (0: none)
  int requested_ = 0;  // the revision being measured
  std::unique_ptr<BackgroundTask> task_;
  wxChoice* picker_ = nullptr;
  wxStaticText* hint_ = nullptr;
  ComparePanel* panel_ = nullptr;             // two texts
  ImageComparePanel* image_panel_ = nullptr;  // two images
};

}  // namespace sk::gui
