// The Projects table: a virtual wxListView showing ledger::ProjectSummary rows (Title, Client, Scope badge,
// Status, Revisions, Last activity, and what the project waits for from the client). It only displays;
// loading and filtering happen in the frame and in core.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include <wx/imaglist.h>
#include <wx/listctrl.h>

#include "ledger/project_store.h"

namespace sk::gui {

class ProjectList : public wxListView {
 public:
  explicit ProjectList(wxWindow* parent);

  // Replaces the rows, keeping the selected project selected when it is still shown.
  void set_projects(std::vector<ledger::ProjectSummary> projects);
  // What each project waits for from the client, by project id ("Comments by 19/03/2026"); projects not
  // in it wait for nothing. Shown in the Waiting for column.
  void set_waiting(std::map<std::int64_t, wxString> waiting);
  wxString waiting_text(std::int64_t project_id) const;
  const std::vector<ledger::ProjectSummary>& projects() const { return projects_; }

 private:
  wxString OnGetItemText(long item, long column) const override;
  wxItemAttr* OnGetItemAttr(long item) const override;
  int OnGetItemImage(long item) const override;
  int OnGetItemColumnImage(long item, long column) const override;

  std::vector<ledger::ProjectSummary> projects_;
  std::map<std::int64_t, wxString> waiting_;
  mutable wxItemAttr closed_attr_;
  std::unique_ptr<wxImageList> badges_;  // one coloured square per policy::Status
};

// "Today, 14:05", "Yesterday, 09:12" or "2024-05-01 16:40" in local time, from the ledger's UTC
// ISO-8601 timestamp; the raw text when it cannot be parsed.
wxString format_last_activity(const std::string& iso_utc);

}  // namespace sk::gui
