// The tone check's remarks on the draft of the Notices tab, shown three ways: the words highlighted in the
// draft's text (the whole subject tinted, as a single-line control cannot colour some words only), a list
// of the remarks with the suggested wording (clicking one selects its words), and a summary line above the
// list. NoticesPage places the summary and the list in its draft's sizer, and wraps the summary with its
// other labels.
#pragma once

#include <vector>

#include <wx/string.h>

#include "model/notice_draft.h"

class wxCommandEvent;
class wxSimpleHtmlListBox;
class wxStaticText;
class wxTextCtrl;
class wxWindow;

namespace sk::gui {

class ToneRemarksView {
 public:
  // Creates the summary and the list as children of `parent`, which lays them out; `subject` and `body`
  // are the draft's controls, where the words are highlighted and selected. All three outlive the view.
  ToneRemarksView(wxWindow* parent, wxTextCtrl* subject, wxTextCtrl* body);
  ~ToneRemarksView();
  ToneRemarksView(const ToneRemarksView&) = delete;
  ToneRemarksView& operator=(const ToneRemarksView&) = delete;

  wxStaticText* summary() const { return summary_; }
  wxSimpleHtmlListBox* list() const { return list_; }

  // Shows the remarks on the text the controls hold (positions in code points, as the model gives them);
  // the list is hidden when there are none. The summary's text is set by the next wrap().
  void show(const std::vector<model::ToneRemark>& remarks);
  // The summary, wrapped to `width` pixels.
  void wrap(int width);

 private:
  void on_remark_chosen(wxCommandEvent& event);

  wxWindow* parent_;
  wxTextCtrl* subject_;
  wxTextCtrl* body_;
  wxStaticText* summary_ = nullptr;
  wxSimpleHtmlListBox* list_ = nullptr;
  std::vector<model::ToneRemark> remarks_;  // those listed, in order
  wxString summary_text_;
};

}  // namespace sk::gui
