// The Compare view; see compare_panel.h.
#include "compare_panel.h"

#include <wx/html/htmlwin.h>
#include <wx/radiobut.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "form.h"
#include "html_text.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

using model::Mark;
using model::Piece;
using model::Row;
using model::RowKind;

// Beyond this, the rest is summarised: wxHtmlWindow lays out every row at once.
constexpr std::size_t kMaxHtmlBytes = 3'000'000;

// Colours: readable on white, distinguishable without relying on red/green alone (strike vs underline).
constexpr const char* kDeletedText = "#9F1D1D";
constexpr const char* kDeletedBack = "#FDE2E1";
constexpr const char* kInsertedText = "#14632B";
constexpr const char* kInsertedBack = "#DDF4E4";
constexpr const char* kMovedText = "#5B32B4";
constexpr const char* kMovedBack = "#ECE4FB";
constexpr const char* kOldCell = "#FFF7F6";
constexpr const char* kNewCell = "#F5FCF7";
constexpr const char* kMutedText = "#6B7280";

std::string unchanged_marker(std::size_t words) {
  // TRANSLATORS: stands for a long stretch both texts share; %s is a number such as 1,240
  const wxString text = wxString::Format(
      wxPLURAL("... %s unchanged word ...", "... %s unchanged words ...", static_cast<int>(words)),
      to_wx(measure::with_thousands(words)));
  std::string out;
  append_html_text(out, to_utf8(text));
  return out;
}

void append_piece(std::string& out, const Piece& piece) {
  const char* text = nullptr;
  const char* back = nullptr;
  const char* open = "";
  const char* close = "";
  switch (piece.mark) {
    case Mark::kKept:
      append_html_text(out, piece.text);
      return;
    case Mark::kCollapsed:
      out += "<br><font color=\"";
      out += kMutedText;
      out += "\"><i>";
      out += unchanged_marker(piece.words);
      out += "</i></font><br>";
      return;
    // wxHTML draws <del> and <strike> as underlined, so deletions are told by colour alone, insertions by
    // colour and underline.
    case Mark::kDeleted:
      text = kDeletedText, back = kDeletedBack;
      break;
    case Mark::kInserted:
      text = kInsertedText, back = kInsertedBack, open = "<u>", close = "</u>";
      break;
    case Mark::kMovedAway:
      text = kMovedText, back = kMovedBack;
      break;
    case Mark::kMovedHere:
      text = kMovedText, back = kMovedBack, open = "<u>", close = "</u>";
      break;
  }
  out += "<span style=\"background-color:";
  out += back;
  out += "\"><font color=\"";
  out += text;
  out += "\">";
  out += open;
  append_html_text(out, piece.text);
  out += close;
  out += "</font></span>";
}

// A table cell's pieces, without the line breaks that end the paragraph (the row already does).
void append_side(std::string& out, const std::vector<Piece>& pieces) {
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i + 1 == pieces.size() && pieces[i].mark == Mark::kKept) {
      Piece last = pieces[i];
      while (!last.text.empty() && (last.text.back() == '\n' || last.text.back() == '\r'))
        last.text.pop_back();
      append_piece(out, last);
    } else {
      append_piece(out, pieces[i]);
    }
  }
}

void append_too_long(std::string& out) {
  out += "<p><font color=\"";
  out += kMutedText;
  out += "\"><i>";
  append_html_text(out,
                   to_utf8(_("The rest is too long to show here; the figures above cover the whole text.")));
  out += "</i></font></p>";
}

std::string side_by_side_html(const model::CompareView& view, const std::string& old_name,
                              const std::string& new_name) {
  std::string out = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"0\">";
  out += "<tr><td width=\"50%\" bgcolor=\"#F3F4F6\"><b>";
  append_html_text(out, old_name);
  out += "</b></td><td width=\"50%\" bgcolor=\"#F3F4F6\"><b>";
  append_html_text(out, new_name);
  out += "</b></td></tr>";
  for (const Row& row : view.rows) {
    if (out.size() > kMaxHtmlBytes) {
      out += "<tr><td colspan=\"2\">";
      append_too_long(out);
      out += "</td></tr>";
      break;
    }
    switch (row.kind) {
      case RowKind::kCollapsed:
        out += "<tr><td colspan=\"2\" align=\"center\" bgcolor=\"#F9FAFB\"><font color=\"";
        out += kMutedText;
        out += "\"><i>";
        out += unchanged_marker(row.old_side.front().words);
        out += "</i></font></td></tr>";
        break;
      case RowKind::kKept:
        out += "<tr><td valign=\"top\">";
        append_side(out, row.old_side);
        out += "</td><td valign=\"top\">";
        append_side(out, row.new_side);
        out += "</td></tr>";
        break;
      case RowKind::kChanged:
        out += "<tr><td valign=\"top\" bgcolor=\"";
        out += kOldCell;
        out += "\">";
        append_side(out, row.old_side);
        out += "</td><td valign=\"top\" bgcolor=\"";
        out += kNewCell;
        out += "\">";
        append_side(out, row.new_side);
        out += "</td></tr>";
        break;
    }
  }
  out += "</table>";
  return out;
}

std::string inline_html(const model::CompareView& view) {
  std::string out = "<p>";
  for (const Piece& piece : view.inline_pieces) {
    if (out.size() > kMaxHtmlBytes) {
      append_too_long(out);
      break;
    }
    if (piece.space_before) out += ' ';
    append_piece(out, piece);
  }
  out += "</p>";
  return out;
}

// One figure: a large number over a small label.
wxSizer* figure(wxWindow* parent, const wxString& value, const wxString& caption, const wxColour& colour) {
  wxStaticText* number = bold_label(parent, value, 1.6f);
  if (colour.IsOk()) number->SetForegroundColour(colour);
  auto* label = new wxStaticText(parent, wxID_ANY, caption);
  label->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(number, wxSizerFlags().Left());
  column->Add(label, wxSizerFlags().Left());
  return column;
}

}  // namespace

wxString compare_html(const model::CompareView& view, const std::string& old_name,
                      const std::string& new_name, bool inline_layout) {
  std::string body = inline_layout ? inline_html(view) : side_by_side_html(view, old_name, new_name);
  return to_wx("<html><body bgcolor=\"#FFFFFF\">" + body + "</body></html>");
}

ComparePanel::ComparePanel(wxWindow* parent, model::CompareView view, const std::string& old_name,
                           const std::string& new_name)
    : wxPanel(parent), view_(std::move(view)), old_name_(old_name), new_name_(new_name) {
  auto* heading = new wxStaticText(this, wxID_ANY, to_wx(old_name_ + "  \u2192  " + new_name_));
  heading->SetFont(heading->GetFont().Scaled(1.25f).Bold());

  // TRANSLATORS: Compare view, the two ways of showing the texts
  side_by_side_button_ =
      new wxRadioButton(this, wxID_ANY, _("&Side by side"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
  inline_button_ = new wxRadioButton(this, wxID_ANY, _("&Inline"));
  side_by_side_button_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { set_inline(false); });
  inline_button_->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { set_inline(true); });

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(heading, wxSizerFlags(1).CentreVertical());
  top->Add(side_by_side_button_, wxSizerFlags().CentreVertical().Border(wxRIGHT));
  top->Add(inline_button_, wxSizerFlags().CentreVertical());

  html_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxHW_SCROLLBAR_AUTO | wxBORDER_THEME);
  html_->SetBorders(FromDIP(6));
  const wxFont base = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
  html_->SetStandardFonts(base.GetPointSize() + 1, base.GetFaceName());

  auto* column = new wxBoxSizer(wxVERTICAL);
  const int gap = FromDIP(12);
  column->Add(top, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(build_figures(), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(html_, wxSizerFlags(1).Expand().Border(wxALL, gap));
  SetSizer(column);
  show();
}

wxSizer* ComparePanel::build_figures() {
  wxWindow* strip = this;  // no panel of its own: GTK sized the figures of a nested panel in the wrong font
  const measure::Comparison& c = view_.figures;
  auto number = [](std::size_t n) { return to_wx(measure::with_thousands(n)); };
  const wxColour none;
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  const wxSizerFlags gap = wxSizerFlags().Border(wxRIGHT, FromDIP(28));
  // TRANSLATORS: Compare view figure: the old text's words -> the new text's words
  row->Add(figure(strip, number(c.old_words) + to_wx(" \u2192 ") + number(c.new_words), _("words"), none),
           gap);
  // TRANSLATORS: Compare view figure: words found in both texts
  row->Add(figure(strip, number(c.kept), _("kept"), none), gap);
  // TRANSLATORS: Compare view figure: words of the old text that are gone
  row->Add(figure(strip, number(c.deleted), _("deleted"), wxColour(kDeletedText)), gap);
  // TRANSLATORS: Compare view figure: words new in the new text
  row->Add(figure(strip, number(c.inserted), _("inserted"), wxColour(kInsertedText)), gap);
  // TRANSLATORS: Compare view figure: words moved elsewhere unchanged
  row->Add(figure(strip, number(c.moved_words), _("moved"), wxColour(kMovedText)), gap);
  // TRANSLATORS: Compare view figure: the changed share, e.g. "16.7%"
  row->Add(figure(strip, to_wx(measure::share_percent(c.changed_share)), _("changed"), wxColour("#1F4E8C")),
           gap);
  row->AddStretchSpacer();
  if (!c.alignment_exact) {
    auto* note = new wxStaticText(strip, wxID_ANY,
                                  _("The counts are exact; the passages shown are a close approximation."));
    note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    row->Add(note, wxSizerFlags().CentreVertical());
  }
  return row;
}

std::string ComparePanel::describe() const {
  const measure::Comparison& c = view_.figures;
  std::size_t deleted = 0, inserted = 0, moved = 0;
  for (const model::Piece& piece : view_.inline_pieces) {
    deleted += piece.mark == model::Mark::kDeleted;
    inserted += piece.mark == model::Mark::kInserted;
    moved += piece.mark == model::Mark::kMovedHere;
  }
  return "Figures: " + std::to_string(c.old_words) + " -> " + std::to_string(c.new_words) + " words, kept " +
         std::to_string(c.kept) + ", deleted " + std::to_string(c.deleted) + ", inserted " +
         std::to_string(c.inserted) + ", moved " + std::to_string(c.moved_words) + ", changed " +
         measure::share_percent(c.changed_share) + "\nHighlighted: " + std::to_string(deleted) +
         " deletions, " + std::to_string(inserted) + " insertions, " + std::to_string(moved) + " moves (" +
         (inline_ ? "inline" : "side by side") + ")\n";
}

void ComparePanel::set_inline(bool inline_layout) {
  inline_ = inline_layout;
  side_by_side_button_->SetValue(!inline_);
  inline_button_->SetValue(inline_);
  show();
}

void ComparePanel::show() {
  wxBusyCursor busy;
  html_->SetPage(compare_html(view_, old_name_, new_name_, inline_));
}

}  // namespace sk::gui
