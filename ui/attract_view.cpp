// The kiosk's attract screen, shown while nobody uses it: it rotates the four numbers, "try CPR
// practice" and the live map, each a large target, and any tap starts a session. Layer: ui.
#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace beredd::ui {
namespace {

constexpr KioskView::Slide kSlides[] = {KioskView::Slide::Numbers, KioskView::Slide::Practice,
                                        KioskView::Slide::Map};

CardStyle SlideStyle() {
  CardStyle style;
  style.title_font = FontRole::Display;
  style.detail_font = FontRole::Heading;
  style.padding = 28.0f;
  return style;
}

// "112 – Nödnummer" and so on, one per line, read at a distance.
std::string NumberLines(const AppView& vm) {
  std::string lines;
  for (const core::EmergencyNumber& number : vm.pack.numbers) {
    if (!lines.empty()) lines += "\n";
    lines += number.number + " – " + number.name;
  }
  return lines;
}

// The slide's card; returns where a tap on it leads.
std::optional<core::Screen> DrawSlide(const AppView& vm, float height) {
  const core::Catalog& s = vm.pack.strings;
  CardOptions options;
  options.min_height = height;
  switch (vm.kiosk.slide) {
    case KioskView::Slide::Numbers: {
      const std::string detail = std::string(s.Get("kiosk.attract.numbers_text")) + "\n\n" + NumberLines(vm);
      if (CardButton("attract.numbers", s.Get("kiosk.attract.numbers"), detail, SlideStyle(), options)) {
        return core::Screen::Numbers;
      }
      break;
    }
    case KioskView::Slide::Practice:
      if (CardButton("attract.practice", s.Get("kiosk.attract.practice"), s.Get("kiosk.attract.practice_text"),
                     SlideStyle(), options)) {
        return core::Screen::Practice;
      }
      break;
    case KioskView::Slide::Map: {
      const std::size_t count = vm.map.incidents != nullptr ? vm.map.incidents->size() : 0;
      const std::string detail = s.Format("kiosk.attract.map_text", {{"count", std::to_string(count)}});
      const float card = CardHeight(s.Get("kiosk.attract.map"), detail, SlideStyle(), ImGui::GetContentRegionAvail().x);
      if (CardButton("attract.map", s.Get("kiosk.attract.map"), detail, SlideStyle())) return core::Screen::Map;
      // The live map, not interactive here (the runner makes it so): a tap on it opens the map.
      MapArea("attract.map_area", s.Get("map.region"),
              ImVec2(ImGui::GetContentRegionAvail().x, std::max(120.0f, height - card - ImGui::GetStyle().ItemSpacing.y)));
      if (ImGui::IsItemClicked()) return core::Screen::Map;
      break;
    }
  }
  return std::nullopt;
}

// Which slide of how many, as dots (the slides change by themselves).
void DrawPager(const AppView& vm) {
  const float radius = 8.0f;
  const float gap = 14.0f;
  const float width = std::size(kSlides) * (2 * radius) + (std::size(kSlides) - 1) * gap;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float left = pos.x + (ImGui::GetContentRegionAvail().x - width) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float x = left + radius;
  for (KioskView::Slide slide : kSlides) {
    const ImVec2 centre(x, pos.y + radius);
    if (slide == vm.kiosk.slide) draw->AddCircleFilled(centre, radius, colors::kAccent);
    else draw->AddCircle(centre, radius - 1, colors::kInkMuted, 0, 2.0f);
    x += 2 * radius + gap;
  }
  ImGui::Dummy(ImVec2(width, 2 * radius));
}

}  // namespace

void DrawAttract(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const ImGuiStyle& style = ImGui::GetStyle();
  CardStyle start_style;
  start_style.fill = colors::kAccent;
  start_style.fill_hover = colors::kAccent;
  start_style.text = colors::kOnDark;
  start_style.border = 0;
  start_style.title_font = FontRole::Display;
  start_style.padding = 24.0f;
  const float width = ImGui::GetContentRegionAvail().x;
  const float start_height = CardHeight(s.Get("kiosk.attract.start"), {}, start_style, width);
  const float pager_height = 16.0f;
  const float slide_height = std::max(
      240.0f, ImGui::GetContentRegionAvail().y - start_height - pager_height - 2 * style.ItemSpacing.y);

  std::optional<core::Screen> chosen = DrawSlide(vm, slide_height);
  DrawPager(vm);
  if (CardButton("attract.start", s.Get("kiosk.attract.start"), {}, start_style)) chosen = core::Screen::Home;
  // A tap anywhere else (a number, the margins) starts too: everything here invites a tap.
  if (!chosen && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !ImGui::IsAnyItemHovered() &&
      ImGui::IsWindowHovered(ImGuiHoveredFlags_RootAndChildWindows)) {
    chosen = core::Screen::Home;
  }
  if (chosen) {
    out.leave_attract = true;
    out.navigate = *chosen;
  }
}

}  // namespace beredd::ui
