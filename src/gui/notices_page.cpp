#include "notices_page.h"

namespace sk::gui {

NoticesPage::NoticesPage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {}
void NoticesPage::show(const ledger::ProjectHistory&) {}
void NoticesPage::generate() {}
bool NoticesPage::issue_to(const std::string&) { return false; }
std::string NoticesPage::describe() const { return {}; }

}  // namespace sk::gui
