// One app frame: input in, ImGui frame, DrawApp, the semantic tree and intents out.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/shell/frame_runner.h"

#include "imgui.h"

namespace beredd::ui {

Intents RunAppFrame(const AppView& vm, InputQueue& input, SemanticTree& tree) {
  input.ApplyTo(ImGui::GetIO());
  tree.BeginFrame();
  SetCurrentSemanticTree(&tree);
  ImGui::NewFrame();
  Intents intents;
  DrawApp(vm, intents);
  ImGui::Render();
  SetCurrentSemanticTree(nullptr);
  tree.EndFrame();
  return intents;
}

}  // namespace beredd::ui
