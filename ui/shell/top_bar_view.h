// The persistent top bar: 112, 114 14, 1177 and 113 13 on every screen. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include "ui/shell/app_view.h"

namespace beredd::ui {

// Draws the bar across the current window's full width and advances the cursor below it.
void DrawTopBar(const AppView& vm, Intents& out);

}  // namespace beredd::ui
