// Long work off the UI thread; see background_task.h.
#include "background_task.h"

#include <wx/app.h>
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "error_text.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

constexpr int kTickMs = 100;
constexpr int kDialogDelayTicks = 4;  // quick work finishes without a dialog flashing up

}  // namespace

BackgroundTask::BackgroundTask(wxWindow* parent, const wxString& title)
    : parent_(parent), title_(title), self_(std::make_shared<BackgroundTask*>(this)) {
  timer_.Bind(wxEVT_TIMER, &BackgroundTask::on_tick, this);
}

BackgroundTask::~BackgroundTask() {
  *self_ = nullptr;
  timer_.Stop();
  runner_.control().cancel();
  runner_.wait();
  close_dialog();
}

void BackgroundTask::start_erased(std::function<void(model::TaskControl&)> work, std::function<void()> done,
                                  std::function<void(const wxString&)> failed) {
  done_ = std::move(done);
  failed_ = std::move(failed);
  std::shared_ptr<BackgroundTask*> self = self_;
  runner_.start(std::move(work), [self](const model::Outcome& outcome) {
    // On the worker thread: hand the outcome to the UI thread (CallAfter on the app is thread-safe).
    wxTheApp->CallAfter([self, outcome] {
      if (*self != nullptr) (*self)->deliver(outcome);
    });
  });
  timer_.Start(kTickMs);
}

void BackgroundTask::on_tick(wxTimerEvent&) {
  ++ticks_;
  if (dialog_ == nullptr && ticks_ >= kDialogDelayTicks && runner_.running()) show_dialog();
  if (dialog_ == nullptr) return;
  gauge_->Pulse();
  if (!runner_.control().cancelled()) {
    const wxString step = to_wx(runner_.control().step());
    if (step_->GetLabel() != step) step_->SetLabel(step);
  }
}

void BackgroundTask::show_dialog() {
  dialog_ = new wxDialog(parent_.get(), wxID_ANY, title_, wxDefaultPosition, wxDefaultSize, wxCAPTION);
  step_ = new wxStaticText(dialog_, wxID_ANY, to_wx(runner_.control().step()), wxDefaultPosition,
                           dialog_->FromDIP(wxSize(380, -1)), wxST_NO_AUTORESIZE | wxST_ELLIPSIZE_MIDDLE);
  gauge_ = new wxGauge(dialog_, wxID_ANY, 100, wxDefaultPosition, dialog_->FromDIP(wxSize(380, -1)));
  auto* cancel = new wxButton(dialog_, wxID_CANCEL, _("Cancel"));
  cancel->Bind(wxEVT_BUTTON, [this, cancel](wxCommandEvent&) {
    runner_.control().cancel();
    // TRANSLATORS: progress dialog, after Cancel was pressed and the work is stopping
    step_->SetLabel(_("Stopping..."));
    cancel->Disable();
  });
  auto* column = new wxBoxSizer(wxVERTICAL);
  const int gap = dialog_->FromDIP(12);
  column->Add(step_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(gauge_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
  column->Add(cancel, wxSizerFlags().Right().Border(wxALL, gap));
  dialog_->SetSizerAndFit(column);
  dialog_->CentreOnParent();
  disabler_ = std::make_unique<wxWindowDisabler>(dialog_);
  dialog_->Show();
}

void BackgroundTask::close_dialog() {
  disabler_.reset();
  if (dialog_ != nullptr) {
    dialog_->Destroy();
    dialog_ = nullptr;
  }
}

void BackgroundTask::deliver(const model::Outcome& outcome) {
  timer_.Stop();
  runner_.wait();
  close_dialog();
  // Moved out first: the callbacks may destroy this task.
  const std::function<void()> done = std::move(done_);
  const std::function<void(const wxString&)> failed = std::move(failed_);
  switch (outcome.kind) {
    case model::Outcome::Kind::kDone:
      if (done) done();
      break;
    case model::Outcome::Kind::kFailed:
      if (failed) failed(outcome.failure ? error_message(*outcome.failure) : to_wx(outcome.error));
      break;
    case model::Outcome::Kind::kCancelled:
      break;
  }
}

}  // namespace sk::gui
