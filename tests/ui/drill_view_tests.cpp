// The drill screens in headless frames: the exercise banner on every one of them, choosing a
// scenario, checking off steps, injects and targets, the confirmed end, and layouts that fit a
// projector and a tablet.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/drill_engine.h"
#include "headless_frame.h"
#include "test_packs.h"
#include "ui/app_view.h"

using namespace beredd;
using beredd::test::HeadlessFrame;
using beredd::test::Activate;
using beredd::test::Require;
using ui::Role;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;
constexpr const char* kBanner = "ÖVNING – EXERCISE – ÖVNING";

struct Drill {
  core::ContentPack pack = test::LoadPack("sv");
  core::DrillState state;
  const core::DrillScenario* scenario = &pack.drills.front();  // fire evacuation

  Drill() {
    core::DrillEvent start;
    start.type = core::DrillEventType::Start;
    start.at_ms = kStart;
    start.ref = scenario->id;
    BOOST_TEST_REQUIRE(!core::ApplyDrillEvent(*scenario, state, start).has_value());
  }
  void Apply(core::DrillEventType type, std::int64_t seconds, std::string ref) {
    core::DrillEvent e;
    e.type = type;
    e.at_ms = kStart + seconds * 1000;
    e.ref = std::move(ref);
    BOOST_TEST_REQUIRE(!core::ApplyDrillEvent(*scenario, state, e).has_value());
  }
  ui::AppView Choosing() const { return {core::Screen::Drill, pack, {}, {}, {}, {}}; }
  ui::AppView Running(std::int64_t seconds, bool confirm_end = false) const {
    ui::AppView vm = Choosing();
    vm.drill.scenario = scenario;
    vm.drill.state = &state;
    vm.drill.now_ms = kStart + seconds * 1000;
    vm.drill.confirm_end = confirm_end;
    return vm;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(drill_view, Drill)

BOOST_AUTO_TEST_CASE(choosing_a_scenario_under_the_exercise_banner) {
  HeadlessFrame frame(1920, 1080);
  frame.Run(Choosing());
  Require(frame.tree(), Role::Status, kBanner);
  for (const core::DrillScenario& drill : pack.drills) Require(frame.tree(), Role::Button, drill.name);
  BOOST_TEST(Activate(frame, Choosing(), Role::Button, "Utrymning vid brand").start_drill == "fire_evacuation");
}

BOOST_AUTO_TEST_CASE(the_runner_shows_clock_steps_and_checks_them_off) {
  HeadlessFrame frame(1920, 1080);
  frame.Run(Running(75));
  Require(frame.tree(), Role::Status, kBanner);
  Require(frame.tree(), Role::Text, "1:15");
  Require(frame.tree(), Role::Status, "Sparat");
  const std::string leave = scenario->steps[1].text;
  BOOST_TEST(Activate(frame, Running(75), Role::Button, leave).check_step == "leave");

  Apply(core::DrillEventType::Step, 42, "leave");
  frame.Run(Running(80));
  const ui::SemanticNode& done = Require(frame.tree(), Role::Button, "Klart 0:42 – " + leave);
  BOOST_TEST(done.current);
  frame.tree().RequestActivation(done.id);
  BOOST_TEST(frame.Run(Running(80)).check_step.empty(), "a step is checked off once");
}

BOOST_AUTO_TEST_CASE(injects_and_targets_are_shown) {
  Apply(core::DrillEventType::Inject, 61, "stairwell_b");
  Apply(core::DrillEventType::Step, 170, "assembly");
  HeadlessFrame frame(1920, 1080);
  frame.Run(Running(320));
  Require(frame.tree(), Role::Status, "1:01  Trapphus B är blockerat av rök: använd den andra utgången.");
  Require(frame.tree(), Role::Text, "Alla på återsamlingsplatsen inom 3 minuter: uppnått");
  Require(frame.tree(), Role::Text, "Alla redovisade inom 5 minuter: missat");
}

BOOST_AUTO_TEST_CASE(ending_needs_an_explicit_confirmation) {
  HeadlessFrame frame(1024, 768);
  frame.Run(Running(30));
  BOOST_TEST(Activate(frame, Running(30), Role::Button, "Avsluta övning").request_end_drill);
  frame.Run(Running(31, true));
  BOOST_TEST(Activate(frame, Running(31, true), Role::Button, "Ja, avsluta övningen").confirm_end_drill);
  frame.Run(Running(31, true));
  BOOST_TEST(Activate(frame, Running(31, true), Role::Button, "Fortsätt övningen").cancel_end_drill);
}

BOOST_AUTO_TEST_CASE(an_ended_drill_shows_its_result_and_leads_to_a_new_one) {
  Apply(core::DrillEventType::End, 200, "");
  HeadlessFrame frame(1024, 768);
  frame.Run(Running(500));
  Require(frame.tree(), Role::Status, kBanner);
  Require(frame.tree(), Role::Text, "3:20");  // the clock stops at the end
  Require(frame.tree(), Role::Status, "Övningen är avslutad.");
  BOOST_TEST(Activate(frame, Running(500), Role::Button, "Ny övning").close_drill);
}

BOOST_AUTO_TEST_CASE(every_drill_screen_fits_a_projector_and_a_tablet) {
  Apply(core::DrillEventType::Inject, 61, "stairwell_b");
  for (const ImVec2 size : {ImVec2(1920, 1080), ImVec2(1024, 768), ImVec2(390, 844)}) {
    for (int screen = 0; screen < 3; ++screen) {
      HeadlessFrame frame(size.x, size.y);
      const ui::AppView vm = screen == 0 ? Choosing() : Running(90, screen == 2);
      frame.Run(vm);
      frame.Run(vm);
      Require(frame.tree(), Role::Status, kBanner);
      const auto problems = test::LayoutProblems(frame.tree(), size.x);
      BOOST_TEST(problems.empty(), size.x << "x" << size.y << " screen " << screen << ": "
                                           << (problems.empty() ? "" : problems[0]));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
