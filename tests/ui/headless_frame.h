// A headless ImGui host for view tests: a real context and font atlas, no GPU, no browser.
// Input goes through the same InputQueue as in the browser; frames through RunAppFrame.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ui/shell/app_view.h"
#include "ui/widgets/input_queue.h"
#include "ui/widgets/item_audit.h"
#include "ui/widgets/semantic_tree.h"
#include "ui/widgets/theme.h"

namespace beredd::test {

class HeadlessFrame {
 public:
  HeadlessFrame(float width, float height);
  ~HeadlessFrame();
  HeadlessFrame(const HeadlessFrame&) = delete;
  HeadlessFrame& operator=(const HeadlessFrame&) = delete;

  // Runs one frame and returns its intents.
  ui::Intents Run(const ui::AppView& vm);
  // Runs one frame and lists every item ImGui registered in it.
  std::vector<ui::RegisteredItem> RunAudited(const ui::AppView& vm);
  // Runs frames until queued input is consumed, plus one; returns every intent seen.
  std::vector<ui::Intents> RunUntilInputDrained(const ui::AppView& vm, int max_frames = 20);

  // Builds the atlas again with `set` (the frame starts with every font), as the app does.
  void RebuildFonts(ui::FontSet set);

  ui::InputQueue& input() { return input_; }
  ui::SemanticTree& tree() { return tree_; }

  // Clicks (or taps, with `touch`) the centre of a recorded node.
  void Tap(const ui::SemanticNode& node, bool touch);

 private:
  ImGuiContext* context_ = nullptr;
  std::vector<unsigned char> regular_;
  std::vector<unsigned char> bold_;
  ui::InputQueue input_;
  ui::SemanticTree tree_;
};

// The node with this role and name; fails the test case if there is none.
const ui::SemanticNode& Require(const ui::SemanticTree& tree, ui::Role role, std::string_view name);

// Activates the node with this role and name through the mirror path and runs a frame.
ui::Intents Activate(HeadlessFrame& frame, const ui::AppView& vm, ui::Role role, std::string_view name);

// Problems with where `tree`'s nodes are on a display `width` wide: nodes reaching past either
// edge, and pairs of nodes that overlap. Empty when the layout is clean.
std::vector<std::string> LayoutProblems(const ui::SemanticTree& tree, float width);

}  // namespace beredd::test
