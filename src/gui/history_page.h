// The History tab of the project window: the changed-share chart (ShareChart over model::HistoryChart), the
// revisions that do not count, the event log, and the export of the record as CSV (ledger/history_csv.h).
#pragma once

#include "ledger/history_csv.h"
#include "model/history_chart.h"
#include "project_page.h"

class wxButton;
class wxStaticText;

namespace sk::gui {

class EventList;
class ShareChart;

class HistoryPage : public ProjectPage {
 public:
  HistoryPage(wxWindow* parent, ProjectContext& context);
  void show(const ledger::ProjectHistory& history) override;
  std::string describe() const override;
  // Asks where to save (and which table: revisions, event log or notices) and writes the project's history
  // as CSV (menu Project > Export history).
  void export_csv();
  // Writes the CSV to `path` — what export_csv() does once the file dialog has answered. False (after
  // showing why) when it cannot be written. The revisions table; the overload chooses another.
  bool write_csv(const std::string& path);
  // Reads the record again (so the file holds what the ledger holds now) and writes `table` with a UTF-8
  // byte order mark, for spreadsheets. False after an error dialog with the CLI's one-line message.
  bool write_csv(const std::string& path, ledger::CsvTable table);

 private:
  wxString event_what(const model::EventRow& row) const;
  wxString default_file_name() const;

  ShareChart* chart_ = nullptr;
  wxStaticText* aside_ = nullptr;
  EventList* events_ = nullptr;
  wxButton* export_ = nullptr;
  model::HistoryChart model_;
  std::string title_;
};

}  // namespace sk::gui
