// The left side of the Notices tab: the notices sent for the project (date, kind, language, the revision
// answered, the size of the stored PDF), the text of the one selected, and its PDF to open in the system's
// viewer or save elsewhere; the selected notice as an email (notice_email_ui.h): copied, written in the
// mail program, or saved as a draft. It shows the rows NoticesPage hands it; it reads only the stored PDFs
// itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <wx/panel.h>
#include <wx/string.h>

#include "ledger/database.h"
#include "model/notice_draft.h"

class wxButton;
class wxCommandEvent;
class wxListEvent;
class wxListView;
class wxStaticText;
class wxTextCtrl;

namespace sk::gui {

class Settings;

class SentNoticesPanel : public wxPanel {
 public:
  // `db` is the UI thread's connection, where the stored PDFs are read; it and `settings` (the sender of
  // emails) outlive the panel.
  SentNoticesPanel(wxWindow* parent, ledger::Database& db, const Settings& settings);

  // The notices of project `project_id` titled `project_title` (UTF-8, it names the PDFs saved), newest
  // first. The selection stays on the same notice; the first time, on the newest; after
  // select_on_next_show(), on that one.
  void show(std::int64_t project_id, const std::string& project_title,
            std::vector<model::SentNoticeRow> rows);
  // The notice to select when show() next hands the rows over (one just recorded).
  void select_on_next_show(std::int64_t id);

  // "Notices sent: N", one "Notice: …" per row (newest first), and "Selected: …" when one is: the first
  // lines of NoticesPage::describe().
  std::string describe() const;

  // The selected notice as an email (the buttons' actions; false when none is selected or it failed).
  // `command` and `path` stand in for xdg-email and the save dialog in the GUI tests.
  bool copy_as_email();
  bool write_email(const std::string& command = "xdg-email");
  bool save_as_eml(const std::string& path = {});

 private:
  void fill_sent_list();
  // Fits the columns to their contents and the list's width; the PDF column is never cut.
  void fit_columns();
  const model::SentNoticeRow* selected_row() const;
  void show_selected_notice();
  void update_buttons();
  void wrap_email_status();  // the email sentence fitted to the panel's width
  std::optional<std::string> stored_pdf_to_temp(const model::SentNoticeRow& row);
  void show_error(const wxString& title, const std::string& message);
  void on_notice_selected(wxListEvent& event);
  void on_open_sent_pdf(wxCommandEvent& event);
  void on_save_sent_pdf(wxCommandEvent& event);

  ledger::Database& db_;
  const Settings& settings_;
  std::int64_t project_id_ = 0;
  std::string project_title_;
  std::vector<model::SentNoticeRow> rows_;
  std::optional<std::int64_t> select_after_show_;
  bool sent_list_shown_ = false;

  wxListView* sent_list_ = nullptr;
  wxStaticText* sent_hint_ = nullptr;
  wxTextCtrl* sent_text_ = nullptr;
  wxButton* open_pdf_ = nullptr;
  wxButton* save_pdf_ = nullptr;
  wxButton* copy_email_ = nullptr;
  wxButton* write_email_ = nullptr;
  wxButton* save_eml_ = nullptr;
  wxStaticText* email_status_ = nullptr;
};

// Shows the PDF at `path` in the system's viewer; when there is none, says where the file is (a message
// over `parent`) and answers false.
bool open_pdf_in_viewer(wxWindow* parent, const std::string& path);

}  // namespace sk::gui
