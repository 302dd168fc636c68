#include "notices_page.h"

namespace sk::gui {

NoticesPage::NoticesPage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {}
void NoticesPage::show(const ledger::ProjectHistory&) {}
void NoticesPage::generate() {}

}  // namespace sk::gui
