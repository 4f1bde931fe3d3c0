// The kiosk's idle warning: a countdown over the screen before an unattended session is wiped
// (WCAG 2.2.1: at least 20 s, and one simple action extends it). Any tap on it continues.
// Layer: ui.
#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace beredd::ui {

void DrawIdleWarning(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::SetNextWindowFocus();  // above the screen, which never comes to the front
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.09f, 0.09f, 0.09f, 0.72f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("idle_warning", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();

  const ImVec2 origin = ImGui::GetCursorScreenPos();

  const float width = std::min(viewport->Size.x - 40.0f, 720.0f);
  const std::string text = s.Format("kiosk.warning.text", {{"seconds", std::to_string(vm.kiosk.warning_seconds_left)}});
  const float padding = 32.0f;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + (viewport->Size.x - width) * 0.5f, origin.y + viewport->Size.y * 0.28f));
  const ImVec2 card_min = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);  // the card is drawn behind its text, whose height is known after it
  draw->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(card_min.x + padding, card_min.y + padding));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * padding);
  Heading("kiosk.warning.title", s.Get("kiosk.warning.title"), 2, FontRole::Display);
  ImGui::PushFont(Font(FontRole::Heading));
  // A status, so a screen reader hears the warning (and each new count).
  Paragraph("kiosk.warning.text", text, Role::Status);
  ImGui::PopFont();
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  const bool continued = TextButton("kiosk.warning.continue", s.Get("kiosk.warning.continue"),
                                    {.name = {}, .size = ImVec2(width - 2 * padding, 72)});
  ImGui::EndGroup();
  const ImVec2 card_max(card_min.x + width, ImGui::GetItemRectMax().y + padding);
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(card_min, card_max, colors::kCard, 14.0f);
  draw->AddRectFilled(card_min, ImVec2(card_max.x, card_min.y + 10), colors::kExercise, 14.0f,
                      ImDrawFlags_RoundCornersTop);
  draw->ChannelsMerge();
  // The whole dimmed screen continues too, not only the button: any touch extends the session.
  const bool tapped_elsewhere = ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsAnyItemHovered() &&
                                ImGui::IsWindowHovered();
  ImGui::End();
  if (continued || tapped_elsewhere) out.extend_session = true;
}

}  // namespace beredd::ui
