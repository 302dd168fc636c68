// The Compare tab; see compare_page.h.
#include "compare_page.h"

#include <optional>

#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "background_task.h"
#include "common/error.h"
#include "compare_panel.h"
#include "form.h"
#include "image_compare_panel.h"
#include "import/import.h"
#include "ledger/revision_store.h"
#include "model/compare_view.h"
#include "model/revision_timeline.h"
#include "workflow/stored_pair.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

struct ImagePair {
  import::Image older, newer;
  import::ImageComparison comparison;
};

// What the worker hands back: a text comparison's view, or two images with their comparison.
struct Measured {
  std::optional<model::CompareView> text;
  std::optional<ImagePair> images;
};

}  // namespace

ComparePage::ComparePage(wxWindow* parent, ProjectContext& context) : ProjectPage(parent, context) {
  picker_ = new wxChoice(this, wxID_ANY);
  picker_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    const int index = picker_->GetSelection();
    if (index >= 0 && index < static_cast<int>(choices_.size())) compare(choices_[index].number);
  });
  hint_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(new wxStaticText(this, wxID_ANY, _("Show:")), wxSizerFlags().CentreVertical().Border(wxRIGHT));
  top->Add(picker_, wxSizerFlags(1).CentreVertical());
  auto* column = new wxBoxSizer(wxVERTICAL);
  column->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(10)));
  column->Add(hint_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(10)));
  SetSizer(column);
}

ComparePage::~ComparePage() = default;

void ComparePage::show(const ledger::ProjectHistory& history) {
  std::vector<Choice> choices;
  for (const ledger::JudgedRevision& judged : history.revisions) {
    const ledger::RevisionRecord& r = judged.revision;
    if (!r.measured) continue;
    Choice choice{r.number, r.measured->against, {}, r.file_name, r.kind == ContentKind::kImage};
    for (const ledger::JudgedRevision& other : history.revisions) {
      if (other.revision.number == r.measured->against) choice.old_name = other.revision.file_name;
    }
    choices.push_back(std::move(choice));
  }
  const bool same =
      choices.size() == choices_.size() &&
      std::equal(choices.begin(), choices.end(), choices_.begin(), [](const Choice& a, const Choice& b) {
        return a.number == b.number && a.against == b.against;
      });
  if (same) return;  // nothing to measure again
  choices_ = std::move(choices);
  picker_->Clear();
  for (const Choice& c : choices_) {
    // TRANSLATORS: Compare tab choice; the revision shown, its file, and the revision it is measured against
    picker_->Append(wxString::Format(_("Revision %d (%s) against revision %d (%s)"), c.number,
                                     to_wx(c.new_name), c.against, to_wx(c.old_name)));
  }
  picker_->Enable(!choices_.empty());
  if (choices_.empty()) {
    clear_view();
    show_hint(
        _("Nothing to compare yet: once the client's first revision is logged after your original, it "
          "shows here against the text before it."));
    return;
  }
  // Keep showing the same revision when it is still measured the same way; else the latest.
  auto still =
      std::find_if(choices_.begin(), choices_.end(), [&](const Choice& c) { return c.number == shown_; });
  if (still != choices_.end()) {
    picker_->SetSelection(static_cast<int>(still - choices_.begin()));
    shown_ = 0;  // measured against another revision now: show again
    compare(still->number);
  } else {
    // The latest revision is what the selector shows, so that is what the tab shows: measured as soon as
    // the tab is in view (not while the freelancer works in another tab).
    clear_view();
    picker_->SetSelection(static_cast<int>(choices_.size()) - 1);
    pending_ = choices_.back().number;
    show_hint(_("Measuring..."));
    if (IsShownOnScreen()) in_view();
  }
}

void ComparePage::in_view() {
  if (pending_ == 0) return;
  const int number = pending_;
  pending_ = 0;
  compare(number);
}

void ComparePage::compare(int number) {
  pending_ = 0;
  auto found =
      std::find_if(choices_.begin(), choices_.end(), [&](const Choice& c) { return c.number == number; });
  if (found == choices_.end()) {
    show_hint(wxString::Format(_("Revision %d has nothing to be compared with: it is the first counted one."),
                               number));
    return;
  }
  picker_->SetSelection(static_cast<int>(found - choices_.begin()));
  if (number == shown_) return;
  const Choice choice = *found;
  requested_ = number;
  task_ = std::make_unique<BackgroundTask>(wxGetTopLevelParent(this), _("Comparing"));
  const std::string db_path = context_.db.path();
  const std::int64_t project_id = context_.project_id;
  const std::string reading = to_utf8(_("Reading the stored texts"));
  const std::string measuring = to_utf8(_("Measuring the changes..."));
  show_hint(_("Measuring..."));
  task_->start<Measured>(
      [db_path, project_id, choice, reading, measuring](model::TaskControl& control) {
        control.set_step(reading);
        ledger::Database db = ledger::Database::open(db_path);
        // The one way stored revisions are measured (workflow/stored_pair.h): the figures match the ledger's.
        workflow::MeasuredPair pair = workflow::measure_stored_pair(
            db, project_id, choice.against, choice.number, [&](workflow::PairStage stage) {
              control.checkpoint();
              if (stage == workflow::PairStage::kMeasuring) control.set_step(measuring);
            });
        control.checkpoint();
        Measured result;
        if (pair.measured.pixels) {
          result.images =
              ImagePair{std::move(pair.older.image), std::move(pair.newer.image), *pair.measured.pixels};
        } else {
          result.text =
              model::build_compare_view(pair.older.document, pair.newer.document, *pair.measured.words);
        }
        return result;
      },
      [this, choice](Measured result) {
        if (requested_ != choice.number) return;
        const bool inline_layout = panel_ != nullptr && panel_->is_inline();
        clear_view();
        if (result.images) {
          image_panel_ = new ImageComparePanel(this, result.images->older, result.images->newer,
                                               result.images->comparison, choice.old_name, choice.new_name);
          GetSizer()->Add(image_panel_, wxSizerFlags(1).Expand());
        } else {
          panel_ = new ComparePanel(this, std::move(*result.text), choice.old_name, choice.new_name);
          panel_->set_inline(inline_layout);
          GetSizer()->Add(panel_, wxSizerFlags(1).Expand());
        }
        shown_ = choice.number;
        hint_->Hide();
        Layout();
      },
      [this](const wxString& message) {
        show_hint(message);
        message_box(message, _("Cannot compare the revisions"), wxOK | wxICON_ERROR, this);
      });
}

void ComparePage::clear_view() {
  if (panel_ != nullptr) panel_->Destroy();
  if (image_panel_ != nullptr) image_panel_->Destroy();
  panel_ = nullptr;
  image_panel_ = nullptr;
  shown_ = 0;
}

bool ComparePage::busy() const {
  return task_ != nullptr && task_->running();
}

void ComparePage::show_hint(const wxString& hint) {
  hint_->SetLabel(hint);
  hint_->Show(!hint.empty());
  Layout();
}

std::string ComparePage::describe() const {
  std::string text = "Compare: " + to_utf8(picker_->GetStringSelection()) + "\n";
  if (hint_->IsShown()) text += "Hint: " + to_utf8(hint_->GetLabel()) + "\n";
  if (panel_ != nullptr) text += panel_->describe();
  if (image_panel_ != nullptr) text += image_panel_->describe();
  return text;
}

}  // namespace sk::gui
