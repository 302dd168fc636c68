// The comparison window and comparing two files; see compare_frame.h.
#include "compare_frame.h"

#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

#include "background_task.h"
#include "compare_panel.h"
#include "measure/compare.h"
#include "settings.h"
#include "text/load_text.h"
#include "window_place.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

std::string file_name(const std::string& path) {
  return to_utf8(wxFileName(to_wx(path)).GetFullName());
}

struct Compared {
  model::CompareView view;
};

}  // namespace

CompareFrame::CompareFrame(wxWindow* parent, Settings& settings, model::CompareView view,
                           const std::string& old_name, const std::string& new_name)
    : wxFrame(parent, wxID_ANY,
              // TRANSLATORS: window title; the two file names follow
              wxString::Format(_("Compare: %s"), to_wx(old_name + " \u2192 " + new_name))),
      settings_(settings) {
  auto* panel = new ComparePanel(this, std::move(view), old_name, new_name);
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(panel, wxSizerFlags(1).Expand());
  SetSizer(sizer);
  SetMinSize(FromDIP(wxSize(640, 420)));
  restore_window_place(this, settings_, "compare", FromDIP(wxSize(1100, 720)));
  Bind(wxEVT_CLOSE_WINDOW, &CompareFrame::on_close, this);
}

void CompareFrame::on_close(wxCloseEvent& event) {
  save_window_place(this, settings_, "compare");
  event.Skip();
}

std::unique_ptr<BackgroundTask> compare_files(wxWindow* parent, Settings& settings,
                                              const std::string& old_path, const std::string& new_path) {
  // TRANSLATORS: title of the progress dialog while two files are read and measured
  auto task = std::make_unique<BackgroundTask>(parent, _("Comparing"));
  const std::string old_name = file_name(old_path);
  const std::string new_name = file_name(new_path);
  // TRANSLATORS: progress step; %s is a file name
  const std::string reading_old = to_utf8(wxString::Format(_("Reading %s"), to_wx(old_name)));
  const std::string reading_new = to_utf8(wxString::Format(_("Reading %s"), to_wx(new_name)));
  // TRANSLATORS: progress step while the words of two texts are compared
  const std::string measuring = to_utf8(_("Measuring the changes..."));
  wxWeakRef<wxWindow> owner(parent);
  task->start<Compared>(
      [old_path, new_path, reading_old, reading_new, measuring](model::TaskControl& control) {
        control.set_step(reading_old);
        const text::Document older = text::load_text_file(old_path);
        control.checkpoint();
        control.set_step(reading_new);
        const text::Document newer = text::load_text_file(new_path);
        control.checkpoint();
        control.set_step(measuring);
        const measure::Comparison comparison = measure::compare(older, newer);
        control.checkpoint();
        return Compared{model::build_compare_view(older, newer, comparison)};
      },
      [owner, &settings, old_name, new_name](Compared result) {
        auto* frame = new CompareFrame(owner.get(), settings, std::move(result.view), old_name, new_name);
        frame->Show();
      },
      [owner](const wxString& message) {
        wxMessageBox(message, _("Cannot compare the files"), wxOK | wxICON_ERROR, owner.get());
      });
  return task;
}

}  // namespace sk::gui
