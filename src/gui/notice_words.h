// The words the Notices tab shows for what the ledger and the policy store as codes and figures: kinds of
// notice, languages, the tone check's categories, PDF sizes, the revision choice and the policy's verdict,
// in the interface language. Shared by the sent notices (sent_notices_panel.h) and the draft
// (notices_page.h).
#pragma once

#include <cstdint>
#include <string>

#include <wx/string.h>

#include "model/notice_draft.h"

namespace sk::gui {

wxString kind_name(notice::NoticeKind kind);
// A kind as stored ("over-scope"); the code itself for a kind this build does not know.
wxString kind_name(const std::string& code);
// A language code ("ko") as its name in that language ("한국어"); unknown codes as they are.
wxString language_name(const std::string& code);
// A category of tone remark ("blame"); unknown ones as they are.
wxString category_name(const std::string& category);
// A stored PDF's size, "98 KB" (rounded up).
wxString pdf_size(std::int64_t bytes);
// An item of the revision choice: "Revision 3 (round 2)", "(original delivery)" or "(not counted)".
wxString revision_label(const model::NoticePreselection& p);
// What the policy calls for on the chosen revision, as the sentence above the draft.
wxString policy_text(const model::NoticePreselection& p);

}  // namespace sk::gui
