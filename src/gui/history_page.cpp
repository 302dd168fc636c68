#include "history_page.h"

namespace sk::gui {

HistoryPage::HistoryPage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {}
void HistoryPage::show(const ledger::ProjectHistory&) {}
void HistoryPage::export_csv() {}

}  // namespace sk::gui
