// Placeholder for screens whose issue has not landed yet (map #4, drill #5).
// It says so plainly and points to the numbers, rather than pretending to work. Layer: ui.
#include "imgui.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace beredd::ui {

void DrawPendingScreen(const AppView& vm, Intents& out) {
  Paragraph("hint", vm.pack.strings.Get(ScreenFor(vm.screen).hint_key));
  Paragraph("pending", vm.pack.strings.Get("screen.pending"));
  if (TextButton("numbers", vm.pack.strings.Get("screen.numbers"))) {
    out.navigate = core::Screen::Numbers;
  }
}

}  // namespace beredd::ui
