// The date field; see date_field.h.
#include "date_field.h"

#include <wx/calctrl.h>
#include <wx/combo.h>

#include "model/date_text.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

std::string g_interface_language = "en";
std::string g_locale = "en_GB";

wxString shown(const wxDateTime& date) {
  if (!date.IsValid()) return wxEmptyString;
  return to_wx(model::date_text(to_utf8(date.FormatISODate()), g_locale));
}

wxDateTime parsed(const wxString& text) {
  wxDateTime date;
  if (const auto iso = model::parse_date_text(to_utf8(text), g_locale)) date.ParseISODate(to_wx(*iso));
  return date;
}

// The calendar that drops down; a day clicked is taken and the calendar closed, while moving between
// months keeps it open.
class CalendarPopup : public wxCalendarCtrl, public wxComboPopup {
 public:
  bool Create(wxWindow* parent) override {
    if (!wxCalendarCtrl::Create(parent, wxID_ANY, wxDateTime::Today(), wxPoint(0, 0), wxDefaultSize,
                                wxCAL_SEQUENTIAL_MONTH_SELECTION | wxCAL_SHOW_SURROUNDING_WEEKS |
                                    wxCAL_MONDAY_FIRST | wxBORDER_SIMPLE)) {
      return false;
    }
    Bind(wxEVT_CALENDAR_SEL_CHANGED, [this](wxCalendarEvent&) {
      const wxDateTime day = GetDate();
      const bool same_month =
          shown_.IsValid() && day.GetMonth() == shown_.GetMonth() && day.GetYear() == shown_.GetYear();
      shown_ = day;
      if (same_month) take(day);
    });
    Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this](wxCalendarEvent&) { take(GetDate()); });
    return true;
  }
  wxWindow* GetControl() override { return this; }
  void SetStringValue(const wxString& text) override {
    const wxDateTime date = parsed(text);
    shown_ = date.IsValid() ? date : wxDateTime::Today();
    SetDate(shown_);
  }
  wxString GetStringValue() const override { return shown(GetDate()); }
  wxSize GetAdjustedSize(int min_width, int, int) override {
    const wxSize best = GetBestSize();
    return {std::max(min_width, best.GetWidth()), best.GetHeight()};
  }

 private:
  void take(const wxDateTime& day) {
    GetComboCtrl()->SetValue(shown(day));
    Dismiss();
  }
  wxDateTime shown_;
};

}  // namespace

void set_date_field_language(const std::string& interface_language, const std::string& english) {
  g_interface_language = interface_language;
  g_locale = model::date_locale(interface_language, english);
}

void set_date_field_english(const std::string& english) {
  g_locale = model::date_locale(g_interface_language, english);
}

wxString date_shown(const std::string& iso) {
  return to_wx(model::date_text(iso.substr(0, 10), g_locale));
}

wxString date_example() {
  return shown(wxDateTime(31, wxDateTime::Dec, 2030));
}

DateField::DateField(wxWindow* parent, const wxDateTime& date) : wxComboCtrl(parent, wxID_ANY, shown(date)) {
  UseAltPopupWindow();  // a real window: GTK gives the calendar its clicks
  SetPopupControl(new CalendarPopup);
  // Wide enough for the longest form ("2030. 12. 31.") in this font.
  SetMinSize(
      wxSize(GetTextExtent(shown(wxDateTime(31, wxDateTime::Dec, 2030))).GetWidth() + FromDIP(48), -1));
}

wxDateTime DateField::date() const {
  return parsed(wxComboCtrl::GetValue());
}

void DateField::set_date(const wxDateTime& date) {
  wxComboCtrl::SetValue(shown(date));
}

void DateField::set_range(const wxDateTime& earliest, const wxDateTime& latest) {
  earliest_ = earliest;
  latest_ = latest;
  if (auto* calendar = dynamic_cast<wxCalendarCtrl*>(GetPopupControl())) {
    calendar->SetDateRange(earliest, latest);
  }
}

bool DateField::in_range(const wxDateTime& date) const {
  if (!date.IsValid()) return false;
  if (earliest_.IsValid() && date.IsEarlierThan(earliest_)) return false;
  if (latest_.IsValid() && date.IsLaterThan(latest_)) return false;
  return true;
}

}  // namespace sk::gui
