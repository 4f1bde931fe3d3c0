// One UI frame, the same way in the browser and in headless tests. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include "ui/shell/app_view.h"
#include "ui/widgets/input_queue.h"
#include "ui/widgets/semantic_tree.h"

namespace beredd::ui {

// Applies one frame's worth of queued input, records the semantic tree, draws the app and
// ends the ImGui frame (ImGui::Render). The caller has set io.DisplaySize and io.DeltaTime and
// draws ImGui::GetDrawData() afterwards, if it has a GPU.
Intents RunAppFrame(const AppView& vm, InputQueue& input, SemanticTree& tree);

}  // namespace beredd::ui
