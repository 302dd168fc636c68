// The changed-share chart; see share_chart.h.
#include "share_chart.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>
#include <wx/tooltip.h>

#include "date_field.h"
#include "wx_text.h"

namespace sk::gui {

namespace {

bool dark_theme() {
  return wxSystemSettings::GetAppearance().IsDark();
}

wxColour status_colour(policy::Status status, bool dark) {
  switch (status) {
    case policy::Status::kWithin:
      return dark ? wxColour(96, 190, 128) : wxColour(46, 139, 87);
    case policy::Status::kHeadsUp:
      return dark ? wxColour(240, 192, 64) : wxColour(214, 152, 0);
    case policy::Status::kOverScope:
      return dark ? wxColour(255, 112, 104) : wxColour(204, 51, 43);
    case policy::Status::kRoundsExhausted:
      return dark ? wxColour(184, 140, 240) : wxColour(125, 60, 170);
  }
  return *wxLIGHT_GREY;
}

// `a` mixed with `b`: weight 0 gives a, 1 gives b.
wxColour mix(const wxColour& a, const wxColour& b, double weight) {
  auto channel = [weight](unsigned char x, unsigned char y) {
    return static_cast<unsigned char>(std::lround(x + (y - x) * weight));
  };
  return wxColour(channel(a.Red(), b.Red()), channel(a.Green(), b.Green()), channel(a.Blue(), b.Blue()));
}

wxString percent(double value) {
  return to_wx(model::percent_label(value));
}

}  // namespace

wxString status_text(policy::Status status) {
  switch (status) {
    case policy::Status::kWithin:
      // TRANSLATORS: status of a revision round; legend of the History chart
      return _("Within the limit");
    case policy::Status::kHeadsUp:
      // TRANSLATORS: status of a revision round: near the limit or the last included round
      return _("Heads-up");
    case policy::Status::kOverScope:
      // TRANSLATORS: status of a revision round that changed more than the agreed share
      return _("Over the limit");
    case policy::Status::kRoundsExhausted:
      // TRANSLATORS: status of a revision round beyond the included rounds
      return _("Extra round");
  }
  return {};
}

double ShareChart::Geometry::y_of(double percent, double max_percent) const {
  const double clamped = std::clamp(percent, 0.0, max_percent);
  return plot.m_y + plot.m_height * (1 - clamped / max_percent);
}

ShareChart::ShareChart(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(360, 220)));
  Bind(wxEVT_PAINT, &ShareChart::on_paint, this);
  Bind(wxEVT_MOTION, &ShareChart::on_motion, this);
  Bind(wxEVT_LEAVE_WINDOW, &ShareChart::on_leave, this);
  Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
    Refresh();
    event.Skip();
  });
}

void ShareChart::set_chart(model::HistoryChart chart) {
  chart_ = std::move(chart);
  hovered_ = -1;
  UnsetToolTip();
  Refresh();
}

ShareChart::Geometry ShareChart::geometry(wxGraphicsContext& gc) const {
  const wxSize size = GetClientSize();
  double widest = 0, height = 0, descent = 0, leading = 0;
  for (double tick : chart_.scale.ticks) {
    double width = 0;
    gc.GetTextExtent(percent(tick), &width, &height, &descent, &leading);
    widest = std::max(widest, width);
  }
  Geometry l;
  const double line = height > 0 ? height : FromDIP(14);
  const double left = widest + FromDIP(12);
  const double top = line * 2 + FromDIP(6);      // share labels and the marker's label
  const double bottom = line * 3 + FromDIP(14);  // round labels and the legend
  const double right = static_cast<double>(FromDIP(12));
  l.plot =
      wxRect2DDouble(left, top, std::max(size.x - left - right, 1.0), std::max(size.y - top - bottom, 1.0));
  if (chart_.slot_count > 0) {
    l.slot_width = l.plot.m_width / chart_.slot_count;
    l.bar_width = std::min(l.slot_width * 0.6, static_cast<double>(FromDIP(64)));
  }
  return l;
}

void ShareChart::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
  dc.Clear();
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
  if (!gc) return;
  gc->SetFont(GetFont(), wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
  last_geometry_ = geometry(*gc);
  draw(*gc, last_geometry_);
}

void ShareChart::draw(wxGraphicsContext& gc, const Geometry& l) const {
  const bool dark = dark_theme();
  const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
  const wxColour background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
  const wxColour faint = mix(background, text, 0.15);
  const wxColour muted = mix(background, text, 0.6);
  const double max = chart_.scale.max_percent > 0 ? chart_.scale.max_percent : 10;
  const double px = FromDIP(1);
  const wxRect2DDouble& plot = l.plot;
  const double bottom = plot.m_y + plot.m_height;

  if (chart_.slot_count == 0) {
    gc.SetFont(GetFont(), muted);
    // TRANSLATORS: the History chart before any round was measured
    const wxString empty = _("No rounds measured yet: the chart fills in as revisions are logged.");
    double w = 0, h = 0;
    gc.GetTextExtent(empty, &w, &h);
    gc.DrawText(empty, std::max(0.0, (GetClientSize().x - w) / 2), (GetClientSize().y - h) / 2);
    return;
  }

  // Extra rounds: everything right of the marker, lightly shaded.
  const double marker_x = l.slot_left(chart_.marker_after_slots);
  if (chart_.marker_after_slots < chart_.slot_count) {
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush(mix(background, status_colour(policy::Status::kRoundsExhausted, dark), 0.08)));
    gc.DrawRectangle(marker_x, plot.m_y, plot.m_x + plot.m_width - marker_x, plot.m_height);
  }

  // Grid and y axis labels.
  gc.SetFont(GetFont(), muted);
  for (double tick : chart_.scale.ticks) {
    const double y = l.y_of(tick, max);
    gc.SetPen(wxPen(tick == 0 ? muted : faint, std::max(1, FromDIP(1))));
    gc.StrokeLine(plot.m_x, y, plot.m_x + plot.m_width, y);
    double w = 0, h = 0;
    gc.GetTextExtent(percent(tick), &w, &h);
    gc.DrawText(percent(tick), plot.m_x - w - 6 * px, y - h / 2);
  }

  // Bars, their exact share above them, round labels below each slot.
  for (size_t i = 0; i < chart_.bars.size(); ++i) {
    const model::ChartBar& bar = chart_.bars[i];
    const double x = l.slot_left(bar.slot) + (l.slot_width - l.bar_width) / 2;
    const double y = l.y_of(bar.share_percent, max);
    const wxColour fill = status_colour(bar.status, dark);
    gc.SetBrush(wxBrush(fill));
    gc.SetPen(static_cast<int>(i) == hovered_ ? wxPen(text, std::max(1, FromDIP(2))) : *wxTRANSPARENT_PEN);
    gc.DrawRectangle(x, y, l.bar_width, std::max(bottom - y, px));
    gc.SetFont(GetFont().Bold(), text);
    const wxString label = to_wx(bar.share_label);
    double w = 0, h = 0;
    gc.GetTextExtent(label, &w, &h);
    gc.DrawText(label, x + (l.bar_width - w) / 2, y - h - 2 * px);
  }
  gc.SetFont(GetFont(), text);
  for (int slot = 0; slot < chart_.slot_count; ++slot) {
    // TRANSLATORS: label under a bar of the History chart; %d is the round number
    wxString label = wxString::Format(_("round %d"), slot + 1);
    double w = 0, h = 0;
    gc.GetTextExtent(label, &w, &h);
    if (w > l.slot_width - 4 * px) {
      label = wxString::Format("%d", slot + 1);
      gc.GetTextExtent(label, &w, &h);
    }
    gc.DrawText(label, l.slot_left(slot) + (l.slot_width - w) / 2, bottom + 4 * px);
  }

  // The limit: a dashed step line, labelled at the right end of each step.
  const wxColour limit_colour = dark ? wxColour(255, 140, 130) : wxColour(170, 30, 30);
  wxGraphicsPenInfo dashed(limit_colour, 2 * px, wxPENSTYLE_SHORT_DASH);
  gc.SetPen(gc.CreatePen(dashed));
  wxGraphicsPath path = gc.CreatePath();
  for (size_t s = 0; s < chart_.limit_steps.size(); ++s) {
    const model::LimitStep& step = chart_.limit_steps[s];
    const double y = l.y_of(step.limit_percent, max);
    const double x0 = l.slot_left(step.first_slot), x1 = l.slot_left(step.last_slot + 1);
    if (s == 0) {
      path.MoveToPoint(x0, y);
    } else {
      path.AddLineToPoint(x0, y);  // the vertical riser where the terms changed
    }
    path.AddLineToPoint(x1, y);
  }
  gc.StrokePath(path);
  gc.SetFont(GetFont().Smaller(), limit_colour);
  for (const model::LimitStep& step : chart_.limit_steps) {
    // TRANSLATORS: label of the dashed limit line in the History chart; %s is like "30%"
    const wxString label = wxString::Format(_("limit %s"), percent(step.limit_percent));
    double w = 0, h = 0;
    gc.GetTextExtent(label, &w, &h);
    const double x1 = l.slot_left(step.last_slot + 1);
    gc.DrawText(label, std::max(l.slot_left(step.first_slot), x1 - w - 4 * px),
                l.y_of(step.limit_percent, max) - h - 2 * px);
  }

  // The last included round: a vertical marker with its label at the top.
  gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(text, 2 * px, wxPENSTYLE_DOT)));
  gc.StrokeLine(marker_x, plot.m_y - 4 * px, marker_x, bottom);
  const wxString marker_label =
      chart_.included_rounds > 0
          // TRANSLATORS: marker in the History chart after the last round the price includes; %d: round
          ? wxString::Format(_("last included round: %d"), chart_.included_rounds)
          // TRANSLATORS: marker in the History chart when the terms include no revision round
          : _("no rounds included");
  gc.SetFont(GetFont().Smaller(), text);
  double w = 0, h = 0;
  gc.GetTextExtent(marker_label, &w, &h);
  const double label_x = marker_x - w - 4 * px >= plot.m_x ? marker_x - w - 4 * px : marker_x + 4 * px;
  gc.DrawText(marker_label, label_x, plot.m_y - h - 6 * px);

  draw_legend(gc, l);
}

void ShareChart::draw_legend(wxGraphicsContext& gc, const Geometry& l) const {
  const bool dark = dark_theme();
  const double px = FromDIP(1);
  gc.SetFont(GetFont().Smaller(), wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
  double x = l.plot.m_x;
  double w = 0, h = 0;
  gc.GetTextExtent("Ag", &w, &h);
  const double y = GetClientSize().y - h - 4 * px;
  for (policy::Status status : {policy::Status::kWithin, policy::Status::kHeadsUp, policy::Status::kOverScope,
                                policy::Status::kRoundsExhausted}) {
    gc.SetPen(*wxTRANSPARENT_PEN);
    gc.SetBrush(wxBrush(status_colour(status, dark)));
    gc.DrawRectangle(x, y + (h - 10 * px) / 2, 10 * px, 10 * px);
    x += 14 * px;
    const wxString label = status_text(status);
    gc.GetTextExtent(label, &w, &h);
    gc.DrawText(label, x, y);
    x += w + 16 * px;
  }
}

int ShareChart::bar_at(const wxPoint& point) const {
  if (last_geometry_.slot_width <= 0) return -1;
  const double bottom = last_geometry_.plot.m_y + last_geometry_.plot.m_height;
  if (point.y < last_geometry_.plot.m_y - FromDIP(30) || point.y > bottom + FromDIP(24)) return -1;
  for (size_t i = 0; i < chart_.bars.size(); ++i) {
    const double left = last_geometry_.slot_left(chart_.bars[i].slot);
    if (point.x >= left && point.x < left + last_geometry_.slot_width) return static_cast<int>(i);
  }
  return -1;
}

wxString ShareChart::bar_tooltip(const model::ChartBar& bar) const {
  // TRANSLATORS: tooltip of a bar in the History chart: round, revision number, date, file name
  wxString tip = wxString::Format(_("Round %d: revision %d of %s (%s)"), bar.round, bar.number,
                                  date_shown(bar.received_on), to_wx(bar.file_name));
  tip += "\n";
  // TRANSLATORS: tooltip of a bar in the History chart: the exact changed share and the agreed limit
  tip += wxString::Format(_("Changed %s of the previous counted text; limit %s per round (terms v%d)"),
                          to_wx(bar.share_label), percent(bar.limit_percent), bar.terms_version);
  tip += "\n" + status_text(bar.status);
  if (bar.extra) {
    // TRANSLATORS: tooltip line of a bar beyond the rounds the current terms include
    tip += wxString::FromUTF8(" \u2014 ") + _("beyond the included rounds");
  }
  return tip;
}

void ShareChart::on_motion(wxMouseEvent& event) {
  const int bar = bar_at(event.GetPosition());
  if (bar != hovered_) {
    hovered_ = bar;
    if (bar >= 0) {
      SetToolTip(bar_tooltip(chart_.bars[static_cast<size_t>(bar)]));
    } else {
      UnsetToolTip();
    }
    Refresh();
  }
  event.Skip();
}

void ShareChart::on_leave(wxMouseEvent& event) {
  if (hovered_ >= 0) {
    hovered_ = -1;
    Refresh();
  }
  event.Skip();
}

}  // namespace sk::gui
