// Small helpers shared by the dialogs' forms: labelled two-column grids with aligned labels, the language
// and currency lists.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/string.h>

#include "common/languages.h"

namespace sk::gui {

// The language choice controls list sk::languages() (common/languages.h) in order, by native name.
inline constexpr const char* kCurrencies[] = {"EUR", "USD", "GBP", "RON", "KRW", "CHF"};

// Index of `code` in sk::languages(), 0 (English) when unknown.
int language_index(const std::string& code);
// The code at `index` of sk::languages(); English's for an index out of range (no selection).
std::string language_code_at(int index);

// A static text in bold (scaled by `scale`), e.g. a heading, with a minimum size measured in that font (GTK
// measures a label that is not realised yet in the default font, and the text would be clipped).
wxStaticText* bold_label(wxWindow* parent, const wxString& text, float scale = 1.0f);

// Two-column grid: label, control.
wxFlexGridSizer* form_grid();

// Adds a row and returns its label, so the labels of all sections can be given one width.
wxStaticText* add_row(wxFlexGridSizer* grid, wxWindow* parent, const wxString& text, wxWindow* control);

// The file dialogs' filter for the files a revision or a delivery may be: documents and images.
wxString documents_wildcard();

// The last steps every form dialog takes: its sizer set and fitted, centred on its parent, Tab from field
// to field (tab_between_fields), standard buttons in the interface language (label_standard_buttons).
void finish_form_dialog(wxDialog* dialog, wxSizer* column);

// Wraps a one-paragraph label to `width` pixels, again from one line each time (Wrap() breaks the label it
// is given), so it can follow its window's width.
void wrap_to_width(wxStaticText* text, int width);
// Keeps `text` wrapped to the width of `window` (its parent, usually) minus `margin`.
void keep_wrapped(wxStaticText* text, wxWindow* window, int margin);

// Lines the sections up: every label as wide as the widest.
void align_labels(const std::vector<wxStaticText*>& labels);

// Tab and Shift+Tab in `dialog` go from field to field in the order they were created, into and out of
// static boxes. GTK would stop on an editable combo box's arrow button, which shows no focus (after
// Currency the cursor seemed lost, and the client's name skipped).
void tab_between_fields(wxWindow* dialog);

// The standard buttons (OK, Cancel, Yes, No, Close, Save) of `dialog` labelled in the interface language.
// GTK draws them from its own stock, translated by the C locale, which the app never changes: a Korean
// dialog said "Cancel" next to "저장". Call after the buttons are made.
void label_standard_buttons(wxWindow* dialog);
// The same for a message dialog's buttons (before any labels of its own are set).
void label_message_buttons(wxMessageDialog& dialog);
// wxMessageBox with its buttons in the interface language; returns wxOK, wxYES, wxNO or wxCANCEL.
int message_box(const wxString& message, const wxString& caption, long style, wxWindow* parent);

// "150", "99.50" or "99,50" as a number; nullopt for empty text; sets `ok` false when it is not a number.
std::optional<double> parse_price(const wxString& text, bool& ok);

// A price for a text field: "150" or "99.5"; empty for none.
wxString format_price(const std::optional<double>& price);

}  // namespace sk::gui
