// The drill screens in headless frames: the exercise banner on every one of them, choosing a
// scenario, checking off steps, injects and targets, roll call, notes typed into the platform's
// field, the class roster, the confirmed end, the report with its exports, the exercise plan
// and history, and layouts that fit a projector, a tablet and a phone.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/drill/drill_engine.h"
#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

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
  std::vector<core::RosterClass> roster = {{"4B", 25}, {"5A", 28}};

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
  void RollCall(std::int64_t seconds, std::string name, core::ClassCount count) {
    core::DrillEvent e;
    e.type = core::DrillEventType::RollCall;
    e.at_ms = kStart + seconds * 1000;
    e.ref = std::move(name);
    e.expected = count.expected;
    e.accounted = count.accounted;
    e.injured = count.injured;
    e.missing = count.missing;
    BOOST_TEST_REQUIRE(!core::ApplyDrillEvent(*scenario, state, e).has_value());
  }
  void Note(std::int64_t seconds, std::string text) {
    core::DrillEvent e;
    e.type = core::DrillEventType::Note;
    e.at_ms = kStart + seconds * 1000;
    e.text = std::move(text);
    BOOST_TEST_REQUIRE(!core::ApplyDrillEvent(*scenario, state, e).has_value());
  }
  ui::AppView Choosing() const {
    ui::AppView vm{core::Screen::Drill, pack};
    vm.drill.roster = &roster;
    vm.drill.now_ms = kStart;
    return vm;
  }
  const std::string& StepText(std::string_view id) const {
    for (const core::DrillStep& step : scenario->steps) {
      if (step.id == id) return step.text;
    }
    BOOST_FAIL("no step " << id);
    return scenario->steps.front().text;
  }

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
  BOOST_TEST(Activate(frame, Choosing(), Role::Button, "Utrymning vid brand").drill.start_drill == "fire_evacuation");
}

BOOST_AUTO_TEST_CASE(the_runner_shows_clock_steps_and_checks_them_off) {
  HeadlessFrame frame(1920, 1080);
  frame.Run(Running(75));
  Require(frame.tree(), Role::Status, kBanner);
  Require(frame.tree(), Role::Text, "1:15");
  Require(frame.tree(), Role::Status, "Sparat");
  const std::string leave = StepText("leave");
  BOOST_TEST(Activate(frame, Running(75), Role::Button, leave).drill.check_step == "leave");

  Apply(core::DrillEventType::Step, 42, "leave");
  frame.Run(Running(80));
  const ui::SemanticNode& done = Require(frame.tree(), Role::Button, "Klart 0:42 – " + leave);
  BOOST_TEST(done.current);
  frame.tree().RequestActivation(done.id);
  BOOST_TEST(frame.Run(Running(80)).drill.check_step.empty(), "a step is checked off once");
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

// From the back of a classroom (10 m) on a 1080p projector, text needs about 40 px.
BOOST_AUTO_TEST_CASE(on_a_projector_the_current_step_injects_and_total_read_from_the_back) {
  Apply(core::DrillEventType::Step, 10, "alarm");
  Apply(core::DrillEventType::Inject, 61, "stairwell_b");
  RollCall(40, "4B", {25, 24, 0, 1});
  HeadlessFrame projector(1920, 1080);
  projector.Run(Running(90));
  const ui::SemanticNode& now = Require(projector.tree(), Role::Status, "Nu: " + StepText("call_112"));
  const ui::SemanticNode& inject =
      Require(projector.tree(), Role::Status, "1:01  Trapphus B är blockerat av rök: använd den andra utgången.");
  const ui::SemanticNode* total = nullptr;
  for (const ui::SemanticNode& node : projector.tree().nodes()) {
    if (node.name.rfind("Totalt:", 0) == 0) total = &node;
  }
  BOOST_TEST_REQUIRE(total != nullptr);
  // One line of 44 px text is at least 40 px tall; wrapped lines only add to it. The notices'
  // boxes add 12 px of padding above and below their text (widgets.cpp).
  constexpr float kNoticePadding = 2 * 12.0f;
  for (const ui::SemanticNode* node : {&now, &inject}) {
    BOOST_TEST(node->rect.h - kNoticePadding >= 40.0f, node->name << ": " << node->rect.h << " px");
  }
  BOOST_TEST(total->rect.h >= 40.0f, total->name << ": " << total->rect.h << " px");
  BOOST_TEST(now.rect.y < inject.rect.y, "the current step comes first");
  const auto problems = test::LayoutProblems(projector.tree(), 1920);
  BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems[0]));

  // A laptop keeps the compact layout.
  HeadlessFrame laptop(1280, 800);
  laptop.Run(Running(90));
  BOOST_TEST(laptop.tree().FindByName(Role::Status, "Nu: " + StepText("call_112")) == nullptr);
  for (const ui::SemanticNode& node : laptop.tree().nodes()) {
    if (node.name.rfind("Totalt:", 0) == 0) BOOST_TEST(node.rect.h < 40.0f);
  }
}

BOOST_AUTO_TEST_CASE(ending_needs_an_explicit_confirmation) {
  HeadlessFrame frame(1024, 768);
  frame.Run(Running(30));
  BOOST_TEST(Activate(frame, Running(30), Role::Button, "Avsluta övning").drill.request_end_drill);
  frame.Run(Running(31, true));
  BOOST_TEST(Activate(frame, Running(31, true), Role::Button, "Ja, avsluta övningen").drill.confirm_end_drill);
  frame.Run(Running(31, true));
  BOOST_TEST(Activate(frame, Running(31, true), Role::Button, "Fortsätt övningen").drill.cancel_end_drill);
}

BOOST_AUTO_TEST_CASE(an_ended_drill_shows_its_report_and_leads_to_a_new_one) {
  Apply(core::DrillEventType::Step, 42, "leave");
  RollCall(60, "4B", {25, 24, 0, 1});
  Note(70, "Dörr 3 var låst");
  Apply(core::DrillEventType::End, 200, "");
  HeadlessFrame frame(1024, 768);
  frame.Run(Running(500));
  Require(frame.tree(), Role::Status, kBanner);
  Require(frame.tree(), Role::Status, "Övningen är avslutad.");
  Require(frame.tree(), Role::Heading, "Rapport: Utrymning vid brand");
  Require(frame.tree(), Role::Text, "Startade 2023-11-14 22:13, längd 3:20");  // stops at the end
  Require(frame.tree(), Role::Text, "Alla på återsamlingsplatsen inom 3 minuter: missat");
  Require(frame.tree(), Role::Status, "4B: 24 av 25 redovisade, 0 skadade, 1 saknas, 0 ej rapporterade");
  Require(frame.tree(), Role::Text, "1:10  Dörr 3 var låst");
  Require(frame.tree(), Role::Text, "0:00  Övningen startade");
  Require(frame.tree(), Role::Text, "0:42  Klart: " + StepText("leave"));
  Require(frame.tree(), Role::Text, "1:00  Närvaro 4B: 24 av 25 redovisade, 0 skadade, 1 saknas");
  Require(frame.tree(), Role::Text, "1:10  Anteckning: Dörr 3 var låst");
  Require(frame.tree(), Role::Text, "3:20  Övningen avslutades");
  BOOST_TEST(!frame.tree().FindByName(Role::Button, "4B Redovisade +1"), "no counting after the end");
  BOOST_TEST(!frame.tree().FindByName(Role::Field, "Anteckning"), "no notes after the end");
  BOOST_TEST(Activate(frame, Running(500), Role::Button, "Ladda ner rapport (JSON)").drill.export_json);
  BOOST_TEST(Activate(frame, Running(500), Role::Button, "Ladda ner händelser (CSV)").drill.export_csv);
  BOOST_TEST(Activate(frame, Running(500), Role::Button, "Skriv ut").drill.print_report);
  BOOST_TEST(Activate(frame, Running(500), Role::Button, "Ny övning").drill.close_drill);
}

BOOST_AUTO_TEST_CASE(roll_call_counts_each_class_and_highlights_the_unaccounted) {
  RollCall(0, "4B", {25, 0, 0, 0});
  RollCall(0, "5A", {28, 0, 0, 0});
  HeadlessFrame frame(1024, 768);
  frame.Run(Running(30));
  Require(frame.tree(), Role::Status, "4B: 0 av 25 redovisade, 0 skadade, 0 saknas, 25 ej rapporterade");
  Require(frame.tree(), Role::Status, "Totalt: 0 av 53 redovisade, 0 skadade, 0 saknas, 53 ej rapporterade");
  auto change = Activate(frame, Running(30), Role::Button, "4B Redovisade +1").drill.roll_call;
  BOOST_TEST_REQUIRE(change.has_value());
  BOOST_TEST(change->class_name == "4B");
  BOOST_TEST((change->count == core::ClassCount{25, 1, 0, 0}));
  change = Activate(frame, Running(30), Role::Button, "5A: alla redovisade").drill.roll_call;
  BOOST_TEST_REQUIRE(change.has_value());
  BOOST_TEST((change->count == core::ClassCount{28, 28, 0, 0}));

  RollCall(40, "5A", {28, 28, 0, 0});
  frame.Run(Running(41));
  // Everyone reported and nobody missing: no longer highlighted (a plain text, not a notice).
  Require(frame.tree(), Role::Text, "5A: 28 av 28 redovisade, 0 skadade, 0 saknas, 0 ej rapporterade");
  change = Activate(frame, Running(41), Role::Button, "5A Saknade +1").drill.roll_call;
  BOOST_TEST_REQUIRE(change.has_value());
  BOOST_TEST((change->count == core::ClassCount{28, 27, 0, 1}), "the missing pupil leaves 'accounted'");
  BOOST_TEST(!Activate(frame, Running(41), Role::Button, "5A Redovisade −1").drill.roll_call->count.missing);
}

BOOST_AUTO_TEST_CASE(two_mirror_clicks_on_the_same_plus_before_a_frame_count_twice) {
  RollCall(0, "4B", {25, 0, 0, 0});
  HeadlessFrame frame(1024, 768);
  frame.Run(Running(30));
  const std::string plus = Require(frame.tree(), Role::Button, "4B Redovisade +1").id;
  frame.tree().RequestActivation(plus);  // two clicks in one task, before the next frame
  frame.tree().RequestActivation(plus);
  auto change = frame.Run(Running(30)).drill.roll_call;
  BOOST_TEST_REQUIRE(change.has_value());
  BOOST_TEST((change->count == core::ClassCount{25, 1, 0, 0}));
  RollCall(30, "4B", change->count);  // what the runner does with the intent
  change = frame.Run(Running(30)).drill.roll_call;
  BOOST_TEST_REQUIRE(change.has_value(), "the second click was lost");
  BOOST_TEST((change->count == core::ClassCount{25, 2, 0, 0}));
  BOOST_TEST(!frame.tree().HasPendingActivation());
}

BOOST_AUTO_TEST_CASE(clicks_on_two_roll_call_buttons_before_a_frame_are_both_applied) {
  // The frame's intents hold one roll-call change: the second click waits for the next frame
  // instead of overwriting the first.
  RollCall(0, "4B", {25, 0, 0, 0});
  HeadlessFrame frame(1024, 768);
  frame.Run(Running(30));
  frame.tree().RequestActivation(Require(frame.tree(), Role::Button, "4B Redovisade +1").id);
  frame.tree().RequestActivation(Require(frame.tree(), Role::Button, "4B Skadade +1").id);
  auto change = frame.Run(Running(30)).drill.roll_call;
  BOOST_TEST_REQUIRE(change.has_value());
  BOOST_TEST((change->count == core::ClassCount{25, 1, 0, 0}));
  RollCall(30, "4B", change->count);
  change = frame.Run(Running(30)).drill.roll_call;
  BOOST_TEST_REQUIRE(change.has_value(), "the second click was lost");
  BOOST_TEST((change->count == core::ClassCount{25, 1, 1, 0}));
  BOOST_TEST(!frame.tree().HasPendingActivation());
}

BOOST_AUTO_TEST_CASE(a_note_typed_in_the_platform_field_is_saved_once) {
  HeadlessFrame frame(1024, 768);
  frame.Run(Running(30));
  const ui::SemanticNode& field = Require(frame.tree(), Role::Field, "Anteckning");
  BOOST_TEST((field.field == ui::FieldKind::MultiLine));
  BOOST_TEST(field.value.empty());
  BOOST_TEST(Activate(frame, Running(30), Role::Button, "Spara anteckning").drill.add_note.empty(),
             "an empty note is not saved");
  frame.tree().SetFieldValue(field.id, "Dörr 3 var låst\noch larmet hördes inte i matsalen");
  frame.Run(Running(31));
  BOOST_TEST(Require(frame.tree(), Role::Field, "Anteckning").value ==
             "Dörr 3 var låst\noch larmet hördes inte i matsalen");
  BOOST_TEST(Activate(frame, Running(31), Role::Button, "Spara anteckning").drill.add_note ==
             "Dörr 3 var låst\noch larmet hördes inte i matsalen");
  frame.Run(Running(32));
  BOOST_TEST(Require(frame.tree(), Role::Field, "Anteckning").value.empty(), "the field is emptied");
  frame.tree().SetFieldValue(field.id, "  \n ");
  BOOST_TEST(Activate(frame, Running(32), Role::Button, "Spara anteckning").drill.add_note.empty());
}

BOOST_AUTO_TEST_CASE(classes_are_entered_once_with_their_size) {
  HeadlessFrame frame(1024, 768);
  frame.Run(Choosing());
  Require(frame.tree(), Role::Text, "4B: 25 elever");
  BOOST_TEST(Activate(frame, Choosing(), Role::Button, "Ta bort 4B").drill.remove_class == "4B");
  const std::string name_id = Require(frame.tree(), Role::Field, "Klassens namn").id;
  const ui::SemanticNode& size = Require(frame.tree(), Role::Field, "Antal elever");
  BOOST_TEST((size.field == ui::FieldKind::Number));
  const std::string size_id = size.id;

  frame.tree().SetFieldValue(name_id, "6C");
  frame.tree().SetFieldValue(size_id, "0");
  auto added = Activate(frame, Choosing(), Role::Button, "Lägg till klass").drill.add_class;
  BOOST_TEST_REQUIRE(added.has_value());
  BOOST_TEST(added->expected == "0");
  BOOST_TEST(frame.tree().FieldValue(name_id) == "6C", "a refused class stays in the fields");
  ui::AppView refused = Choosing();
  refused.drill.class_problem = "drill.class_problem.count";
  frame.Run(refused);
  Require(frame.tree(), Role::Status, "Antal elever ska vara ett heltal från 1 till 10000.");

  frame.tree().SetFieldValue(size_id, "27");
  added = Activate(frame, Choosing(), Role::Button, "Lägg till klass").drill.add_class;
  BOOST_TEST_REQUIRE(added.has_value());
  BOOST_TEST(added->name == "6C");
  BOOST_TEST(added->expected == "27");
  BOOST_TEST(frame.tree().FieldValue(name_id).empty());
  BOOST_TEST(frame.tree().FieldValue(size_id).empty());
}

BOOST_AUTO_TEST_CASE(the_plan_and_the_history_show_what_was_practised) {
  Apply(core::DrillEventType::Step, 150, "assembly");
  Apply(core::DrillEventType::End, 260, "");
  const std::int64_t day = 24LL * 3600 * 1000;
  ui::AppView vm = Choosing();
  vm.drill.now_ms = kStart + 400 * day;  // the fire drill is due again after 365 days
  vm.drill.utc_offset_minutes = 60;
  vm.drill.history.push_back({std::to_string(kStart), scenario, &state, 60});
  HeadlessFrame frame(1024, 768);
  frame.Run(vm);
  Require(frame.tree(), Role::Status,
          "Utrymning vid brand: senast 2023-11-14, enligt planen dags igen sedan 2024-11-13");
  Require(frame.tree(), Role::Status, pack.drills[1].name + ": har inte övats här – planera en övning");
  const ui::Intents opened =
      Activate(frame, vm, Role::Button, "2023-11-14 23:13 – Utrymning vid brand");
  BOOST_TEST(opened.drill.open_report == std::to_string(kStart));
  Require(frame.tree(), Role::Button, "2023-11-14 23:13 – Utrymning vid brand");

  vm.drill.now_ms = kStart + 30 * day;
  frame.Run(vm);
  Require(frame.tree(), Role::Text, "Utrymning vid brand: senast 2023-11-14, nästa enligt planen senast 2024-11-13");

  vm.drill.open_report = &vm.drill.history.front();
  frame.Run(vm);
  Require(frame.tree(), Role::Status, kBanner);
  Require(frame.tree(), Role::Text, "Startade 2023-11-14 23:13, längd 4:20");
  Require(frame.tree(), Role::Text, "Alla på återsamlingsplatsen inom 3 minuter: uppnått");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Ladda ner händelser (CSV)").drill.export_csv);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Tillbaka till övningarna").drill.close_report);
}

BOOST_AUTO_TEST_CASE(a_step_scrolled_half_under_the_pinned_banner_is_clicked_where_it_shows) {
  // Issue #14: a pointer at the centre of what is in view of a step acts on that step.
  HeadlessFrame frame(1024, 768);
  const ui::AppView vm = Running(30);
  frame.Run(vm);
  frame.Run(vm);
  const std::string step = "Alla klasser är på återsamlingsplatsen.";
  const float whole = Require(frame.tree(), Role::Button, step).rect.h;
  for (int turn = 0; turn < 200; ++turn) {
    const ui::SemanticNode& node = Require(frame.tree(), Role::Button, step);
    if (!node.hidden && node.visible.y < 384 && node.visible.h < whole * 0.6f) break;  // cut at the top
    frame.input().PointerMove(4, 740);
    frame.input().Wheel(0, -0.1f);
    frame.RunUntilInputDrained(vm);
  }
  const ui::SemanticNode node = Require(frame.tree(), Role::Button, step);
  BOOST_TEST_REQUIRE((!node.hidden && node.visible.h >= 8 && node.visible.h < whole * 0.6f),
                     "in view: " << node.visible.y << " +" << node.visible.h << " of " << whole);
  const float x = node.visible.x + node.visible.w / 2;
  for (float y = node.visible.y + 1; y < node.visible.y + node.visible.h; y += 2) {
    frame.input().PointerDown(x, y, 0);
    frame.input().PointerUp(x, y, 0);
    std::string checked;
    for (const ui::Intents& intents : frame.RunUntilInputDrained(vm)) {
      if (!intents.drill.check_step.empty()) checked = intents.drill.check_step;
    }
    BOOST_TEST(checked == "assembly", "a click at y " << y << " (in view from " << node.visible.y << ")");
  }
}

BOOST_AUTO_TEST_CASE(every_drill_screen_fits_a_projector_a_tablet_and_a_phone) {
  Apply(core::DrillEventType::Inject, 61, "stairwell_b");
  RollCall(62, "4B", {25, 20, 2, 1});
  RollCall(63, "Förskoleklass Ugglan", {18, 0, 0, 0});
  Note(64, "Trapphus B var fullt av rök och eleverna vände, vilket tog extra tid");
  core::DrillState ended = state;
  ended.ended_ms = kStart + 300 * 1000;
  for (const ImVec2 size : {ImVec2(1920, 1080), ImVec2(1024, 768), ImVec2(390, 844)}) {
    for (int screen = 0; screen < 5; ++screen) {
      HeadlessFrame frame(size.x, size.y);
      ui::AppView vm = screen == 0 || screen == 4 ? Choosing() : Running(90, screen == 2);
      if (screen == 0 || screen == 4) vm.drill.history.push_back({"past", scenario, &ended, 60});
      if (screen == 3) vm.drill.state = &ended;
      if (screen == 4) vm.drill.open_report = &vm.drill.history.front();
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
