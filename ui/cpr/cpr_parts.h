// Pieces the CPR coach and the CPR practice trainer share. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include "ui/shell/app_view.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {

// The pack's mode chosen on the CPR screens (the first one until someone chooses).
const core::CprMode* SelectedCprMode(const AppView& vm);

// "Who needs CPR?" and a toggle button per mode, wrapped like words.
void DrawCprModeChoice(const AppView& vm, const core::CprMode& selected, Intents& out);

// The large start/stop card: red to start, dark while running.
CardStyle StartStopStyle(bool running);

}  // namespace beredd::ui
