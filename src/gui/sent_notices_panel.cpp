// The sent notices of the Notices tab; see sent_notices_panel.h.
#include "sent_notices_panel.h"

#include <algorithm>
#include <exception>
#include <utility>
#include <vector>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/weakref.h>
#include <wx/wrapsizer.h>

#include "common/error.h"
#include "common/output_file.h"
#include "error_text.h"
#include "form.h"
#include "ledger/notice_store.h"
#include "notice_email_ui.h"
#include "notice_words.h"
#include "project_list.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

enum SentColumn { kSentColumn, kKindColumn, kLanguageColumn, kRevisionColumn, kPdfColumn };

}  // namespace

SentNoticesPanel::SentNoticesPanel(wxWindow* parent, ledger::Database& db, const Settings& settings)
    : wxPanel(parent), db_(db), settings_(settings) {
  auto* heading = bold_label(this, _("Notices sent"));

  sent_list_ = new wxListView(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 160)),
                              wxLC_REPORT | wxLC_SINGLE_SEL);
  // TRANSLATORS: column of the sent notices: when the notice was recorded as sent
  sent_list_->AppendColumn(_("Sent"), wxLIST_FORMAT_LEFT, FromDIP(120));
  // TRANSLATORS: column of the sent notices: heads-up, over scope, summary, …
  sent_list_->AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(120));
  sent_list_->AppendColumn(_("Language"), wxLIST_FORMAT_LEFT, FromDIP(80));
  // TRANSLATORS: column of the sent notices: the revision the notice answers
  sent_list_->AppendColumn(_("Revision"), wxLIST_FORMAT_RIGHT, FromDIP(64));
  sent_list_->AppendColumn("PDF", wxLIST_FORMAT_RIGHT, FromDIP(72));
  sent_list_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    CallAfter([this] { fit_columns(); });
  });
  sent_list_->Bind(wxEVT_LIST_ITEM_SELECTED, &SentNoticesPanel::on_notice_selected, this);
  sent_list_->Bind(wxEVT_LIST_ITEM_DESELECTED, &SentNoticesPanel::on_notice_selected, this);

  sent_hint_ = new wxStaticText(this, wxID_ANY, _("No notices have been sent for this project yet."));
  sent_hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

  sent_text_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP);

  open_pdf_ = new wxButton(this, wxID_ANY, _("Open PDF"));
  open_pdf_->SetToolTip(_("Show the PDF as it was sent, in your PDF viewer"));
  open_pdf_->Bind(wxEVT_BUTTON, &SentNoticesPanel::on_open_sent_pdf, this);
  save_pdf_ = new wxButton(this, wxID_ANY, _("Save PDF as..."));
  save_pdf_->Bind(wxEVT_BUTTON, &SentNoticesPanel::on_save_sent_pdf, this);
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(open_pdf_, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
  buttons->Add(save_pdf_);

  // TRANSLATORS: button; puts the notice's subject and text on the clipboard, to paste into an email
  copy_email_ = new wxButton(this, wxID_ANY, _("Copy as email"));
  copy_email_->SetToolTip(_("Put the subject and the letter on the clipboard, to paste into your email"));
  copy_email_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { copy_as_email(); });
  // TRANSLATORS: button; opens the mail program with the notice written and its PDF attached
  write_email_ = new wxButton(this, wxID_ANY, _("Write email..."));
  write_email_->SetToolTip(
      _("Open your mail program with the client's address, the letter and the PDF attached"));
  write_email_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { write_email(); });
  // TRANSLATORS: button; saves the notice as an email draft file with the PDF attached
  save_eml_ = new wxButton(this, wxID_ANY, _("Save as .eml..."));
  save_eml_->SetToolTip(_("Save an email draft with the PDF attached; mail programs open it ready to send"));
  save_eml_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_as_eml(); });
  // A wrap sizer: in a narrow panel (or a long Romanian label) the third button goes to a second row
  // instead of being cut.
  auto* email_buttons = new wxWrapSizer(wxHORIZONTAL);
  for (wxButton* button : {copy_email_, write_email_, save_eml_}) {
    email_buttons->Add(button, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, FromDIP(6)));
  }
  email_status_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  email_status_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    event.Skip();
    CallAfter([this] { wrap_email_status(); });
  });

  const int gap = FromDIP(10);
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(heading, wxSizerFlags().Border(wxALL, gap));
  column->Add(sent_list_, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT, gap));
  column->Add(sent_hint_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(sent_text_, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(email_buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(email_status_, wxSizerFlags().Expand().Border(wxALL, gap));
  SetSizer(column);
  update_buttons();  // nothing selected yet
}

void SentNoticesPanel::show(std::int64_t project_id, const std::string& project_title,
                            std::vector<model::SentNoticeRow> rows) {
  if (project_id != project_id_) email_status_->SetLabel(wxEmptyString);
  project_id_ = project_id;
  project_title_ = project_title;
  rows_ = std::move(rows);
  fill_sent_list();
}

void SentNoticesPanel::select_on_next_show(std::int64_t id) {
  select_after_show_ = id;
}

std::string SentNoticesPanel::describe() const {
  std::string out = "Notices sent: " + std::to_string(rows_.size()) + "\n";
  for (const model::SentNoticeRow& row : rows_) out += "Notice: " + model::describe_row(row) + "\n";
  if (const model::SentNoticeRow* row = selected_row())
    out += "Selected: " + model::describe_row(*row) + "\n";
  if (!email_status_->GetLabel().empty()) out += "Email: " + to_utf8(email_status_->GetLabel()) + "\n";
  return out;
}

bool SentNoticesPanel::copy_as_email() {
  const model::SentNoticeRow* row = selected_row();
  if (row == nullptr) return false;
  const auto message = notice_as_email(this, db_, settings_, project_id_, project_title_, *row);
  if (!message) return false;
  if (!copy_email_text(*message)) {
    message_box(_("The clipboard could not be opened; please try again."), _("Copy as email"),
                wxOK | wxICON_INFORMATION, this);
    return false;
  }
  email_status_->SetLabel(
      _("Copied: the subject line and the letter. Paste them into your email and attach the PDF."));
  wrap_email_status();
  return true;
}

bool SentNoticesPanel::write_email(const std::string& command) {
  const model::SentNoticeRow* row = selected_row();
  if (row == nullptr) return false;
  const auto message = notice_as_email(this, db_, settings_, project_id_, project_title_, *row);
  if (!message) return false;
  wxWeakRef<SentNoticesPanel> self(this);
  const bool started = gui::write_email(this, *message, command, [self] {
    if (self) {
      self->email_status_->SetLabel(wxEmptyString);  // the sentence below would no longer be true
      self->wrap_email_status();
    }
  });
  if (!started) {
    email_status_->SetLabel(wxEmptyString);
    wrap_email_status();
    return false;
  }
  email_status_->SetLabel(
      message->to_email.empty()
          ? _("Scopekeeper asked your mail program to open the email; this client has no email address "
              "yet, so add the recipient there.")
          : _("Scopekeeper asked your mail program to open the email, with the client's address "
              "and the PDF attached."));
  wrap_email_status();
  return true;
}

bool SentNoticesPanel::save_as_eml(const std::string& path) {
  const model::SentNoticeRow* row = selected_row();
  if (row == nullptr) return false;
  const auto message = notice_as_email(this, db_, settings_, project_id_, project_title_, *row);
  if (!message) return false;
  std::string name = model::default_pdf_name(project_title_, row->kind, row->revision);
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0) name.resize(name.size() - 4);
  const std::string saved = save_eml(this, db_, *message, name + ".eml", path);
  if (saved.empty()) return false;
  // TRANSLATORS: %s is the file the email draft was saved as
  email_status_->SetLabel(wxString::Format(
      _("The email draft was saved as %s; open it in your mail program to send it."), to_wx(saved)));
  wrap_email_status();
  return true;
}

void SentNoticesPanel::fit_columns() {
  // Each column as wide as its header and its widest value; when they do not all fit, the Kind column gives
  // up its width first (its text is cut by the list), so the PDF column ("text only") is never cut.
  const int columns = sent_list_->GetColumnCount();
  std::vector<int> widths(static_cast<std::size_t>(columns), 0);
  const int padding = FromDIP(16);
  for (int c = 0; c < columns; ++c) {
    wxListItem header;
    header.SetMask(wxLIST_MASK_TEXT);
    sent_list_->GetColumn(c, header);
    int widest = sent_list_->GetTextExtent(header.GetText()).GetWidth();
    for (long i = 0; i < sent_list_->GetItemCount(); ++i) {
      widest = std::max(widest, sent_list_->GetTextExtent(sent_list_->GetItemText(i, c)).GetWidth());
    }
    widths[static_cast<std::size_t>(c)] = widest + padding;
  }
  int total = 0;
  for (int w : widths) total += w;
  const int available = sent_list_->GetClientSize().GetWidth();
  int& kind = widths[kKindColumn];
  if (available > 0 && total > available) kind = std::max(FromDIP(60), kind - (total - available));
  if (available > 0 && total < available) kind += available - total;  // the spare room to the kind
  for (int c = 0; c < columns; ++c) sent_list_->SetColumnWidth(c, widths[static_cast<std::size_t>(c)]);
}

void SentNoticesPanel::fill_sent_list() {
  std::optional<std::int64_t> keep = select_after_show_;
  if (!keep) {
    if (const model::SentNoticeRow* row = selected_row()) keep = row->id;
  }
  select_after_show_.reset();

  sent_list_->Freeze();
  sent_list_->DeleteAllItems();
  long keep_index = -1;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const model::SentNoticeRow& row = rows_[i];
    const long item = sent_list_->InsertItem(static_cast<long>(i), format_last_activity(row.created_at));
    sent_list_->SetItem(item, kKindColumn, kind_name(row.kind));
    sent_list_->SetItem(item, kLanguageColumn, language_name(row.language));
    sent_list_->SetItem(item, kRevisionColumn,
                        row.revision ? wxString::Format("%d", *row.revision) : wxString::FromUTF8("—"));
    // TRANSLATORS: PDF column of a notice stored without a PDF (only its text)
    sent_list_->SetItem(item, kPdfColumn, row.pdf_bytes > 0 ? pdf_size(row.pdf_bytes) : _("text only"));
    if (keep && row.id == *keep) keep_index = item;
  }
  sent_list_->Thaw();
  fit_columns();
  if (keep_index < 0 && !rows_.empty() && !sent_list_shown_) keep_index = 0;  // at first, the newest
  sent_list_shown_ = true;
  if (keep_index >= 0) {
    sent_list_->Select(keep_index);
    sent_list_->Focus(keep_index);
    sent_list_->EnsureVisible(keep_index);
  }
  sent_hint_->Show(rows_.empty());
  sent_text_->Show(!rows_.empty());
  Layout();
  show_selected_notice();
}

const model::SentNoticeRow* SentNoticesPanel::selected_row() const {
  const long index = sent_list_ ? sent_list_->GetFirstSelected() : -1;
  if (index < 0 || static_cast<std::size_t>(index) >= rows_.size()) return nullptr;
  return &rows_[static_cast<std::size_t>(index)];
}

void SentNoticesPanel::show_selected_notice() {
  const model::SentNoticeRow* row = selected_row();
  if (row == nullptr) {
    sent_text_->ChangeValue(rows_.empty() ? wxString()
                                          : _("Select a notice to read the text that was sent."));
  } else {
    sent_text_->ChangeValue(to_wx(row->text));
  }
  update_buttons();
}

void SentNoticesPanel::on_notice_selected(wxListEvent&) {
  show_selected_notice();
}

std::optional<std::string> SentNoticesPanel::stored_pdf_to_temp(const model::SentNoticeRow& row) {
  try {
    wxBusyCursor busy;
    const std::string bytes = ledger::notice_pdf(db_, row.id);
    if (bytes.empty()) throw Error(ErrorKind::kNotFound, "notice " + std::to_string(row.id), "no PDF stored");
    return model::write_temp_file(
        std::to_string(row.id) + "-" + model::default_pdf_name(project_title_, row.kind, row.revision),
        bytes);
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot open the PDF"), error);
  } catch (const std::exception& error) {
    show_error(_("Cannot open the PDF"), error.what());
  }
  return std::nullopt;
}

void SentNoticesPanel::on_open_sent_pdf(wxCommandEvent&) {
  const model::SentNoticeRow* row = selected_row();
  if (row == nullptr || row->pdf_bytes <= 0) return;
  if (const auto path = stored_pdf_to_temp(*row)) open_pdf_in_viewer(this, *path);
}

void SentNoticesPanel::on_save_sent_pdf(wxCommandEvent&) {
  const model::SentNoticeRow* row = selected_row();
  if (row == nullptr || row->pdf_bytes <= 0) return;
  const model::SentNoticeRow chosen = *row;  // the list may change while the dialog is open
  wxFileDialog dialog(this, _("Save the notice as PDF"), wxStandardPaths::Get().GetDocumentsDir(),
                      to_wx(model::default_pdf_name(project_title_, chosen.kind, chosen.revision)),
                      // TRANSLATORS: file dialog filter
                      _("PDF files (*.pdf)|*.pdf|All files|*"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dialog.ShowModal() != wxID_OK) return;
  try {
    wxBusyCursor busy;
    write_output_file(to_utf8(dialog.GetPath()), ledger::notice_pdf(db_, chosen.id),
                      {true, ledger_files(db_.path()), ""});  // the dialog asked before replacing
  } catch (const Error& error) {
    show_error_dialog(this, _("Cannot save the PDF"), error);
  } catch (const std::exception& error) {
    show_error(_("Cannot save the PDF"), error.what());
  }
}

void SentNoticesPanel::wrap_email_status() {
  wrap_to_width(email_status_, GetClientSize().GetWidth() - FromDIP(20));
  Layout();
}

void SentNoticesPanel::update_buttons() {
  const model::SentNoticeRow* row = selected_row();
  const bool has_pdf = row != nullptr && row->pdf_bytes > 0;
  open_pdf_->Enable(has_pdf);
  save_pdf_->Enable(has_pdf);
  for (wxButton* button : {copy_email_, write_email_, save_eml_}) button->Enable(row != nullptr);
}

void SentNoticesPanel::show_error(const wxString& title, const std::string& message) {
  message_box(to_wx(message), title, wxOK | wxICON_ERROR, this);
}

bool open_pdf_in_viewer(wxWindow* parent, const std::string& path) {
  if (wxLaunchDefaultApplication(to_wx(path))) return true;
  message_box(
      // TRANSLATORS: %s is the path of the PDF file that could not be shown
      wxString::Format(_("No program to show PDF files was found. The file is at:\n%s"), to_wx(path)),
      _("Cannot open the PDF"), wxOK | wxICON_INFORMATION, parent);
  return false;
}

}  // namespace sk::gui
