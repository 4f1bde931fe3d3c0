// The alert bar in headless frames: under the numbers on every screen, each alert with its
// area, time, source and what to do, one tap from the map; on a drill screen marked as real,
// not the exercise; at most two at once with the rest on the map; and "VMA upphävt" with its
// time until the visitor closes it.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::Activate;
using beredd::test::HeadlessFrame;
using beredd::test::Require;
using ui::Role;

namespace {

core::Incident Vma(const std::string& id, const std::string& title) {
  core::Incident vma;
  vma.id = id;
  vma.title = title;
  vma.area_name = "Örebro kommun";
  vma.source = "Sveriges Radio";
  vma.severity = "Severe";
  vma.origin = core::IncidentOrigin::Cap;
  vma.instruction = "Gå inomhus och stäng dörrar, fönster och ventilation.";
  vma.time_ms = 1764856800000;  // 2025-12-04 15:00 in Sweden
  vma.updated_ms = vma.time_ms;
  return vma;
}

constexpr const char* kTitle = "VMA: Brand i Örebro";
constexpr const char* kLine = "Örebro kommun · utfärdat 2025-12-04 15:00 · Sveriges Radio\n"
                              "Gör så här: Gå inomhus och stäng dörrar, fönster och ventilation.";

}  // namespace

BOOST_AUTO_TEST_SUITE(alert_bar)

BOOST_AUTO_TEST_CASE(an_alert_shows_on_every_screen_and_opens_on_the_map) {
  const core::ContentPack pack = test::LoadPack("sv");
  const core::Incident vma = Vma("SR-1", "Brand i Örebro");
  for (core::Screen screen : core::kAllScreens) {
    HeadlessFrame frame(390, 844);
    ui::AppView vm{screen, pack};
    vm.alerts.active = {&vma};
    vm.alerts.utc_offset_minutes = 60;
    frame.Run(vm);
    const std::string title = screen == core::Screen::Drill ? std::string("VERKLIGT LARM – INTE ÖVNINGEN. ") + kTitle : kTitle;
    const ui::SemanticNode& card = Require(frame.tree(), Role::Button, title);
    BOOST_TEST((card.region == ui::Region::Banner), "with the numbers, above the screen");
    BOOST_TEST(card.description == std::string(kLine) + "\nTryck för detaljer på kartan.");
    BOOST_TEST(Activate(frame, vm, Role::Button, title).alerts.open == "SR-1");
    const auto problems = test::LayoutProblems(frame.tree(), 390);
    BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems[0]));
  }
}

BOOST_AUTO_TEST_CASE(without_alerts_there_is_no_bar) {
  const core::ContentPack pack = test::LoadPack("sv");
  HeadlessFrame frame(390, 844);
  const ui::AppView vm{core::Screen::Home, pack};
  frame.Run(vm);
  for (const ui::SemanticNode& node : frame.tree().nodes()) {
    if (node.region == ui::Region::Banner) BOOST_TEST((node.role == ui::Role::Link), node.name);  // the numbers only
  }
}

BOOST_AUTO_TEST_CASE(two_alerts_at_most_and_the_rest_on_the_map) {
  const core::ContentPack pack = test::LoadPack("sv");
  std::vector<core::Incident> vmas;
  for (const char* id : {"a", "b", "c", "d"}) vmas.push_back(Vma(id, std::string("Larm ") + id));
  HeadlessFrame frame(390, 844);
  ui::AppView vm{core::Screen::Home, pack};
  for (const core::Incident& vma : vmas) vm.alerts.active.push_back(&vma);
  frame.Run(vm);
  Require(frame.tree(), Role::Button, "VMA: Larm a");
  Require(frame.tree(), Role::Button, "VMA: Larm b");
  BOOST_TEST(frame.tree().FindByName(Role::Button, "VMA: Larm c") == nullptr);
  BOOST_TEST((Activate(frame, vm, Role::Button, "Fler varningar: 2 – visa på kartan").navigate == core::Screen::Map));
}

BOOST_AUTO_TEST_CASE(a_cancelled_vma_says_when_until_closed) {
  const core::ContentPack pack = test::LoadPack("sv");
  HeadlessFrame frame(390, 844);
  ui::AppView vm{core::Screen::Prepare, pack};
  vm.alerts.cancelled = {{"SR-1", "Brand i Örebro", 1764860700000}};  // 16:05 in Sweden
  vm.alerts.utc_offset_minutes = 60;
  frame.Run(vm);
  const std::string text = "VMA upphävt 2025-12-04 16:05: Brand i Örebro";
  Require(frame.tree(), Role::Text, text);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Stäng: " + text).alerts.dismiss == "SR-1");
  const auto problems = test::LayoutProblems(frame.tree(), 390);
  BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems[0]));
}

BOOST_AUTO_TEST_SUITE_END()
