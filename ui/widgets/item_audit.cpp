// Item audit on ImGui's test-engine hooks. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/widgets/item_audit.h"

#include "imgui_internal.h"

namespace beredd::ui {

void BeginItemAudit(std::vector<RegisteredItem>* sink) {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g.TestEngine = sink;  // ImGui's opaque test-engine pointer carries the sink
  g.TestEngineHookItems = sink != nullptr;
}

void EndItemAudit() { BeginItemAudit(nullptr); }

}  // namespace beredd::ui

// The hooks ImGui declares for IMGUI_ENABLE_TEST_ENGINE (imgui_internal.h).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  if (auto* sink = static_cast<std::vector<beredd::ui::RegisteredItem>*>(ctx->TestEngine)) {
    sink->push_back({id, bb.Min, bb.Max, ctx->CurrentWindow});
  }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
