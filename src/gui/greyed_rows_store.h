// The rows of a wxDataViewListCtrl with some of them greyed (in italics, in the theme's grey text colour):
// what is kept in the record but counts for nothing, such as a withdrawn revision. Associate it with the
// control before its columns are appended; it holds the values as wxDataViewListStore does.
#pragma once

#include <utility>
#include <vector>

#include <wx/dataview.h>
#include <wx/settings.h>

namespace sk::gui {

class GreyedRowsStore : public wxDataViewListStore {
 public:
  // Row i is greyed when greyed[i]; rows past its end are not.
  void set_greyed(std::vector<bool> greyed) { greyed_ = std::move(greyed); }

  bool GetAttrByRow(unsigned row, unsigned, wxDataViewItemAttr& attr) const override {
    if (row >= greyed_.size() || !greyed_[row]) return false;
    attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    attr.SetItalic(true);
    return true;
  }

 private:
  std::vector<bool> greyed_;
};

}  // namespace sk::gui
