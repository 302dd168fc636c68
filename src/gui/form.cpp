// Form helpers; see form.h.
#include "form.h"

#include <wx/button.h>
#include <wx/statbox.h>
#include <wx/stockitem.h>

#include <algorithm>
#include <string>

namespace sk::gui {

int language_index(const std::string& code) {
  const auto all = languages();
  for (int i = 0; i < static_cast<int>(all.size()); ++i) {
    if (code == all[static_cast<std::size_t>(i)].code) return i;
  }
  return 0;
}

std::string language_code_at(int index) {
  const auto all = languages();
  if (index < 0 || static_cast<std::size_t>(index) >= all.size()) return std::string(all.front().code);
  return std::string(all[static_cast<std::size_t>(index)].code);
}

wxStaticText* bold_label(wxWindow* parent, const wxString& text, float scale) {
  auto* label = new wxStaticText(parent, wxID_ANY, wxEmptyString);
  label->SetFont(label->GetFont().Scaled(scale).Bold());
  label->SetLabel(text);
  // GTK may still measure the label in the default font while it is not realised (inside a notebook page
  // or a panel swapped into a shown window); wx measures the text in the font it was given.
  wxSize extent = label->GetTextExtent(text);
  extent.IncTo(label->GetBestSize());
  label->SetMinSize(extent);
  return label;
}

wxFlexGridSizer* form_grid() {
  auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
  grid->AddGrowableCol(1, 1);
  return grid;
}

wxStaticText* add_row(wxFlexGridSizer* grid, wxWindow* parent, const wxString& text, wxWindow* control) {
  auto* row_label = new wxStaticText(parent, wxID_ANY, text);
  grid->Add(row_label, wxSizerFlags().CentreVertical());
  grid->Add(control, wxSizerFlags().Expand());
  return row_label;
}

wxString documents_wildcard() {
  // TRANSLATORS: file dialog filter
  return _(
      "Documents and images (*.docx;*.odt;*.pdf;*.rtf;*.html;*.txt;*.md;*.png;*.jpg)|"
      "*.docx;*.odt;*.pdf;*.rtf;*.html;*.htm;*.txt;*.md;*.markdown;*.png;*.jpg;*.jpeg;"
      "*.PNG;*.JPG;*.JPEG|All files|*");
}

void finish_form_dialog(wxDialog* dialog, wxSizer* column) {
  dialog->SetSizerAndFit(column);
  dialog->CentreOnParent();
  tab_between_fields(dialog);
  label_standard_buttons(dialog);
}

void wrap_to_width(wxStaticText* text, int width) {
  wxString sentence = text->GetLabel();
  sentence.Replace("\n", " ");
  text->SetLabel(sentence);
  text->Wrap(std::max(width, text->FromDIP(120)));
}

void keep_wrapped(wxStaticText* text, wxWindow* window, int margin) {
  window->Bind(wxEVT_SIZE, [text, window, margin](wxSizeEvent& event) {
    event.Skip();
    window->CallAfter([text, window, margin] {
      wrap_to_width(text, window->GetClientSize().GetWidth() - margin);
      window->Layout();
    });
  });
}

void align_labels(const std::vector<wxStaticText*>& labels) {
  int width = 0;
  for (wxStaticText* row_label : labels) width = std::max(width, row_label->GetBestSize().GetWidth());
  for (wxStaticText* row_label : labels) row_label->SetMinSize(wxSize(width, -1));
}

namespace {

// The windows Tab should visit under `root`, depth first in creation order (a static box's fields too).
void collect_fields(wxWindow* root, std::vector<wxWindow*>& fields) {
  for (wxWindow* child : root->GetChildren()) {
    if (!child->IsShown() || !child->IsEnabled() || child->IsTopLevel()) continue;
    if (child->AcceptsFocusFromKeyboard() && !wxDynamicCast(child, wxStaticBox)) {
      fields.push_back(child);
    } else {
      collect_fields(child, fields);
    }
  }
}

}  // namespace

void tab_between_fields(wxWindow* dialog) {
  dialog->Bind(wxEVT_CHAR_HOOK, [dialog](wxKeyEvent& event) {
    const int modifiers = event.GetModifiers();
    if (event.GetKeyCode() != WXK_TAB || (modifiers & ~wxMOD_SHIFT) != 0) {
      event.Skip();
      return;
    }
    std::vector<wxWindow*> fields;
    collect_fields(dialog, fields);
    wxWindow* focus = wxWindow::FindFocus();
    auto at = fields.end();
    for (; focus != nullptr && focus != dialog; focus = focus->GetParent()) {
      at = std::find(fields.begin(), fields.end(), focus);
      if (at != fields.end()) break;
    }
    if (at == fields.end()) {
      event.Skip();  // somewhere we do not know: GTK's own order
      return;
    }
    const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(fields.size());
    const std::ptrdiff_t step = modifiers == wxMOD_SHIFT ? -1 : 1;
    fields[static_cast<std::size_t>(((at - fields.begin()) + step + n) % n)]->SetFocus();
  });
}

void label_standard_buttons(wxWindow* dialog) {
  // Plain words, not wx's stock labels ("&Cancel"): a label wx recognises as stock is handed back to GTK,
  // which shows its own, English, one.
  const std::pair<int, wxString> labels[] = {
      // TRANSLATORS: standard dialog buttons
      {wxID_OK, _("OK")},
      {wxID_CANCEL, _("Cancel")},
      {wxID_YES, _("Yes")},
      {wxID_NO, _("No")},
  };
  for (const auto& [id, label] : labels) {
    auto* button = wxDynamicCast(dialog->FindWindow(id), wxButton);
    // A label of the dialog's own ("&Create project") stays.
    if (button != nullptr && (button->GetLabel().empty() || wxIsStockLabel(id, button->GetLabel()))) {
      button->SetLabel(label);
    }
  }
}

void label_message_buttons(wxMessageDialog& dialog) {
  dialog.SetYesNoCancelLabels(_("Yes"), _("No"), _("Cancel"));
  dialog.SetOKLabel(_("OK"));
}

int message_box(const wxString& message, const wxString& caption, long style, wxWindow* parent) {
  wxMessageDialog dialog(parent, message, caption, style);
  label_message_buttons(dialog);
  switch (dialog.ShowModal()) {
    case wxID_YES:
      return wxYES;
    case wxID_NO:
      return wxNO;
    case wxID_CANCEL:
      return wxCANCEL;
    default:
      return wxOK;
  }
}

std::optional<double> parse_price(const wxString& text, bool& ok) {
  ok = true;
  wxString price = text;
  price.Trim(true).Trim(false);
  if (price.empty()) return std::nullopt;
  price.Replace(",", ".");
  double value = 0;
  if (!price.ToCDouble(&value) || value < 0) {
    ok = false;
    return std::nullopt;
  }
  return value;
}

wxString format_price(const std::optional<double>& price) {
  if (!price) return wxString();
  wxString text = wxString::FromCDouble(*price, 2);
  if (text.EndsWith(".00")) text.RemoveLast(3);
  return text;
}

}  // namespace sk::gui
