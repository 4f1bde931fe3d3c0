// "Mina platser": the places whose alerts take over the alert bar (up to five municipalities,
// found by typing, or "where I am now"), and how a new alert for them reaches the visitor: a
// screen reader at once, a notification while the tab is hidden, a sound. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>
#include <string>

#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

constexpr std::string_view kSearchKey = "places.search";

std::string_view LocationProblemKey(core::LocationError error) {
  switch (error) {
    case core::LocationError::Denied: return "where.denied";
    case core::LocationError::Timeout: return "where.timeout";
    case core::LocationError::Unavailable: break;
  }
  return "where.unavailable";
}

void DrawSaved(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Heading("places.yours", s.Get("places.yours"), 2);
  if (vm.places.places.empty()) {
    Paragraph("places.none", s.Get("places.none"));
    return;
  }
  const std::string remove(s.Get("places.remove"));
  const float remove_width = ImGui::CalcTextSize(remove.c_str()).x + 40.0f;
  CardStyle style;
  style.title_font = FontRole::Strong;
  style.padding = 12.0f;
  for (const core::SavedPlace& place : vm.places.places) {
    ImGui::PushID(place.code.c_str());
    const std::string name = place.position ? s.Format("places.here_saved", {{"name", place.name}}) : place.name;
    CardOptions options;
    options.width = std::max(120.0f, ImGui::GetContentRegionAvail().x - remove_width - ImGui::GetStyle().ItemSpacing.x);
    Card("name", name, {}, style, options);
    ImGui::SameLine();
    if (TextButton("remove", remove, {s.Format("places.remove_name", {{"name", place.name}})})) {
      out.places.remove = place.code;
    }
    ImGui::PopID();
  }
}

void DrawAdd(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const core::PlacesView& p = vm.places;
  if (p.full) {
    Notice("places.full", s.Format("places.full", {{"count", std::to_string(core::kMaxPlaces)}}));
    return;
  }
  Heading("places.add", s.Get("places.add"), 2);
  const std::string typed(TextField(kSearchKey, s.Get("places.search"), FieldKind::Text));
  if (typed != p.query) out.places.query = typed;  // the matches come with the next frame
  for (const core::Municipality* municipality : p.matches) {
    const std::string name(municipality->name);
    if (TextButton(municipality->code, name, {s.Format("places.add_name", {{"name", name}})})) {
      out.places.add = std::string(municipality->code);
      ClearTextField(kSearchKey);
    }
  }
  if (!p.query.empty() && p.matches.empty()) Paragraph("places.no_match", s.Format("places.no_match", {{"text", p.query}}));
  ImGui::Spacing();
  if (TextButton("places.here", s.Get("places.here")) && !p.locating) out.places.locate = true;
  Paragraph("places.here_hint", s.Get("places.here_hint"));
  if (p.locating) Notice("places.locating", s.Get("where.locating"));
  if (p.location_error) Notice("places.location_error", s.Get(LocationProblemKey(*p.location_error)));
}

void DrawReach(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const core::PlacesView& p = vm.places;
  Heading("places.reach", s.Get("places.reach"), 2);
  Paragraph("places.announced", s.Get("places.announced"));
  switch (p.permission) {
    case core::NotifyPermission::Unsupported:
      Paragraph("places.notify_unsupported", s.Get("places.notify_unsupported"));
      break;
    case core::NotifyPermission::Denied:
      Notice("places.notify_denied", s.Get("places.notify_denied"));
      break;
    case core::NotifyPermission::Default:
    case core::NotifyPermission::Granted: {
      const bool on = p.notify && p.permission == core::NotifyPermission::Granted;
      if (CheckCard("places.notify", s.Get("places.notify"), on)) out.places.notify = !on;
      Paragraph("places.notify_hint", s.Get("places.notify_hint"));
      break;
    }
  }
  if (CheckCard("places.sound", s.Get("places.sound"), p.sound)) out.places.sound = !p.sound;
  Paragraph("places.sound_hint", s.Get("places.sound_hint"));
}

}  // namespace

void DrawPlaces(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Paragraph("places.intro", s.Format("places.intro", {{"count", std::to_string(core::kMaxPlaces)}}));
  // A shared screen is nobody's place: it shows every alert, and has no keyboard to search with.
  if (vm.kiosk.enabled) {
    Notice("places.kept", s.Get("places.kiosk_not_kept"));
    return;
  }
  Notice("places.kept", s.Get("places.kept_here"));
  DrawSaved(vm, out);
  ImGui::Spacing();
  DrawAdd(vm, out);
  ImGui::Spacing();
  DrawReach(vm, out);
  ImGui::Spacing();
  Paragraph("places.source", s.Get("places.source"));
}

}  // namespace beredd::ui
