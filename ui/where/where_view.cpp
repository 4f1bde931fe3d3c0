// "Var är jag?": the caller's position in large figures to read out to the 112 operator, with
// copy and read-aloud, or on a kiosk the address where the screen stands. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <string>

#include "ui/shell/screens.h"
#include "ui/widgets/clock_text.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

// The figures themselves: large enough to read aloud from a phone held at arm's length.
void Figure(std::string_view key, const std::string& text) { Heading(key, text, 2, FontRole::Display); }

void DrawPosition(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const core::WhereView& where = vm.where;
  const core::PositionText& p = where.position;
  const std::string ns(s.Get(p.north ? "where.north" : "where.south"));
  const std::string ew(s.Get(p.east ? "where.east" : "where.west"));
  Heading("where.wgs84", s.Get("where.wgs84"), 2);
  Figure("where.lat", p.lat_decimal + "\u00B0 " + ns);
  Figure("where.lon", p.lon_decimal + "\u00B0 " + ew);
  Heading("where.minutes", s.Get("where.minutes"), 2);
  Paragraph("where.minutes_value", ns + " " + p.lat_minutes + "   " + ew + " " + p.lon_minutes);
  if (!where.near_municipality.empty()) {
    Paragraph("where.near", s.Format("where.near", {{"municipality", where.near_municipality},
                                                    {"county", where.near_county}}));
  }
  Heading("where.sweref", s.Get("where.sweref"), 2);
  Figure("where.northing", s.Format("where.northing", {{"metres", p.northing}}));
  Figure("where.easting", s.Format("where.easting", {{"metres", p.easting}}));
  if (!where.kiosk) {
    Paragraph("where.accuracy", s.Format("where.accuracy", {{"metres", std::to_string(static_cast<long>(where.accuracy_m + 0.5))}}));
    if (where.poor_accuracy) Notice("where.poor_accuracy", s.Get("where.poor_accuracy"));
    const std::string time = core::LocalDateTime(where.fix_ms, where.utc_offset_minutes).substr(11);
    Paragraph("where.fixed_at", s.Format("where.fixed_at", {{"time", time}}));
  }
  if (TextButton("where.copy", s.Get("where.copy"))) out.where.copy = true;
  SameLineIfFits(ImGui::CalcTextSize(std::string(s.Get("where.read_aloud")).c_str()).x + 48);
  if (TextButton("where.read_aloud", s.Get("where.read_aloud"))) out.where.read_aloud = true;
}

}  // namespace

void DrawWhereLink(const AppView& vm, Intents& out) {
  if (TextButton("where.link", vm.pack.strings.Get("where.link"))) out.navigate = core::Screen::Where;
}

void DrawWhere(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const core::WhereView& where = vm.where;
  Paragraph("where.intro", s.Get("where.intro"));
  if (where.kiosk) {
    Heading("where.kiosk_intro", s.Get("where.kiosk_intro"), 2);
    if (!where.kiosk_address.empty()) Figure("where.kiosk_address", where.kiosk_address);
    if (where.state == core::WhereView::State::Located) {
      DrawPosition(vm, out);
    } else if (where.kiosk_address.empty()) {
      Notice("where.kiosk_unset", s.Get("where.kiosk_unset"));
    }
  } else {
    switch (where.state) {
      case core::WhereView::State::NotAsked:
        Paragraph("where.asks_first", s.Get("where.asks_first"));
        if (TextButton("where.show", s.Get("where.show"))) out.where.show_position = true;
        break;
      case core::WhereView::State::Locating:
        Notice("where.locating", s.Get("where.locating"));
        break;
      case core::WhereView::State::Located:
        DrawPosition(vm, out);
        break;
      case core::WhereView::State::Failed:
        Notice("where.problem", s.Get(where.problem));
        break;
    }
  }
  // Without a position, or with a poor one, words still find the caller.
  if (where.state != core::WhereView::State::Located || where.poor_accuracy) {
    Paragraph("where.describe", s.Get("where.describe"));
  }
  Paragraph("where.source", s.Get("where.source"));
}

}  // namespace beredd::ui
