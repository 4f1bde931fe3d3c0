// Top bar with the four numbers. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/shell/top_bar_view.h"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

constexpr float kGap = 8.0f;
constexpr float kPadding = 8.0f;
constexpr float kOneRowMinWidth = 760.0f;  // below this (phones), the numbers go 2 x 2

CardStyle NumberStyle(const core::EmergencyNumber& number) {
  CardStyle style;
  style.title_font = FontRole::Display;
  style.detail_font = FontRole::Small;
  const bool is_emergency = number.id == "emergency";
  style.fill = is_emergency ? colors::kEmergency : colors::kNumber;
  style.fill_hover = is_emergency ? colors::kEmergencyHover : colors::kNumberHover;
  style.text = colors::kOnDark;
  style.border = 0;
  style.padding = 10.0f;
  return style;
}

}  // namespace

void DrawTopBar(const AppView& vm, Intents& out) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const int count = static_cast<int>(vm.pack.numbers.size());
  const int columns = std::max(1, std::min(count, width >= kOneRowMinWidth ? 4 : 2));
  const float card_width = (width - 2 * kPadding - kGap * (columns - 1)) / columns;

  // One height for every card so the grid stays even when a caption wraps.
  float card_height = 0;
  for (const core::EmergencyNumber& number : vm.pack.numbers) {
    card_height = std::max(card_height,
                           CardHeight(number.number, number.name, NumberStyle(number), card_width));
  }
  const int rows = (count + columns - 1) / columns;
  // A kiosk cannot call: under the numbers, a line says to call from one's own phone.
  const std::string_view phone_hint = vm.kiosk.enabled ? vm.pack.strings.Get("kiosk.call_from_phone") : "";
  const float hint_height = phone_hint.empty() ? 0 : Font(FontRole::Strong)->FontSize * ImGui::GetIO().FontGlobalScale + kGap;
  const float bar_height = rows * card_height + (rows - 1) * kGap + 2 * kPadding + hint_height;
  ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + bar_height),
                                            colors::kBar);

  ImGui::PushID("numbers");
  for (int i = 0; i < count; ++i) {
    const core::EmergencyNumber& number = vm.pack.numbers[i];
    const int column = i % columns;
    const int row = i / columns;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + kPadding + column * (card_width + kGap),
                                     origin.y + kPadding + row * (card_height + kGap)));
    const std::string href = "tel:" + number.tel;
    CardOptions options;
    options.width = card_width;
    options.min_height = card_height;
    options.role = Role::Link;
    options.href = href;
    if (vm.kiosk.enabled) Card(number.id, number.number, number.name, NumberStyle(number), options);
    else if (CardButton(number.id, number.number, number.name, NumberStyle(number), options)) out.open_url = href;
  }
  ImGui::PopID();
  if (!phone_hint.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x + kPadding, origin.y + bar_height - kPadding - hint_height + kGap));
    ImGui::PushFont(Font(FontRole::Strong));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kOnDark));
    Paragraph("kiosk.call_from_phone", phone_hint);
    ImGui::PopStyleColor();
    ImGui::PopFont();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + bar_height));
  ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace beredd::ui
