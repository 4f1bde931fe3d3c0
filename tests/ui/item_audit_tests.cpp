// Every item ImGui registers on any screen is in the semantic tree (and so in the ARIA mirror).
// The exceptions are structure, not controls: the scrolling region that holds the screen, its
// scrollbar (keyboard and screen-reader users scroll by focus, which reveals the item), and
// ImGui's implicit "Debug##Default" window, which is never shown.
#include <boost/test/unit_test.hpp>


#include "headless_frame.h"
#include "test_packs.h"
#include <string_view>

#include "imgui_internal.h"

using namespace beredd;

namespace {

bool IsStructural(const ui::RegisteredItem& item) {
  ImGuiWindow* window = item.window;
  if (window != nullptr && std::string_view(window->Name) == "Debug##Default") return true;
  if (window != nullptr && (item.id == ImGui::GetWindowScrollbarID(window, ImGuiAxis_X) ||
                            item.id == ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y))) {
    return true;
  }
  // A child window registers itself as one item in its parent, with exactly its outer rect.
  for (const ImGuiWindow* child : ImGui::GetCurrentContext()->Windows) {
    if (!(child->Flags & ImGuiWindowFlags_ChildWindow)) continue;
    if (child->Pos.x == item.min.x && child->Pos.y == item.min.y &&
        child->Pos.x + child->Size.x == item.max.x && child->Pos.y + child->Size.y == item.max.y) {
      return true;
    }
  }
  return false;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(item_audit)

BOOST_AUTO_TEST_CASE(every_registered_item_on_every_screen_is_recorded) {
  const core::ContentPack pack = test::LoadPack("sv");
  for (const ImVec2 size : {ImVec2(1280, 800), ImVec2(390, 844)}) {
    for (core::Screen screen : core::kAllScreens) {
      test::HeadlessFrame frame(size.x, size.y);
      const ui::AppView vm{screen, pack, {}, {}, {}, {}, {}};
      frame.Run(vm);
      const auto items = frame.RunAudited(vm);
      int recorded = 0;
      for (const ui::RegisteredItem& item : items) {
        if (frame.tree().Find(ui::SemanticId(item.id)) != nullptr) {
          ++recorded;
          continue;
        }
        BOOST_TEST(IsStructural(item), "item 0x" << std::hex << item.id << std::dec
                                                      << " at (" << item.min.x << ","
                                                      << item.min.y << ") on "
                                                      << core::RouteOf(screen)
                                                      << " is not in the semantic tree");
      }
      BOOST_TEST(recorded >= 5, "screen " << core::RouteOf(screen));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
