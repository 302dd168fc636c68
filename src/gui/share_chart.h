// The changed-share chart of the History tab: one bar per round coloured by status, the limit as a dashed
// step line with its label, the "last included round" marker with the extra rounds shaded beyond it, the
// y axis in %, round labels, the exact share above each bar and in a tooltip. Only drawing: every number
// comes from model::HistoryChart.
#pragma once

#include <wx/geometry.h>
#include <wx/window.h>

#include "model/history_chart.h"
#include "policy/status.h"

class wxGraphicsContext;

namespace sk::gui {

// What a status means, in words for people (translated).
wxString status_text(policy::Status status);

class ShareChart : public wxWindow {
 public:
  explicit ShareChart(wxWindow* parent);

  void set_chart(model::HistoryChart chart);
  const model::HistoryChart& chart() const { return chart_; }

 private:
  struct Geometry {
    wxRect2DDouble plot;  // the area inside the axes
    double slot_width = 0;
    double bar_width = 0;
    double y_of(double percent, double max_percent) const;
    double slot_left(int slot) const { return plot.m_x + slot * slot_width; }
  };

  Geometry geometry(wxGraphicsContext& gc) const;
  void on_paint(wxPaintEvent& event);
  void on_motion(wxMouseEvent& event);
  void on_leave(wxMouseEvent& event);
  void draw(wxGraphicsContext& gc, const Geometry& layout) const;
  void draw_legend(wxGraphicsContext& gc, const Geometry& layout) const;
  int bar_at(const wxPoint& point) const;  // index into chart_.bars, or -1
  wxString bar_tooltip(const model::ChartBar& bar) const;

  model::HistoryChart chart_;
  int hovered_ = -1;
  Geometry last_geometry_;  // from the last paint, for hit tests
};

}  // namespace sk::gui
