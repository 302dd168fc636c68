// The tone check's remarks on the draft; see tone_remarks_view.h.
#include "tone_remarks_view.h"

#include <algorithm>
#include <cstddef>

#include <wx/htmllbox.h>
#include <wx/settings.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "html_text.h"
#include "notice_words.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

const wxColour kRemarkBackground(255, 228, 181);  // a soft amber, readable under dark text
const wxColour kRemarkText(122, 46, 0);

wxString escape_html(const wxString& text) {
  return to_wx(html_text(to_utf8(text)));
}

}  // namespace

ToneRemarksView::ToneRemarksView(wxWindow* parent, wxTextCtrl* subject, wxTextCtrl* body)
    : parent_(parent), subject_(subject), body_(body) {
  summary_ = new wxStaticText(parent, wxID_ANY, wxEmptyString);
  list_ = new wxSimpleHtmlListBox(parent, wxID_ANY, wxDefaultPosition, parent->FromDIP(wxSize(-1, 96)));
  list_->SetMinSize(parent->FromDIP(wxSize(-1, 72)));
  list_->SetToolTip(_("Click a remark to select the words it is about"));
  list_->Bind(wxEVT_LISTBOX, &ToneRemarksView::on_remark_chosen, this);
}

ToneRemarksView::~ToneRemarksView() {
  // The list is destroyed with its parent, after the view.
  list_->Unbind(wxEVT_LISTBOX, &ToneRemarksView::on_remark_chosen, this);
}

void ToneRemarksView::show(const std::vector<model::ToneRemark>& remarks) {
  remarks_ = remarks;

  // Highlights: clear the old ones, then mark each remark's words. Positions are code points, as the
  // model gives them and as wxTextCtrl counts them with wxString holding UTF-32 (GTK).
  wxTextAttr plain(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT),
                   wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
  body_->SetStyle(0, body_->GetLastPosition(), plain);
  wxTextAttr marked(kRemarkText, kRemarkBackground);
  bool subject_marked = false;
  for (const model::ToneRemark& r : remarks) {
    if (r.field == model::DraftField::kSubject) {
      subject_marked = true;
      continue;
    }
    const long last = body_->GetLastPosition();
    const long begin = std::min(static_cast<long>(r.begin), last);
    const long end = std::min(static_cast<long>(r.end), last);
    if (begin < end) body_->SetStyle(begin, end, marked);
  }
  // A single-line control cannot colour some words only: the whole subject is tinted instead.
  subject_->SetBackgroundColour(subject_marked ? kRemarkBackground
                                               : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
  subject_->Refresh();

  // Shown and laid out before it is filled, so each item's height is measured at the real width.
  list_->Show(!remarks.empty());
  parent_->Layout();
  list_->Clear();
  for (const model::ToneRemark& r : remarks) {
    const wxString advice =
        // TRANSLATORS: a remark of the tone check; the first %s is the draft's wording, the second the
        // advice.
        // The msgid is ASCII (wx converts it with the C locale); use your language's quotation marks.
        wxString::Format(_("Instead of \"%s\", try: %s"), to_wx(r.excerpt), to_wx(r.suggestion));
    wxString where = category_name(r.category);
    // TRANSLATORS: marks a tone remark that is about the subject line
    if (r.field == model::DraftField::kSubject) where += ", " + _("subject");
    list_->Append("<font color=\"#7A2E00\"><b>" + escape_html(where) + "</b></font> &nbsp; " +
                  escape_html(advice));
  }
  list_->RefreshAll();
  if (remarks.empty()) {
    summary_text_ = _("Tone check: no remarks.");
  } else {
    summary_text_ = wxString::Format(
        // TRANSLATORS: above the list of tone remarks; %d is how many
        wxPLURAL("Tone check: %d remark. The words are highlighted; click it to find them.",
                 "Tone check: %d remarks. The words are highlighted; click one to find them.",
                 static_cast<int>(remarks.size())),
        static_cast<int>(remarks.size()));
  }
}

void ToneRemarksView::wrap(int width) {
  summary_->SetLabelText(summary_text_);
  summary_->Wrap(width);
}

void ToneRemarksView::on_remark_chosen(wxCommandEvent& event) {
  const int index = event.GetSelection();
  if (index < 0 || static_cast<std::size_t>(index) >= remarks_.size()) return;
  const model::ToneRemark& r = remarks_[static_cast<std::size_t>(index)];
  wxTextCtrl* control = r.field == model::DraftField::kSubject ? subject_ : body_;
  const long last = control->GetLastPosition();
  control->SetFocus();
  control->SetSelection(std::min(static_cast<long>(r.begin), last), std::min(static_cast<long>(r.end), last));
  control->ShowPosition(std::min(static_cast<long>(r.begin), last));
}

}  // namespace sk::gui
