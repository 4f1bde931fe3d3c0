// The kiosk's attract screen, shown while nobody uses it: it rotates the four numbers, "try CPR
// practice" and the live map, each a large target, and any tap starts a session. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>
#include <cfloat>
#include <string>

#include "imgui.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {


CardStyle SlideStyle() {
  CardStyle style;
  style.title_font = FontRole::Display;
  style.detail_font = FontRole::Heading;
  style.padding = 28.0f;
  return style;
}

// The four numbers as large tiles inside the card at `min`-`max`: the number in the count
// font (digits only, read across a hall), its name under it.
void DrawNumberTiles(const AppView& vm, ImVec2 min, ImVec2 max) {
  const int count = static_cast<int>(vm.pack.numbers.size());
  if (count == 0) return;
  const float width = max.x - min.x;
  const int columns = width >= 1400 ? 4 : width >= 700 ? 2 : 1;
  const int rows = (count + columns - 1) / columns;
  const float gap = 16.0f;
  const float tile_w = (width - gap * (columns - 1)) / columns;
  const float tile_h = std::min(260.0f, ((max.y - min.y) - gap * (rows - 1)) / rows);
  if (tile_h < 80) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImFont* number_font = Font(FontRole::Count);
  ImFont* name_font = Font(FontRole::Heading);
  const float scale = ImGui::GetIO().FontGlobalScale;
  for (int i = 0; i < count; ++i) {
    const core::EmergencyNumber& number = vm.pack.numbers[i];
    const ImVec2 tile(min.x + (i % columns) * (tile_w + gap), min.y + (i / columns) * (tile_h + gap));
    draw->AddRectFilled(tile, ImVec2(tile.x + tile_w, tile.y + tile_h),
                        number.id == "emergency" ? colors::kEmergency : colors::kNumber, 12.0f);
    const float name_size = name_font->FontSize * scale;
    const float number_size = std::min(number_font->FontSize * scale, tile_h - name_size - 40);
    draw->AddText(number_font, number_size, ImVec2(tile.x + 20, tile.y + 12), colors::kOnDark,
                  number.number.c_str());
    draw->AddText(name_font, name_size, ImVec2(tile.x + 20, tile.y + tile_h - name_size - 16), colors::kOnDark,
                  number.name.c_str(), nullptr, tile_w - 40);
  }
}

// "112 – Nödnummer" and so on, one per line, for screen readers.
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
      const std::string description = std::string(s.Get("kiosk.attract.numbers_text")) + "\n" + NumberLines(vm);
      options.description = description;
      const float text_height = CardHeight(s.Get("kiosk.attract.numbers"), s.Get("kiosk.attract.numbers_text"),
                                           SlideStyle(), ImGui::GetContentRegionAvail().x);
      const bool tapped = CardButton("attract.numbers", s.Get("kiosk.attract.numbers"),
                                     s.Get("kiosk.attract.numbers_text"), SlideStyle(), options);
      const float inset = SlideStyle().padding;
      const ImVec2 card_min = ImGui::GetItemRectMin();
      const ImVec2 card_max = ImGui::GetItemRectMax();
      DrawNumberTiles(vm, ImVec2(card_min.x + inset, card_min.y + text_height),
                      ImVec2(card_max.x - inset, card_max.y - inset));
      if (tapped) return core::Screen::Numbers;
      break;
    }
    case KioskView::Slide::Practice: {
      const bool tapped = CardButton("attract.practice", s.Get("kiosk.attract.practice"),
                                     s.Get("kiosk.attract.practice_text"), SlideStyle(), options);
      // 30 compressions, 2 breaths: the rhythm the trainer teaches, large in the middle.
      const ImVec2 card_min = ImGui::GetItemRectMin();
      const ImVec2 card_max = ImGui::GetItemRectMax();
      ImFont* font = Font(FontRole::Count);
      const float size = font->FontSize * ImGui::GetIO().FontGlobalScale * 2.0f;
      const char* rhythm = "30 / 2";
      const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, rhythm);
      const float top = card_min.y + CardHeight(s.Get("kiosk.attract.practice"), s.Get("kiosk.attract.practice_text"),
                                                SlideStyle(), card_max.x - card_min.x);
      if (card_max.y - top > extent.y + 40) {
        ImGui::GetWindowDrawList()->AddText(font, size,
                                            ImVec2((card_min.x + card_max.x - extent.x) * 0.5f,
                                                   (top + card_max.y - extent.y) * 0.5f),
                                            colors::kPulse, rhythm);
      }
      if (tapped) return core::Screen::Practice;
      break;
    }
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
  const float width = std::size(kAttractSlides) * (2 * radius) + (std::size(kAttractSlides) - 1) * gap;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float left = pos.x + (ImGui::GetContentRegionAvail().x - width) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float x = left + radius;
  for (KioskView::Slide slide : kAttractSlides) {
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
    out.kiosk.leave_attract = true;
    out.navigate = *chosen;
  }
}

}  // namespace beredd::ui
