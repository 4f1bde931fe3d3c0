// The kiosk's idle warning: a countdown over the screen before an unattended session is wiped
// (WCAG 2.2.1: at least 20 s, and one simple action extends it). Any tap on it continues.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {

void DrawIdleWarning(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  constexpr ImGuiWindowFlags kFlags =
      ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;

  // The dimmed screen: a tap anywhere on it continues too, not only the button.
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::SetNextWindowFocus();  // above the screen, which never comes to the front
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.09f, 0.09f, 0.09f, 0.72f));
  ImGui::Begin("idle_warning", nullptr, kFlags);
  ImGui::PopStyleColor();
  const bool tapped_elsewhere = ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ImGui::IsWindowHovered();
  ImGui::End();

  // The card, its height fitted to its text (0: auto-fit that axis).
  const float width = std::min(viewport->Size.x - 40.0f, 720.0f);
  const float padding = 32.0f;
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + (viewport->Size.x - width) * 0.5f,
                                 viewport->Pos.y + viewport->Size.y * 0.28f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 14.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(colors::kCard));
  ImGui::Begin("idle_warning_card", nullptr, kFlags);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
  // Asked before the button exists: once a press makes it active, IsWindowHovered() says no,
  // and the dimmed window taking focus next frame cancels that press.
  const bool tapped_card = ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ImGui::IsWindowHovered();
  const ImVec2 pos = ImGui::GetWindowPos();
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + 10), colors::kExercise, 14.0f,
                                            ImDrawFlags_RoundCornersTop);
  Heading("kiosk.warning.title", s.Get("kiosk.warning.title"), 2, FontRole::Display);
  ImGui::PushFont(Font(FontRole::Heading));
  // A status, so a screen reader hears the warning (and each new count).
  Paragraph("kiosk.warning.text",
            s.Format("kiosk.warning.text", {{"seconds", std::to_string(vm.kiosk.warning_seconds_left)}}),
            Role::Status);
  ImGui::PopFont();
  ImGui::Spacing();
  const bool continued = TextButton("kiosk.warning.continue", s.Get("kiosk.warning.continue"),
                                    {.name = {}, .size = ImVec2(ImGui::GetContentRegionAvail().x, 72)});
  ImGui::End();
  if (continued || tapped_elsewhere || tapped_card) out.kiosk.extend_session = true;
}

}  // namespace beredd::ui
