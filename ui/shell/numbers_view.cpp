// Emergency numbers screen: each number large, with when to call it. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <string>

#include "imgui.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {

void DrawNumbers(const AppView& vm, Intents& out) {
  // A kiosk cannot call: the numbers are text, to dial on one's own phone.
  if (vm.kiosk.enabled) Notice("kiosk.call_from_phone", vm.pack.strings.Get("kiosk.call_from_phone"));
  Paragraph("numbers.eu", vm.pack.strings.Get("numbers.eu"));
  Paragraph("numbers.sms", vm.pack.strings.Get("numbers.sms"));
  ImGui::Spacing();
  CardStyle style;
  style.title_font = FontRole::Display;
  ImGui::PushID("list");
  for (const core::EmergencyNumber& number : vm.pack.numbers) {
    const std::string href = "tel:" + number.tel;
    CardOptions options;
    options.role = Role::Link;
    options.href = href;
    options.subtitle = number.name;
    if (vm.kiosk.enabled) Card(number.id, number.number, number.when, style, options);
    else if (CardButton(number.id, number.number, number.when, style, options)) out.open_url = href;
  }
  ImGui::PopID();
  // After the numbers, which come first on this screen: where am I, for when 112 asks.
  ImGui::Spacing();
  DrawWhereLink(vm, out);
}

}  // namespace beredd::ui
