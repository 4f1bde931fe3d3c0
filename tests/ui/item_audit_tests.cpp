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

// Runs `vm` and fails for every registered item that is neither recorded nor structural;
// returns how many were recorded.
int Audit(test::HeadlessFrame& frame, const ui::AppView& vm, std::string_view what) {
  frame.Run(vm);
  int recorded = 0;
  for (const ui::RegisteredItem& item : frame.RunAudited(vm)) {
    if (frame.tree().Find(ui::SemanticId(item.id)) != nullptr) {
      ++recorded;
      continue;
    }
    BOOST_TEST(IsStructural(item), "item 0x" << std::hex << item.id << std::dec << " at ("
                                             << item.min.x << "," << item.min.y << ") on " << what
                                             << " is not in the semantic tree");
  }
  return recorded;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(item_audit)

BOOST_AUTO_TEST_CASE(every_registered_item_on_every_screen_is_recorded) {
  const core::ContentPack pack = test::LoadPack("sv");
  for (const ImVec2 size : {ImVec2(1280, 800), ImVec2(390, 844)}) {
    for (core::Screen screen : core::kAllScreens) {
      test::HeadlessFrame frame(size.x, size.y);
      const ui::AppView vm{screen, pack};
      const int recorded = Audit(frame, vm, core::RouteOf(screen));
      BOOST_TEST(recorded >= 5, "screen " << core::RouteOf(screen));
    }
  }
}

BOOST_AUTO_TEST_CASE(kiosk_and_practice_items_are_recorded) {
  const core::ContentPack pack = test::LoadPack("sv");
  core::CprPractice practice;
  for (int i = 0; i < 6; ++i) practice.Tap(1000 + i * 545.0);
  std::vector<std::pair<std::string, ui::AppView>> views;
  ui::AppView practising{core::Screen::Practice, pack};
  practising.practice = {true, &practice, 4000};
  views.emplace_back("practice", practising);
  for (auto slide : {ui::KioskView::Slide::Numbers, ui::KioskView::Slide::Practice, ui::KioskView::Slide::Map}) {
    ui::AppView attract{core::Screen::Home, pack};
    attract.kiosk = {true, true, slide, 0};
    views.emplace_back("attract " + std::to_string(static_cast<int>(slide)), attract);
  }
  ui::AppView warned{core::Screen::Cpr, pack};
  warned.kiosk = {true, false, ui::KioskView::Slide::Numbers, 20};
  views.emplace_back("idle warning", warned);
  for (const auto& [what, vm] : views) {
    test::HeadlessFrame frame(1080, 1920);
    BOOST_TEST(Audit(frame, vm, what) >= 3, what);
  }
}

BOOST_AUTO_TEST_SUITE_END()
