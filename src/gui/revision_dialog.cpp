// The form before logging revisions; see revision_dialog.h.
#include "revision_dialog.h"

#include "date_field.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/clipbrd.h>
#include <wx/dateevt.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "form.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

// What the clipboard holds as text, or nothing.
wxString clipboard_text() {
  wxString text;
  if (wxTheClipboard->Open()) {
    if (wxTheClipboard->IsSupported(wxDF_UNICODETEXT)) {
      wxTextDataObject data;
      if (wxTheClipboard->GetData(data)) text = data.GetText();
    }
    wxTheClipboard->Close();
  }
  return text;
}

}  // namespace

RevisionDialog::RevisionDialog(wxWindow* parent, const std::vector<std::string>& file_names)
    : wxDialog(parent, wxID_ANY,
               file_names.empty() ? _("Paste text as revision")
                                  : wxString(wxPLURAL("Log revision", "Log revisions", file_names.size())),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      paste_(file_names.empty()) {
  auto* column = new wxBoxSizer(wxVERTICAL);
  if (paste_) {
    column->Add(new wxStaticText(this, wxID_ANY, _("The text as the client sent it:")),
                wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP));
    text_ = new wxTextCtrl(this, wxID_ANY, clipboard_text(), wxDefaultPosition, FromDIP(wxSize(520, 220)),
                           wxTE_MULTILINE);
    column->Add(text_, wxSizerFlags(1).Expand().Border());
  } else {
    wxString names;
    for (const std::string& name : file_names) names += to_wx("\u2022 " + name + "\n");
    names.RemoveLast();
    column->Add(new wxStaticText(this, wxID_ANY,
                                 // TRANSLATORS: followed by a list of file names, one per line
                                 wxPLURAL("This file will be logged as the next revision:",
                                          "These files will be logged as the next revisions, in this order:",
                                          file_names.size())),
                wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP));
    column->Add(new wxStaticText(this, wxID_ANY, names), wxSizerFlags().Border());
  }

  auto* grid = form_grid();
  date_ = new DateField(this, wxDateTime::Today());
  add_row(grid, this, _("Received on:"), date_);
  note_ = new wxTextCtrl(this, wxID_ANY);
  note_->SetHint(_("Optional, e.g. \"sent by email, second batch\""));
  add_row(grid, this, _("Note:"), note_);
  column->Add(grid, wxSizerFlags().Expand().Border());

  not_counted_ = new wxCheckBox(this, wxID_ANY, _("Does not count as a revision round"));
  column->Add(not_counted_, wxSizerFlags().Border(wxLEFT | wxRIGHT));
  reason_ = new wxTextCtrl(this, wxID_ANY);
  reason_->SetHint(_("Why not, e.g. \"the same file sent twice\""));
  reason_->Enable(false);
  column->Add(reason_, wxSizerFlags().Expand().Border());
  not_counted_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
    reason_->Enable(not_counted_->GetValue());
    if (not_counted_->GetValue()) reason_->SetFocus();
  });

  problem_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  problem_->SetForegroundColour(wxColour(0xB0, 0x1C, 0x1C));
  column->Add(problem_, wxSizerFlags().Border(wxLEFT | wxRIGHT));
  column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border());
  if (auto* ok = dynamic_cast<wxButton*>(FindWindow(wxID_OK))) {
    ok->SetLabel(paste_ ? _("Log this text")
                        : wxString(wxPLURAL("Log revision", "Log revisions", file_names.size())));
  }
  Bind(wxEVT_BUTTON, &RevisionDialog::on_ok, this, wxID_OK);
  SetSizerAndFit(column);
  label_standard_buttons(this);
  CentreOnParent();
  if (text_ != nullptr) text_->SetFocus();
}

void RevisionDialog::on_ok(wxCommandEvent& event) {
  wxString problem;
  if (paste_ && text_->GetValue().Strip(wxString::both).empty()) {
    problem = _("Paste or type the client's text first.");
  } else if (not_counted_->GetValue() && reason_->GetValue().Strip(wxString::both).empty()) {
    problem = _("Say why this revision does not count: the reason goes into the project's record.");
  } else if (!date_->date().IsValid()) {
    // TRANSLATORS: %s is an example date written the interface's way
    problem =
        wxString::Format(_("The day it arrived is not a valid date; write it like %s."), date_example());
  } else if (date_->date().IsLaterThan(wxDateTime::Today())) {
    problem = _("The day it arrived cannot be in the future.");
  }
  if (!problem.empty()) {
    problem_->SetLabel(problem);
    Layout();
    Fit();
    return;
  }
  event.Skip();  // closes with wxID_OK
}

workflow::NewRevision RevisionDialog::revision() const {
  workflow::NewRevision revision;
  revision.received_on = to_utf8(date_->date().FormatISODate());
  revision.note = to_utf8(note_->GetValue().Strip(wxString::both));
  if (not_counted_->GetValue())
    revision.not_counted_reason = to_utf8(reason_->GetValue().Strip(wxString::both));
  return revision;
}

std::string RevisionDialog::pasted_text() const {
  return text_ == nullptr ? std::string() : to_utf8(text_->GetValue());
}

}  // namespace sk::gui
