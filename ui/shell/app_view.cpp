// The app frame: a full-display window with the persistent top bar and the current screen.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/shell/app_view.h"

#include <string>

#include "imgui.h"
#include "ui/shell/screens.h"
#include "ui/shell/top_bar_view.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {

void DrawApp(const AppView& vm, Intents& out) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  constexpr ImGuiWindowFlags kFrameFlags = ImGuiWindowFlags_NoDecoration |
                                           ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("Beredd", nullptr, kFrameFlags);
  ImGui::PopStyleVar();

  {
    RegionScope banner(Region::Banner);
    DrawTopBar(vm, out);
    DrawAlertBar(vm, out);
  }

  // The screen scrolls under the fixed top bar. Its ID scope is the route, so ids of one
  // screen never collide with another's and stay stable across visits.
  const ScreenEntry& entry = ScreenFor(vm.screen);
  const std::string_view route = core::RouteOf(vm.screen);
  ImGui::PushID(route.data(), route.data() + route.size());
  if (entry.pinned != nullptr) {
    // A pinned header stays in view however far the screen below it scrolls.
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + kScreenMargin, ImGui::GetCursorPosY() + 8));
    entry.pinned(vm, out);
  }
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kScreenMargin, 16));
  // Drill screens get their own page colour, so no drill is ever mistaken for a real alert.
  const bool exercise = vm.screen == core::Screen::Drill;
  if (exercise) ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(colors::kExercisePage));
  ImGui::BeginChild("screen", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  if (exercise) ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (vm.scroll_to_top) ImGui::SetScrollY(0);
  ImGui::PushTextWrapPos(0.0f);

  const core::Catalog& strings = vm.pack.strings;
  if (!vm.pack_error.empty()) {
    Notice("pack.error", std::string(strings.Get("pack.error")) + " " + vm.pack_error);
  }
  if (!vm.unknown_route.empty()) {
    const std::string notice = std::string(strings.Get("route.unknown")) + " " + vm.unknown_route;
    Notice("route.unknown", notice);
  }
  if (vm.screen != core::Screen::Home && !vm.kiosk.attract) {
    if (TextButton("nav.home", strings.Get("nav.home"))) out.navigate = core::Screen::Home;
    ImGui::SameLine();
  }
  if (TextButton("lang.switch", strings.Get("lang.switch"))) out.switch_language = true;
  Heading("title", ScreenTitle(vm), 1);
  if (vm.kiosk.attract) DrawAttract(vm, out);
  else entry.draw(vm, out);

  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  ImGui::PopID();
  ImGui::End();
  if (vm.kiosk.warning_seconds_left > 0) DrawIdleWarning(vm, out);
}

}  // namespace beredd::ui
