// Lists every item ImGui registers during a frame, through ImGui 1.86's test-engine hooks, so a
// test can check that each interactive item was also recorded in the semantic tree (i.e. that
// no view bypassed ui/widgets/widgets.h). Layer: ui. Off unless a test turns it on.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include <vector>

#include "imgui.h"

struct ImGuiWindow;

namespace beredd::ui {

struct RegisteredItem {
  ImGuiID id;
  ImVec2 min, max;      // bounding box, in the same coordinates as the semantic tree
  ImGuiWindow* window;  // the window it was submitted to
};

// Collects into `sink` the items registered in the current ImGui context until EndItemAudit.
void BeginItemAudit(std::vector<RegisteredItem>* sink);
void EndItemAudit();

}  // namespace beredd::ui
