// Home preparedness in headless frames: reached from home, the calculator's steppers and
// amounts, ticks as pressed toggles, "last checked" and the reminder, the plan's fields showing
// what was kept and reporting what is typed, "forget everything" in two taps, nothing offered
// to keep on a kiosk, and the printable page with what is still missing.
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <string>

#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::Activate;
using beredd::test::HeadlessFrame;
using beredd::test::Require;
using ui::Role;

namespace {

// Each node once in the mirror: two with one id would show as one element.
void RequireUniqueIds(const ui::SemanticTree& tree) {
  std::set<std::string> ids;
  for (const ui::SemanticNode& node : tree.nodes()) BOOST_TEST(ids.insert(node.id).second, node.name);
}

struct Prepare {
  core::ContentPack pack = test::LoadPack("sv");
  std::set<std::string, std::less<>> checked;
  std::map<std::string, std::string, std::less<>> plan;

  ui::AppView View(core::Household household = {}) const {
    ui::AppView vm{core::Screen::Prepare, pack};
    core::PrepareView& p = vm.prepare;
    p.content = &*pack.preparedness;
    p.household = household;
    p.amounts = core::CalculateAmounts(household, pack.preparedness->household);
    p.checked = &checked;
    p.plan = &plan;
    for (const core::PrepGroup& group : pack.preparedness->groups) p.groups[group.id];
    return vm;
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(prepare_view)

BOOST_AUTO_TEST_CASE(home_offers_it_and_a_tap_opens_it) {
  Prepare prepare;
  HeadlessFrame frame(390, 844);
  const ui::AppView home{core::Screen::Home, prepare.pack};
  frame.Run(home);
  const auto intents = Activate(frame, home, Role::Button, "Hemberedskap");
  BOOST_TEST((intents.navigate == core::Screen::Prepare));
}

BOOST_AUTO_TEST_CASE(the_calculator_shows_the_amounts_and_its_steppers_change_the_household) {
  Prepare prepare;
  HeadlessFrame frame(390, 844);
  const ui::AppView vm = prepare.View({.adults = 2, .children = 2, .days = 7});
  frame.Run(vm);
  Require(frame.tree(), Role::Text, "Vuxna: 2");
  Require(frame.tree(), Role::Text,
          "Vatten: 84 liter (3 liter per person och dygn). Dunkar à 10 liter: 9.");
  Require(frame.tree(), Role::Text, "Mat: 28 persondygn (alla i hushållet gånger antalet dygn).");
  Require(frame.tree(), Role::Text, "Läkemedel: för 30 dagar för den som tar receptbelagda läkemedel.");
  BOOST_TEST(frame.tree().FindByName(Role::Text, "Husdjur: vatten och mat till 0 djur också – hur mycket beror på djuret.") == nullptr);
  auto intents = Activate(frame, vm, Role::Button, "Vuxna +1");
  BOOST_TEST_REQUIRE(intents.prepare.household.has_value());
  BOOST_TEST(intents.prepare.household->adults == 3);
  intents = Activate(frame, vm, Role::Button, "Dygn \u22121");
  BOOST_TEST_REQUIRE(intents.prepare.household.has_value());
  BOOST_TEST(intents.prepare.household->days == 6);
  // The last person cannot be taken away.
  const ui::AppView alone = prepare.View({.adults = 1});
  frame.Run(alone);
  BOOST_TEST(!Activate(frame, alone, Role::Button, "Vuxna \u22121").prepare.household.has_value());
  const auto problems = test::LayoutProblems(frame.tree(), 390);
  BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems[0]));
  RequireUniqueIds(frame.tree());
  // On a desktop the buttons sit beside their count, still without overlapping it.
  HeadlessFrame desktop(1280, 800);
  desktop.Run(vm);
  const ui::SemanticNode& count = Require(desktop.tree(), Role::Text, "Vuxna: 2");
  const ui::SemanticNode& more = Require(desktop.tree(), Role::Button, "Vuxna +1");
  BOOST_TEST(more.rect.y < count.rect.y + count.rect.h, "one row");
  const auto wide = test::LayoutProblems(desktop.tree(), 1280);
  BOOST_TEST(wide.empty(), (wide.empty() ? "" : wide[0]));
}

BOOST_AUTO_TEST_CASE(items_are_toggles_and_each_group_says_when_it_was_checked) {
  Prepare prepare;
  prepare.checked.insert("water_stored");
  HeadlessFrame frame(390, 844);
  ui::AppView vm = prepare.View();
  vm.prepare.groups["water"].last_checked = core::CivilDate{2026, 6, 1};
  vm.prepare.groups["water"].recheck_due = true;
  frame.Run(vm);
  const core::PrepItem& stored = prepare.pack.preparedness->groups[0].items[0];
  const core::PrepItem& jugs = prepare.pack.preparedness->groups[0].items[1];
  BOOST_TEST((Require(frame.tree(), Role::Button, stored.text).toggle == ui::Toggle::On));
  BOOST_TEST((Require(frame.tree(), Role::Button, jugs.text).toggle == ui::Toggle::Off));
  Require(frame.tree(), Role::Text, "Senast kontrollerad 2026-06-01.");
  Require(frame.tree(), Role::Status, "Dags att kontrollera igen: det har gått 6 månader.");
  Require(frame.tree(), Role::Text, "Inte kontrollerad än.");
  BOOST_TEST(Activate(frame, vm, Role::Button, jugs.text).prepare.toggle_item == "water_containers");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Mat: kontrollerad nu").prepare.group_checked == "food");
  const core::Source& source = stored.source;
  Require(frame.tree(), Role::Text, "Källa: " + source.organisation + ", " + source.document + " (2026).");
}

BOOST_AUTO_TEST_CASE(plan_fields_show_what_was_kept_and_report_what_is_typed) {
  Prepare prepare;
  prepare.plan["meeting_place"] = "Kyrkan vid torget";
  HeadlessFrame frame(390, 844);
  const ui::AppView vm = prepare.View();
  BOOST_TEST((frame.Run(vm) == ui::Intents{}), "showing the kept text is not a change");
  const ui::SemanticNode& place = Require(frame.tree(), Role::Field, "Mötesplats om vi inte kan vara hemma eller inte når varandra");
  BOOST_TEST(place.value == "Kyrkan vid torget");
  const std::string children_id = Require(frame.tree(), Role::Field, "Vem hämtar barnen, och var").id;
  frame.tree().SetFieldValue(children_id, "Farmor");
  const ui::Intents typed = frame.Run(vm);
  BOOST_TEST((typed.prepare.plan_text == std::map<std::string, std::string>{{"children", "Farmor"}}));
  frame.tree().SetFieldValue(place.id, "");  // emptied: reported, not refilled from the kept text
  const ui::Intents emptied = frame.Run(vm);
  BOOST_TEST((emptied.prepare.plan_text ==
              std::map<std::string, std::string>{{"children", "Farmor"}, {"meeting_place", ""}}));
}

BOOST_AUTO_TEST_CASE(forget_everything_asks_once_more_and_empties_the_fields) {
  Prepare prepare;
  prepare.plan["p4"] = "103,3";
  HeadlessFrame frame(390, 844);
  ui::AppView vm = prepare.View();
  frame.Run(vm);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Glöm allt").prepare.forget);
  vm.prepare.forget_armed = true;
  frame.Run(vm);
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Glöm allt") == nullptr);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Behåll").prepare.keep);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Tryck igen för att glömma allt som sparats här").prepare.forget);
  prepare.plan.clear();  // the session forgot
  vm.prepare.forget_armed = false;
  frame.Run(vm);
  BOOST_TEST(Require(frame.tree(), Role::Field, "P4-frekvens där vi bor").value == "");
}

BOOST_AUTO_TEST_CASE(a_kiosk_offers_nothing_to_keep) {
  Prepare prepare;
  HeadlessFrame frame(1080, 1920);
  ui::AppView vm = prepare.View();
  vm.prepare.kept = false;
  frame.Run(vm);
  Require(frame.tree(), Role::Status, "På den här skärmen sparas ingenting: allt försvinner när nästa besökare börjar.");
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Visa planen för utskrift") == nullptr);
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Spara som fil (JSON)") == nullptr);
  Require(frame.tree(), Role::Button, "Glöm allt");  // the visitor may still wipe the screen
}

BOOST_AUTO_TEST_CASE(the_printable_plan_lists_the_plan_and_what_is_missing) {
  Prepare prepare;
  prepare.plan["meeting_place"] = "Kyrkan";
  for (const core::PrepGroup& group : prepare.pack.preparedness->groups) {
    for (const core::PrepItem& item : group.items) {
      if (group.id != "payment") prepare.checked.insert(item.id);
    }
  }
  prepare.checked.insert("pay_cash");
  HeadlessFrame frame(794, 1123);
  ui::AppView vm = prepare.View({.adults = 2, .days = 7});
  frame.Run(vm);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Visa planen för utskrift").prepare.show_plan);
  vm.prepare.showing_plan = true;
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Hemberedskap – vår plan");
  RequireUniqueIds(frame.tree());
  Require(frame.tree(), Role::Text, "Vuxna: 2, Barn (1–17 år): 0, Spädbarn (under 1 år): 0, Husdjur: 0, Dygn: 7");
  Require(frame.tree(), Role::Text, "Mötesplats om vi inte kan vara hemma eller inte når varandra: Kyrkan");
  Require(frame.tree(), Role::Text, "Vem hämtar barnen, och var: (inte ifyllt)");
  Require(frame.tree(), Role::Text, "Vatten: Allt finns");
  Require(frame.tree(), Role::Text, "Vatten: 42 liter (3 liter per person och dygn). Dunkar à 10 liter: 5.");
  Require(frame.tree(), Role::Text, "Mat: 14 persondygn (alla i hushållet gånger antalet dygn).");
  Require(frame.tree(), Role::Text,
          "Betalning: Saknas: " + prepare.pack.preparedness->groups[5].items[1].text);
  BOOST_TEST(frame.tree().FindByName(Role::Field, "Vem hämtar barnen, och var") == nullptr, "text, not fields, on paper");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Skriv ut").prepare.print);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Tillbaka till checklistan").prepare.hide_plan);
}

BOOST_AUTO_TEST_SUITE_END()
