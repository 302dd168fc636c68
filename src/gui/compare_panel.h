// The Compare view: the figures on top (words before and after, kept, deleted, inserted, moved, changed
// share), then both texts side by side or one inline text (a toggle), with deletions in red on a red
// background, insertions green and underlined, moves violet (underlined where they land). It displays a
// model::CompareView; building one (and measuring) happens elsewhere, off the UI thread.
#pragma once

#include <string>

#include <wx/panel.h>

#include "model/compare_view.h"

class wxHtmlWindow;
class wxRadioButton;

namespace sk::gui {

class ComparePanel : public wxPanel {
 public:
  // `old_name` and `new_name` label the two texts (usually the file names, UTF-8).
  ComparePanel(wxWindow* parent, model::CompareView view, const std::string& old_name,
               const std::string& new_name);

  void set_inline(bool inline_layout);
  bool is_inline() const { return inline_; }

  // The figures and the number of highlighted passages as plain lines, for the GUI tests.
  std::string describe() const;

 private:
  wxSizer* build_figures();
  void show();

  model::CompareView view_;
  std::string old_name_, new_name_;
  bool inline_ = false;
  wxRadioButton* side_by_side_button_ = nullptr;
  wxRadioButton* inline_button_ = nullptr;
  wxHtmlWindow* html_ = nullptr;
};

// The HTML the view shows, every text escaped; exposed for the GUI tests' debugging.
wxString compare_html(const model::CompareView& view, const std::string& old_name,
                      const std::string& new_name, bool inline_layout);

}  // namespace sk::gui
