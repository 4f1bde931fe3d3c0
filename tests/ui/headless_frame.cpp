#include "headless_frame.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "ui/shell/frame_runner.h"
#include "ui/widgets/theme.h"

namespace beredd::test {
namespace {

std::vector<unsigned char> ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read font ") + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

HeadlessFrame::HeadlessFrame(float width, float height)
    : regular_(ReadFile(BEREDD_FONT_REGULAR)), bold_(ReadFile(BEREDD_FONT_BOLD)) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);  // CreateContext only does this for the first context
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  ui::KeyMapIdentity(io);
  RebuildFonts(ui::FontSet::All);
  ui::ApplyTheme(ImGui::GetStyle());
}

void HeadlessFrame::RebuildFonts(ui::FontSet set) {
  ImGui::SetCurrentContext(context_);
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  ui::BuildFonts(atlas, regular_, bold_, 1.0f, set);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas; no texture upload
}

HeadlessFrame::~HeadlessFrame() { ImGui::DestroyContext(context_); }

ui::Intents HeadlessFrame::Run(const ui::AppView& vm) {
  ImGui::SetCurrentContext(context_);
  return ui::RunAppFrame(vm, input_, tree_);
}

std::vector<ui::RegisteredItem> HeadlessFrame::RunAudited(const ui::AppView& vm) {
  ImGui::SetCurrentContext(context_);
  std::vector<ui::RegisteredItem> items;
  ui::BeginItemAudit(&items);
  ui::RunAppFrame(vm, input_, tree_);
  ui::EndItemAudit();
  return items;
}

std::vector<ui::Intents> HeadlessFrame::RunUntilInputDrained(const ui::AppView& vm,
                                                              int max_frames) {
  std::vector<ui::Intents> seen;
  for (int i = 0; i < max_frames; ++i) {
    const bool was_empty = input_.empty();
    seen.push_back(Run(vm));
    if (was_empty) break;
  }
  return seen;
}

void HeadlessFrame::Tap(const ui::SemanticNode& node, bool touch) {
  const float x = node.rect.x + node.rect.w / 2;
  const float y = node.rect.y + node.rect.h / 2;
  if (touch) {
    input_.TouchStart(x, y);
    input_.TouchEnd(x, y);
  } else {
    input_.PointerDown(x, y, 0);
    input_.PointerUp(x, y, 0);
  }
}

const ui::SemanticNode& Require(const ui::SemanticTree& tree, ui::Role role, std::string_view name) {
  const ui::SemanticNode* node = tree.FindByName(role, name);
  BOOST_TEST_REQUIRE(node != nullptr, "no node named '" << name << "'");
  return *node;
}

ui::Intents Activate(HeadlessFrame& frame, const ui::AppView& vm, ui::Role role, std::string_view name) {
  frame.tree().RequestActivation(Require(frame.tree(), role, name).id);
  return frame.Run(vm);
}

std::vector<std::string> LayoutProblems(const ui::SemanticTree& tree, float width) {
  std::vector<std::string> problems;
  const auto& nodes = tree.nodes();
  for (size_t i = 0; i < nodes.size(); ++i) {
    const ui::Rect& a = nodes[i].rect;
    if (a.x < 0 || a.x + a.w > width + 0.5f) problems.push_back("'" + nodes[i].name + "' does not fit");
    for (size_t j = i + 1; j < nodes.size(); ++j) {
      const ui::Rect& b = nodes[j].rect;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
        problems.push_back("'" + nodes[i].name + "' overlaps '" + nodes[j].name + "'");
      }
    }
  }
  return problems;
}

}  // namespace beredd::test
