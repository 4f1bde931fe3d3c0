// The alert bar under the four numbers, on every screen: each live alert (for the visitor's
// places, or all of Sweden) with its area, what to do, time and source, one tap from the map;
// "VMA upphävt" with its time; on a drill screen, marked real. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>
#include <string>

#include "core/feed/incident_text.h"
#include "imgui.h"
#include "ui/shell/screens.h"
#include "ui/widgets/clock_text.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

constexpr std::size_t kShownAlerts = 2;  // more would push the screen off a phone
constexpr float kPadding = 8.0f;

CardStyle AlertStyle() {
  CardStyle style;
  style.title_font = FontRole::Strong;
  style.subtitle_font = FontRole::Body;
  style.detail_font = FontRole::Body;
  style.fill = colors::kEmergency;
  style.fill_hover = colors::kEmergencyHover;
  style.text = colors::kOnDark;
  style.border = colors::kOnDark;
  style.padding = 12.0f;
  return style;
}

// "2 fler varningar – visa på kartan": a card, not a one-line button, so it wraps on a phone.
bool MapLink(std::string_view key, const std::string& text, float width) {
  CardStyle style;
  style.title_font = FontRole::Body;
  style.fill = colors::kAccent;
  style.fill_hover = colors::kNumberHover;
  style.text = colors::kOnDark;
  style.border = colors::kAccent;
  style.padding = 10.0f;
  CardOptions options;
  options.width = width;
  ImGui::SetCursorPosX(kPadding);
  return CardButton(key, text, {}, style, options);
}

// "Örebro kommun · kl. 14.05 · Sveriges Radio"
std::string AlertLine(const AppView& vm, const core::Incident& alert) {
  const std::string time = LocalDateTime(alert.time_ms, vm.alerts.utc_offset_minutes);
  std::string line = alert.area_name;
  line.append(line.empty() ? "" : " · ")
      .append(vm.pack.strings.Format("alert.time", {{"time", time}}))
      .append(" · ")
      .append(alert.source);
  return line;
}

void DrawActive(const AppView& vm, const core::Incident& alert, float width, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  std::string title = core::AlertHeadline(alert, s);
  // A real alert on a drill screen says so: nobody may take it for a scripted inject.
  if (vm.screen == core::Screen::Drill) title = std::string(s.Get("alert.not_exercise")) + " " + title;
  std::string detail = AlertLine(vm, alert);
  if (!alert.instruction.empty()) detail.append("\n").append(s.Format("alert.instruction", {{"text", alert.instruction}}));
  const std::string description = detail + "\n" + std::string(s.Get("alert.open_hint"));
  CardOptions options;
  options.width = width;
  options.description = description;
  if (CardButton(alert.id, title, detail, AlertStyle(), options)) out.alerts.open = alert.id;
}

void DrawCancelled(const AppView& vm, const core::CancelledAlert& cancelled, float width, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const std::string time = LocalDateTime(cancelled.time_ms, vm.alerts.utc_offset_minutes);
  std::string text = s.Format("alert.cancelled", {{"time", time}});
  if (!cancelled.headline.empty()) text.append(": ").append(cancelled.headline);
  ImGui::PushID(cancelled.id.c_str());
  CardStyle style;
  style.title_font = FontRole::Strong;
  style.padding = 12.0f;
  const std::string close(s.Get("alert.close"));
  const float close_width = ImGui::CalcTextSize(close.c_str()).x + 40.0f;
  CardOptions options;
  options.width = std::max(120.0f, width - close_width - ImGui::GetStyle().ItemSpacing.x);
  Card("notice", text, {}, style, options);
  ImGui::SameLine();
  if (TextButton("close", close, {s.Format("alert.close_name", {{"text", text}})})) out.alerts.dismiss = cancelled.id;
  ImGui::PopID();
}

}  // namespace

void DrawAlertBar(const AppView& vm, Intents& out) {
  const core::AlertsView& alerts = vm.alerts;
  if (alerts.active.empty() && alerts.cancelled.empty() && alerts.elsewhere.empty()) return;
  // The frame window has no padding: each row starts kPadding in from its left edge.
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + kPadding);
  const float width = ImGui::GetContentRegionAvail().x - 2 * kPadding;
  ImGui::PushID("alerts");
  const std::size_t shown = std::min(alerts.active.size(), kShownAlerts);
  for (std::size_t i = 0; i < shown; ++i) {
    ImGui::SetCursorPosX(kPadding);
    DrawActive(vm, *alerts.active[i], width, out);
  }
  const core::Catalog& s = vm.pack.strings;
  if (alerts.active.size() > shown &&
      MapLink("more", s.Format("alert.more", {{"count", std::to_string(alerts.active.size() - shown)}}), width)) {
    out.navigate = core::Screen::Map;
  }
  // Alerts for places the visitor did not choose are one tap away, not hidden.
  if (!alerts.elsewhere.empty() &&
      MapLink("elsewhere", s.Format("alert.elsewhere", {{"count", std::to_string(alerts.elsewhere.size())}}), width)) {
    out.navigate = core::Screen::Map;
  }
  for (const core::CancelledAlert& cancelled : alerts.cancelled) {
    ImGui::SetCursorPosX(kPadding);
    DrawCancelled(vm, cancelled, width, out);
  }
  ImGui::PopID();
  ImGui::Dummy(ImVec2(0, kPadding));
}

}  // namespace beredd::ui
