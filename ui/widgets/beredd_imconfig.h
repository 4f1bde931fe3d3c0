// Dear ImGui build configuration for Beredd, seen identically by every translation unit that
// includes imgui.h (CMake passes it as IMGUI_USER_CONFIG). Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS  // no ShellExecute/system(): web/ opens URLs
#define IMGUI_DISABLE_WIN32_FUNCTIONS

// ImGui calls ImGuiTestEngineHook_ItemAdd() for every item it registers, but only while
// g.TestEngineHookItems is set (never in the app). ui/widgets/item_audit.cpp uses it so tests can prove
// every interactive item is in the semantic tree. Costs one untaken branch per item otherwise.
#define IMGUI_ENABLE_TEST_ENGINE
