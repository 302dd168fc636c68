#include "history_page.h"

namespace sk::gui {

HistoryPage::HistoryPage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {}
void HistoryPage::show(const ledger::ProjectHistory&) {}
void HistoryPage::export_csv() {}
bool HistoryPage::write_csv(const std::string&) { return false; }
std::string HistoryPage::describe() const { return {}; }

}  // namespace sk::gui
