// Home screen: one large card per destination, built from the screen table, then one per
// guide of the pack. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>

#include "imgui.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {
constexpr float kTwoColumnMinWidth = 720.0f;

// A pack may leave out home preparedness; then its card is left out too. A kiosk shows every
// alert: it has no places of its own.
bool OnHomeGrid(const AppView& vm, core::Screen screen) {
  if (screen == core::Screen::Prepare) return vm.pack.preparedness.has_value();
  if (screen == core::Screen::Places) return !vm.kiosk.enabled;  // a shared screen is nobody's place
  return screen != core::Screen::Home && screen != core::Screen::Guide;
}

}  // namespace

void DrawHome(const AppView& vm, Intents& out) {
  Paragraph("home.intro", vm.pack.strings.Get("home.intro"));
  ImGui::Spacing();

  const float width = ImGui::GetContentRegionAvail().x;
  const int columns = width >= kTwoColumnMinWidth ? 2 : 1;
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float card_width = (width - gap * (columns - 1)) / columns;
  const CardStyle style;

  // Cards of a row share one height; compute it from the texts so nothing is clipped.
  float card_height = 0;
  for (const ScreenEntry& entry : Screens()) {
    if (!OnHomeGrid(vm, entry.screen)) continue;
    card_height = std::max(card_height, CardHeight(vm.pack.strings.Get(entry.title_key),
                                                   vm.pack.strings.Get(entry.hint_key), style,
                                                   card_width));
  }

  int placed = 0;
  for (const ScreenEntry& entry : Screens()) {
    if (!OnHomeGrid(vm, entry.screen)) continue;
    if (placed % columns != 0) ImGui::SameLine(0, gap);
    CardOptions options;
    options.width = card_width;
    options.min_height = card_height;
    const std::string_view route = core::RouteOf(entry.screen);
    if (CardButton(route, vm.pack.strings.Get(entry.title_key), vm.pack.strings.Get(entry.hint_key), style,
                   options)) {
      out.navigate = entry.screen;
    }
    ++placed;
  }
  // The guides are reached from here one by one, not through a screen of their own.
  ImGui::Spacing();
  Heading("guides.heading", vm.pack.strings.Get("guides.heading"), 2);
  DrawGuideCards(vm, /*from_cpr_only=*/false, out);
}

}  // namespace beredd::ui
