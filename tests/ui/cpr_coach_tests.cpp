// The CPR coach in headless frames: start/stop and mode intents, what the running coach shows
// in each phase, and that the whole UI reads only the texts every pack must define.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <tuple>

#include "core/cpr/cpr_timeline.h"
#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::HeadlessFrame;
using beredd::test::Activate;
using beredd::test::Require;
using ui::Role;

namespace {

struct Coach {
  core::ContentPack pack = test::LoadPack("sv");

  ui::AppView View(std::string mode_id = "adult", bool running = false, double t = 0) const {
    ui::AppView vm{core::Screen::Cpr, pack};
    vm.cpr.mode_id = mode_id;
    vm.cpr.running = running;
    vm.cpr.elapsed_s = t;
    for (const core::CprMode& mode : pack.cpr.modes) {
      if (mode.id == mode_id) vm.cpr.moment = core::CprTimeline(core::RhythmFor(pack.cpr, mode)).At(t);
    }
    return vm;
  }
};

const ui::SemanticNode* Find(const ui::SemanticTree& tree, Role role, std::string_view name) {
  return tree.FindByName(role, name);
}

const double kInterval = 60.0 / 110;

}  // namespace

BOOST_AUTO_TEST_SUITE(cpr_coach)

BOOST_AUTO_TEST_CASE(start_needs_a_tap_and_emits_start) {
  Coach coach;
  HeadlessFrame frame(1280, 800);
  frame.Run(coach.View());
  BOOST_TEST(Find(frame.tree(), Role::Text, "1 / 30") == nullptr, "no count before start");
  BOOST_TEST(Activate(frame, coach.View(), Role::Button, "Starta takten").cpr.start_cpr);
}

BOOST_AUTO_TEST_CASE(modes_are_toggles_and_selecting_one_emits_its_id) {
  Coach coach;
  HeadlessFrame frame(1280, 800);
  frame.Run(coach.View("adult"));
  BOOST_TEST((Require(frame.tree(), Role::Button, "Vuxen").toggle == ui::Toggle::On));
  BOOST_TEST((Require(frame.tree(), Role::Button, "Spädbarn (under 1 år)").toggle == ui::Toggle::Off));
  BOOST_TEST(Activate(frame, coach.View("adult"), Role::Button, "Barn (1–18 år)").cpr.select_cpr_mode == "child");

  frame.Run(coach.View("child"));
  BOOST_TEST((Require(frame.tree(), Role::Button, "Barn (1–18 år)").toggle == ui::Toggle::On));
  Require(frame.tree(), Role::Text, "Djup: en tredjedel av bröstkorgens djup, ungefär 5 cm");
  Require(frame.tree(), Role::Text, "Händerna: nedre halvan av bröstbenet, med en hand, eller två på ett större barn");
}

BOOST_AUTO_TEST_CASE(running_adult_shows_count_status_and_a_stop_button) {
  Coach coach;
  HeadlessFrame frame(1280, 800);
  const ui::AppView vm = coach.View("adult", true, 5 * kInterval + 0.01);
  frame.Run(vm);
  Require(frame.tree(), Role::Status, "Tryck");
  Require(frame.tree(), Role::Text, "6 / 30");
  Require(frame.tree(), Role::Text, "Omgång 1 · Tid 0:02 · 110 tryck per minut");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Stoppa takten").cpr.stop_cpr);
}

BOOST_AUTO_TEST_CASE(breaths_are_prompted_after_thirty) {
  Coach coach;
  HeadlessFrame frame(1280, 800);
  frame.Run(coach.View("adult", true, 30 * kInterval + 1.0));
  Require(frame.tree(), Role::Status, "Ge inblåsningar (1/2)");
  BOOST_TEST(Find(frame.tree(), Role::Text, "30 / 30") == nullptr, "no count while breathing");
}

BOOST_AUTO_TEST_CASE(children_start_with_five_rescue_breaths_then_fifteen) {
  Coach coach;
  HeadlessFrame frame(1280, 800);
  frame.Run(coach.View("child", true, 3.0));
  Require(frame.tree(), Role::Status, "Ge 5 inblåsningar först (2/5)");
  frame.Run(coach.View("child", true, 12.5 + 14 * kInterval + 0.01));
  Require(frame.tree(), Role::Text, "15 / 15");
}

BOOST_AUTO_TEST_CASE(the_swap_reminder_shows_after_two_minutes) {
  Coach coach;
  HeadlessFrame frame(1280, 800);
  frame.Run(coach.View("hands_only", true, 119.0));
  BOOST_TEST(Find(frame.tree(), Role::Status, "Byt den som trycker om ni är fler!") == nullptr);
  frame.Run(coach.View("hands_only", true, 121.0));
  Require(frame.tree(), Role::Status, "Byt den som trycker om ni är fler!");
}

BOOST_AUTO_TEST_CASE(on_a_phone_the_running_count_fits_on_screen_without_overlap) {
  Coach coach;
  for (const char* mode : {"adult", "child"}) {
    for (float width : {320.0f, 390.0f, 1280.0f}) {
      HeadlessFrame frame(width, 844);
      const double initial_breaths_s = mode == std::string("child") ? 12.5 : 0.0;
      const ui::AppView vm = coach.View(mode, true, initial_breaths_s + 9 * kInterval + 0.01);
      frame.Run(vm);
      frame.Run(vm);
      const ui::SemanticNode& count = Require(frame.tree(), Role::Text,
                                              std::string("10 / ") + (mode == std::string("adult") ? "30" : "15"));
      BOOST_TEST(count.rect.y + count.rect.h <= 844.0f, "count bottom at " << count.rect.y + count.rect.h);
      const auto problems = test::LayoutProblems(frame.tree(), width);
      BOOST_TEST(problems.empty(), mode << " at " << width << ": " << (problems.empty() ? "" : problems[0]));
    }
  }
}

// Every text a person can see or hear on the screen: names, descriptions and field values.
std::vector<std::string> AllText(const ui::SemanticTree& tree) {
  std::vector<std::string> texts;
  for (const ui::SemanticNode& node : tree.nodes()) {
    for (const std::string* text : {&node.name, &node.description, &node.value}) {
      if (!text->empty()) texts.push_back(*text);
    }
  }
  return texts;
}

// The screens of one mode: stopped, and running in its breaths and its compressions, on a
// phone and on a desktop.
std::vector<std::vector<std::string>> ScreensOf(const Coach& coach, const std::string& mode_id) {
  std::vector<std::vector<std::string>> screens;
  for (float width : {390.0f, 1280.0f}) {
    for (double t : {-1.0, 3.0, 20.0, 40.0}) {
      HeadlessFrame frame(width, 844);
      frame.Run(t < 0 ? coach.View(mode_id) : coach.View(mode_id, true, t));
      screens.push_back(AllText(frame.tree()));
    }
  }
  return screens;
}

BOOST_AUTO_TEST_CASE(child_and_infant_screens_show_no_adult_depth_or_ratio) {
  for (const char* locale : {"sv", "en"}) {
    Coach coach;
    coach.pack = test::LoadPack(locale);
    std::vector<std::string> adult_texts;
    for (const core::CprMode& mode : coach.pack.cpr.modes) {
      if (mode.audience != core::CprAudience::Adult) continue;
      adult_texts.push_back(mode.depth);
      adult_texts.push_back(std::to_string(mode.compressions) + ":" + std::to_string(mode.breaths));
      adult_texts.push_back("/ " + std::to_string(mode.compressions));  // the running count
    }
    BOOST_TEST_REQUIRE(adult_texts.size() >= 3u);
    int checked = 0;
    for (const core::CprMode& mode : coach.pack.cpr.modes) {
      if (mode.audience == core::CprAudience::Adult) continue;
      ++checked;
      for (const auto& screen : ScreensOf(coach, mode.id)) {
        for (const std::string& text : screen) {
          for (const std::string& adult : adult_texts) {
            BOOST_TEST(text.find(adult) == std::string::npos,
                       locale << " " << mode.id << " shows \"" << adult << "\" in: " << text);
          }
        }
      }
    }
    BOOST_TEST(checked == 2, "a child and an infant mode");
  }
}

BOOST_AUTO_TEST_CASE(each_mode_shows_its_own_steps_depth_hands_and_source) {
  Coach coach;
  for (const core::CprMode& mode : coach.pack.cpr.modes) {
    HeadlessFrame frame(390, 844);
    frame.Run(coach.View(mode.id));
    int number = 1;
    for (const core::CprStep& step : mode.steps) {
      Require(frame.tree(), Role::Text, std::to_string(number++) + ". " + step.title + ": " + step.text);
    }
    Require(frame.tree(), Role::Text, "Djup: " + mode.depth);
    Require(frame.tree(), Role::Text, "Händerna: " + mode.hands);
    Require(frame.tree(), Role::Text, "Källa: " + mode.source.organisation + ", " + mode.source.document +
                                          " (" + std::to_string(mode.source.year) + ").");
  }
  // The infant's compression step is not the adult's.
  HeadlessFrame frame(390, 844);
  frame.Run(coach.View("infant"));
  const auto texts = AllText(frame.tree());
  BOOST_TEST(std::count_if(texts.begin(), texts.end(), [](const std::string& text) {
               return text.find("två fingertoppar") != std::string::npos && text.find("ungefär 4 cm") != std::string::npos;
             }) >= 1);
}

BOOST_AUTO_TEST_CASE(the_ui_reads_only_texts_every_pack_must_have) {
  for (const char* locale : {"sv", "en"}) {
    Coach coach;
    coach.pack = test::LoadPack(locale);
    core::Catalog::Texts required;
    for (std::string_view key : core::RequiredStringKeys()) {
      required.emplace(std::string(key), std::string(coach.pack.strings.Get(key)));
    }
    coach.pack.strings = core::Catalog(std::move(required));
    std::vector<std::string> misses;
    coach.pack.strings.SetMissingKeyLog(&misses);

    std::vector<ui::AppView> views;
    for (core::Screen screen : core::kAllScreens) {
      ui::AppView vm{screen, coach.pack};
      vm.unknown_route = "#/unknown";
      vm.pack_error = "a pack error";
      views.push_back(vm);
    }
    for (double t : {0.0, 1.0, 13.0, 17.5, 121.0}) {
      for (const core::CprMode& mode : coach.pack.cpr.modes) views.push_back(coach.View(mode.id, true, t));
    }
    // The drill screens: choosing, running with an inject, confirming the end, ended.
    core::DrillState drill;
    const core::DrillScenario& scenario = coach.pack.drills.front();
    for (auto [type, ref, at] : {std::tuple{core::DrillEventType::Start, scenario.id, 1000LL},
                                 std::tuple{core::DrillEventType::Inject, scenario.injects[0].id, 2000LL},
                                 std::tuple{core::DrillEventType::Step, scenario.steps[0].id, 3000LL}}) {
      core::DrillEvent e;
      e.type = type;
      e.ref = ref;
      e.at_ms = at;
      core::ApplyDrillEvent(scenario, drill, e);
    }
    for (int variant = 0; variant < 3; ++variant) {
      ui::AppView vm{core::Screen::Drill, coach.pack};
      if (variant > 0) {
        vm.drill.scenario = &scenario;
        vm.drill.state = &drill;
        vm.drill.now_ms = 400000;
        vm.drill.confirm_end = variant == 2;
        vm.drill.saved = variant == 1;
      }
      views.push_back(vm);
    }
    core::DrillState ended = drill;
    core::DrillEvent end;
    end.type = core::DrillEventType::End;
    end.at_ms = 5000;
    core::ApplyDrillEvent(scenario, ended, end);
    ui::AppView ended_view{core::Screen::Drill, coach.pack};
    ended_view.drill.scenario = &scenario;
    ended_view.drill.state = &ended;
    views.push_back(ended_view);

    for (const ui::AppView& vm : views) {
      HeadlessFrame frame(1280, 800);
      frame.Run(vm);
    }
    BOOST_TEST(misses.empty(), locale << ": the UI read " << misses.size() << " keys not in "
                                      << "RequiredStringKeys, first: " << (misses.empty() ? "" : misses[0]));
  }
}

BOOST_AUTO_TEST_SUITE_END()
