// The Deliveries tab: the versions the freelancer sent (recorded from the file, kept as evidence, with the
// day), where each stands — waiting for the client's comments (and until when), answered by a revision,
// approved by the agreed feedback window, or approved explicitly — and the actions to record a delivery and
// an approval. The states are worked out by core (ledger/delivery_states.h over policy/approval.h).
#pragma once

#include <string>
#include <vector>

#include "ledger/delivery_states.h"
#include "project_page.h"

class wxButton;
class wxListView;
class wxStaticText;

namespace sk::gui {

class DeliveriesPage : public ProjectPage {
 public:
  DeliveriesPage(wxWindow* parent, ProjectContext& context);

  void show(const ledger::ProjectHistory& history) override;
  std::string describe() const override;

  // Records `path` as delivered on `iso_day` (the buttons ask for both; the GUI tests pass them). False
  // after saying why not.
  bool record_delivery(const std::string& path, const std::string& iso_day, const std::string& note);
  // Records that delivery `number` was approved on `iso_day`, and how. False after saying why not.
  bool record_approval(int number, const std::string& iso_day, const std::string& how);

 private:
  void on_record_delivery();
  void on_record_approval();
  void update_buttons();
  int selected_number() const;  // 0 when none

  std::vector<ledger::JudgedDelivery> deliveries_;
  bool closed_ = false;
  wxStaticText* summary_ = nullptr;
  wxListView* list_ = nullptr;
  wxButton* add_ = nullptr;
  wxButton* approve_ = nullptr;
  wxStaticText* hint_ = nullptr;
};

// Where a delivery stands, in the interface language.
wxString delivery_state_text(const ledger::JudgedDelivery& delivery);

}  // namespace sk::gui
