// A date field that writes and reads dates the interface language's way (model/date_text.h), typed or
// picked from a calendar that drops down. It replaces wxDatePickerCtrl, which on GTK follows the C locale
// (the app never changes it), so every user saw American month/day order.
#pragma once

#include <string>

#include <wx/combo.h>
#include <wx/datetime.h>

namespace sk::gui {

// How every date field writes dates: the interface language ("en", "ko", "ro") and the English choice of
// the settings ("en-GB", "en-US"); set at start-up, the English choice again when the settings change.
void set_date_field_language(const std::string& interface_language, const std::string& english);
void set_date_field_english(const std::string& english);

// A date written the way the fields expect ("31/12/2030", "12/31/2030", "2030. 12. 31.", "31.12.2030"),
// for messages that say how to write one.
wxString date_example();

// A stored date (YYYY-MM-DD; a longer ISO timestamp is cut to its day) as the date fields write it.
wxString date_shown(const std::string& iso);

class DateField : public wxComboCtrl {
 public:
  DateField(wxWindow* parent, const wxDateTime& date);

  // The date shown; invalid (wxDateTime::IsValid() false) when the text is not a date.
  wxDateTime date() const;
  void set_date(const wxDateTime& date);
  // The earliest and latest day the calendar offers (either may be wxDefaultDateTime: no limit). A date
  // typed outside them is the caller's to refuse (in_range()).
  void set_range(const wxDateTime& earliest, const wxDateTime& latest);
  bool in_range(const wxDateTime& date) const;

 private:
  wxDateTime earliest_, latest_;
};

}  // namespace sk::gui
