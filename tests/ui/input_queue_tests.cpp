// InputQueue: transitions that ImGui 1.86 would merge within a frame are spread over frames.
#include <boost/test/unit_test.hpp>

#include <cfloat>

#include "imgui.h"
#include "ui/widgets/input_queue.h"

using beredd::ui::InputQueue;

namespace {
struct ContextFixture {
  ContextFixture() { context = ImGui::CreateContext(); }
  ~ContextFixture() { ImGui::DestroyContext(context); }
  ImGuiIO& io() { return ImGui::GetIO(); }
  ImGuiContext* context;
};
}  // namespace

BOOST_FIXTURE_TEST_SUITE(input_queue, ContextFixture)

BOOST_AUTO_TEST_CASE(press_at_a_new_position_waits_one_frame_for_hover) {
  InputQueue queue;
  io().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  queue.PointerDown(100, 50, 0);
  queue.ApplyTo(io());
  BOOST_TEST(io().MousePos.x == 100.0f);
  BOOST_TEST(!io().MouseDown[0]);
  queue.ApplyTo(io());
  BOOST_TEST(io().MouseDown[0]);
  BOOST_TEST(queue.empty());
}

BOOST_AUTO_TEST_CASE(press_where_the_mouse_already_is_applies_at_once) {
  InputQueue queue;
  io().MousePos = ImVec2(10, 10);
  queue.PointerDown(10, 10, 0);
  queue.ApplyTo(io());
  BOOST_TEST(io().MouseDown[0]);
}

BOOST_AUTO_TEST_CASE(a_tap_within_one_frame_becomes_hover_press_release_leave) {
  InputQueue queue;
  io().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  queue.PointerDown(20, 30, 0);
  queue.PointerUp(20, 30, 0);
  queue.PointerLeave();
  queue.ApplyTo(io());  // hover
  BOOST_TEST(!io().MouseDown[0]);
  queue.ApplyTo(io());  // press
  BOOST_TEST(io().MouseDown[0]);
  queue.ApplyTo(io());  // release at the same spot
  BOOST_TEST(!io().MouseDown[0]);
  BOOST_TEST(io().MousePos.x == 20.0f);
  queue.ApplyTo(io());  // finger gone: nothing hovered
  BOOST_TEST(io().MousePos.x < -1e30f);
  BOOST_TEST(queue.empty());
}

BOOST_AUTO_TEST_CASE(key_down_and_up_in_one_frame_take_two_frames) {
  InputQueue queue;
  queue.Key(ImGuiKey_Enter, true);
  queue.Key(ImGuiKey_Enter, false);
  queue.ApplyTo(io());
  BOOST_TEST(io().KeysDown[ImGuiKey_Enter]);
  queue.ApplyTo(io());
  BOOST_TEST(!io().KeysDown[ImGuiKey_Enter]);
}

BOOST_AUTO_TEST_CASE(consecutive_wheel_events_add_up_in_one_frame) {
  InputQueue queue;
  io().MouseWheel = 0;
  queue.Wheel(0, 1);
  queue.Wheel(0, 0.5f);
  queue.ApplyTo(io());
  BOOST_TEST(io().MouseWheel == 1.5f);
  BOOST_TEST(queue.empty());
}

BOOST_AUTO_TEST_CASE(a_touch_that_stays_put_is_a_tap) {
  InputQueue queue;
  io().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  queue.TouchStart(50, 60);
  queue.TouchMove(53, 64);  // within the slop
  queue.TouchEnd(53, 64);
  queue.ApplyTo(io());
  BOOST_TEST(io().MousePos.x == 53.0f);
  queue.ApplyTo(io());
  BOOST_TEST(io().MouseDown[0]);
  queue.ApplyTo(io());
  BOOST_TEST(!io().MouseDown[0]);
  queue.ApplyTo(io());
  BOOST_TEST(queue.empty());
}

BOOST_AUTO_TEST_CASE(a_touch_that_moves_scrolls_and_never_presses) {
  InputQueue queue;
  io().MouseWheel = 0;
  queue.TouchStart(100, 400);
  queue.TouchMove(100, 350);  // beyond the slop: scrolling starts
  queue.TouchMove(100, 250);
  queue.TouchEnd(100, 250);
  float wheel = 0;
  for (int frame = 0; frame < 5 && !queue.empty(); ++frame) {
    io().MouseWheel = 0;
    queue.ApplyTo(io());
    BOOST_TEST(!io().MouseDown[0]);
    wheel += io().MouseWheel;
  }
  BOOST_TEST(queue.empty());
  // The finger moved 150 px up: content scrolls down by 150 px (negative wheel).
  BOOST_TEST(wheel == -150.0f / beredd::ui::kWheelPixelsPerUnit, boost::test_tools::tolerance(1e-4f));
}

BOOST_AUTO_TEST_CASE(touch_moves_without_a_start_are_ignored) {
  InputQueue queue;
  queue.TouchMove(10, 10);
  queue.TouchEnd(10, 10);
  BOOST_TEST(queue.empty());
}

BOOST_AUTO_TEST_CASE(out_of_range_key_indices_are_ignored) {
  InputQueue queue;
  queue.Key(-1, true);
  queue.Key(IM_ARRAYSIZE(io().KeysDown), true);
  queue.Key(100000, true);
  queue.Key(ImGuiKey_Enter, true);  // in range, after them: it must still arrive
  for (int frame = 0; frame < 5 && !queue.empty(); ++frame) queue.ApplyTo(io());
  BOOST_TEST(queue.empty());
  for (int key = 0; key < IM_ARRAYSIZE(io().KeysDown); ++key) {
    BOOST_TEST_CONTEXT("key index " << key) { BOOST_TEST(io().KeysDown[key] == (key == ImGuiKey_Enter)); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
