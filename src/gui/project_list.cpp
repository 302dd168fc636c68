// The Projects table; see project_list.h.
#include "project_list.h"

#include <algorithm>

#include <wx/datetime.h>
#include <wx/dcmemory.h>
#include <wx/imaglist.h>
#include <wx/settings.h>

#include "project_frame.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

enum Column { kTitle, kClient, kScope, kStatus, kRevisions, kLastActivity, kWaiting };

wxString open_label(const std::string& status) {
  if (status == "open") return _("Open");
  if (status == "closed") return _("Closed");
  return to_wx(status);
}

}  // namespace

ProjectList::ProjectList(wxWindow* parent)
    : wxListView(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
  InsertColumn(kTitle, _("Title"), wxLIST_FORMAT_LEFT, FromDIP(225));
  InsertColumn(kClient, _("Client"), wxLIST_FORMAT_LEFT, FromDIP(170));
  // TRANSLATORS: Projects list column: within scope / heads-up / over scope / rounds used up
  InsertColumn(kScope, _("Scope"), wxLIST_FORMAT_LEFT, FromDIP(130));
  InsertColumn(kStatus, _("Status"), wxLIST_FORMAT_LEFT, FromDIP(80));
  InsertColumn(kRevisions, _("Revisions"), wxLIST_FORMAT_RIGHT, FromDIP(80));
  InsertColumn(kLastActivity, _("Last activity"), wxLIST_FORMAT_LEFT, FromDIP(140));
  // TRANSLATORS: Projects list column: what the project waits for from the client (comments on a delivery)
  InsertColumn(kWaiting, _("Waiting for"), wxLIST_FORMAT_LEFT, FromDIP(180));
  EnableAlternateRowColours();
  closed_attr_.SetTextColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
  // The scope badge: a coloured square per status before the words (wxGTK's list draws no per-cell colours).
  const wxSize mark = FromDIP(wxSize(12, 12));
  badges_ = std::make_unique<wxImageList>(mark.x, mark.y, true);
  for (policy::Status status : {policy::Status::kWithin, policy::Status::kHeadsUp, policy::Status::kOverScope,
                                policy::Status::kRoundsExhausted}) {
    wxBitmap bitmap(mark, 32);
    wxMemoryDC dc(bitmap);
    dc.SetBackground(wxBrush(GetBackgroundColour()));
    dc.Clear();
    dc.SetPen(wxPen(status_text_colour(status)));
    dc.SetBrush(wxBrush(status_text_colour(status).ChangeLightness(130)));
    dc.DrawRoundedRectangle(wxRect(mark).Deflate(1), FromDIP(2));
    dc.SelectObject(wxNullBitmap);
    badges_->Add(bitmap);
  }
  SetImageList(badges_.get(), wxIMAGE_LIST_SMALL);
}

void ProjectList::set_projects(std::vector<ledger::ProjectSummary> projects) {
  const long selected = GetFirstSelected();
  const std::int64_t selected_id = selected >= 0 ? projects_[selected].id : -1;

  projects_ = std::move(projects);
  SetItemCount(static_cast<long>(projects_.size()));
  for (long item = GetFirstSelected(); item >= 0; item = GetNextSelected(item)) Select(item, false);
  const auto found = std::find_if(projects_.begin(), projects_.end(),
                                  [&](const ledger::ProjectSummary& p) { return p.id == selected_id; });
  if (found != projects_.end()) Select(static_cast<long>(found - projects_.begin()));
  Refresh();
}

void ProjectList::set_waiting(std::map<std::int64_t, wxString> waiting) {
  waiting_ = std::move(waiting);
  Refresh();
}

wxString ProjectList::waiting_text(std::int64_t project_id) const {
  const auto found = waiting_.find(project_id);
  return found == waiting_.end() ? wxString() : found->second;
}

wxString ProjectList::OnGetItemText(long item, long column) const {
  if (item < 0 || static_cast<std::size_t>(item) >= projects_.size()) return {};
  const ledger::ProjectSummary& project = projects_[item];
  switch (column) {
    case kTitle:
      return to_wx(project.title);
    case kClient:
      return to_wx(project.client_name);
    case kStatus:
      return open_label(project.status);
    case kScope:
      return status_label(project.scope);
    case kRevisions:
      return wxString::Format("%d", project.revision_count);
    case kLastActivity:
      return format_last_activity(project.last_activity);
    case kWaiting:
      return waiting_text(project.id);
    default:
      return {};
  }
}

wxItemAttr* ProjectList::OnGetItemAttr(long item) const {
  if (item < 0 || static_cast<std::size_t>(item) >= projects_.size()) return nullptr;
  return projects_[item].status == "closed" ? &closed_attr_ : nullptr;
}

int ProjectList::OnGetItemImage(long) const {
  return -1;  // the title has no picture
}

int ProjectList::OnGetItemColumnImage(long item, long column) const {
  if (column != kScope || item < 0 || static_cast<std::size_t>(item) >= projects_.size()) return -1;
  return static_cast<int>(projects_[item].scope);
}

wxString format_last_activity(const std::string& iso_utc) {
  wxDateTime when;
  wxString::const_iterator end;
  const wxString text = to_wx(iso_utc.substr(0, 19));  // "YYYY-MM-DDTHH:MM:SS"
  if (!when.ParseFormat(text, "%Y-%m-%dT%H:%M:%S", &end) || end != text.end()) return to_wx(iso_utc);
  when.MakeFromUTC();

  const wxDateTime today = wxDateTime::Today();
  const wxString time = when.Format("%H:%M");
  if (when.IsSameDate(today)) {
    // TRANSLATORS: last activity today; %s is the time, e.g. 14:05
    return wxString::Format(_("Today, %s"), time);
  }
  if (when.IsSameDate(today - wxDateSpan::Day())) {
    // TRANSLATORS: last activity yesterday; %s is the time, e.g. 09:12
    return wxString::Format(_("Yesterday, %s"), time);
  }
  return when.Format("%Y-%m-%d %H:%M");
}

}  // namespace sk::gui
