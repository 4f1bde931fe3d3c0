// Kiosk mode in headless frames: numbers as text to call from one's own phone (no tel: links),
// no text fields, touch targets of at least 44 px on every screen, the attract screen and the
// idle warning that any tap dismisses.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/drill/drill_engine.h"
#include "core/feed/incident_list.h"
#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::Activate;
using beredd::test::HeadlessFrame;
using beredd::test::Require;
using ui::Role;

namespace {

constexpr std::int64_t kStart = 1'700'000'000'000;

struct Kiosk {
  core::ContentPack pack = test::LoadPack("sv");
  mutable core::IncidentList list;  // the map's rows, as the app builds them
  std::vector<core::Incident> incidents;
  std::vector<core::RosterClass> roster = {{"4B", 25}};
  core::DrillState drill;
  core::CprPractice practice;

  Kiosk() {
    core::Incident fire;
    fire.id = "1";
    fire.title = "Brand i byggnad";
    fire.position = {59.33, 18.06};
    fire.time_ms = kStart;
    incidents.push_back(fire);
    core::DrillEvent start;
    start.type = core::DrillEventType::Start;
    start.at_ms = kStart;
    start.ref = pack.drills.front().id;
    BOOST_TEST_REQUIRE(!core::ApplyDrillEvent(pack.drills.front(), drill, start).has_value());
    for (int i = 0; i < 8; ++i) practice.Tap(1000 + i * 545.0);
  }
  ui::AppView View(core::Screen screen) const {
    ui::AppView vm{screen, pack};
    vm.kiosk.enabled = true;
    vm.map.incidents = &incidents;
    vm.map.now_ms = kStart;
    list.Fill(vm.map, pack.strings, pack.locale);
    vm.drill.roster = &roster;
    vm.drill.now_ms = kStart;
    return vm;
  }
  ui::AppView Attract(ui::KioskView::Slide slide) const {
    ui::AppView vm = View(core::Screen::Home);
    vm.kiosk.attract = true;
    vm.kiosk.slide = slide;
    return vm;
  }
  // Every screen as a visitor can see it, the drill runner and a running practice included.
  std::vector<ui::AppView> EveryView() const {
    std::vector<ui::AppView> views;
    for (core::Screen screen : core::kAllScreens) views.push_back(View(screen));
    ui::AppView runner = View(core::Screen::Drill);
    runner.drill.scenario = &pack.drills.front();
    runner.drill.state = &drill;
    views.push_back(runner);
    ui::AppView practising = View(core::Screen::Practice);
    practising.practice.running = true;
    practising.practice.session = &practice;
    practising.practice.now_ms = 5000;
    views.push_back(practising);
    for (auto slide : {ui::KioskView::Slide::Numbers, ui::KioskView::Slide::Practice, ui::KioskView::Slide::Map}) {
      views.push_back(Attract(slide));
    }
    ui::AppView warned = View(core::Screen::Cpr);
    warned.kiosk.warning_seconds_left = 17;
    views.push_back(warned);
    return views;
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(kiosk_view, Kiosk)

BOOST_AUTO_TEST_CASE(numbers_are_text_to_call_from_ones_own_phone) {
  for (core::Screen screen : {core::Screen::Home, core::Screen::Numbers}) {
    HeadlessFrame frame(1920, 1080);
    frame.Run(View(screen));
    for (const ui::SemanticNode& node : frame.tree().nodes()) {
      BOOST_TEST((node.role != Role::Link), "link '" << node.name << "' on " << core::RouteOf(screen));
      BOOST_TEST(node.href.empty());
    }
    BOOST_TEST(Require(frame.tree(), Role::Text, "112").description == "Nödnummer");
    const bool says_call_from_phone = frame.tree().FindByName(Role::Text, "Ring från din mobil") != nullptr ||
                                      frame.tree().FindByName(Role::Status, "Ring från din mobil") != nullptr;
    BOOST_TEST(says_call_from_phone);
  }
  // Outside kiosk mode the same numbers are tel: links.
  HeadlessFrame frame(1920, 1080);
  ui::AppView normal = View(core::Screen::Home);
  normal.kiosk.enabled = false;
  frame.Run(normal);
  BOOST_TEST(Require(frame.tree(), Role::Link, "112").href == "tel:112");
}

BOOST_AUTO_TEST_CASE(no_text_fields_and_44_px_targets_everywhere) {
  for (const ImVec2 size : {ImVec2(1080, 1920), ImVec2(1920, 1080)}) {
    for (const ui::AppView& vm : EveryView()) {
      HeadlessFrame frame(size.x, size.y);
      frame.Run(vm);
      frame.Run(vm);
      int targets = 0;
      for (const ui::SemanticNode& node : frame.tree().nodes()) {
        BOOST_TEST((node.role != Role::Field), "field '" << node.name << "' on " << core::RouteOf(vm.screen));
        if (node.role != Role::Button && node.role != Role::Link) continue;
        ++targets;
        BOOST_TEST(node.rect.w >= 44.0f, "'" << node.name << "' is " << node.rect.w << " px wide");
        BOOST_TEST(node.rect.h >= 44.0f, "'" << node.name << "' is " << node.rect.h << " px tall");
      }
      BOOST_TEST(targets >= 1, "no targets on " << core::RouteOf(vm.screen));
    }
  }
}

BOOST_AUTO_TEST_CASE(attract_slides_lead_to_what_they_show) {
  struct Case { ui::KioskView::Slide slide; const char* name; core::Screen screen; };
  for (const Case c : {Case{ui::KioskView::Slide::Numbers, "Viktiga nummer", core::Screen::Numbers},
                       Case{ui::KioskView::Slide::Practice, "Testa HLR-träning", core::Screen::Practice},
                       Case{ui::KioskView::Slide::Map, "Händelser just nu", core::Screen::Map}}) {
    HeadlessFrame frame(1080, 1920);
    const ui::AppView vm = Attract(c.slide);
    frame.Run(vm);
    frame.Tap(Require(frame.tree(), Role::Button, c.name), /*touch=*/true);
    bool left = false;
    for (const ui::Intents& intents : frame.RunUntilInputDrained(vm)) {
      if (intents.kiosk.leave_attract) {
        left = true;
        BOOST_TEST((intents.navigate == c.screen), c.name);
      }
    }
    BOOST_TEST(left, c.name);
    Require(frame.tree(), Role::Button, "Tryck för att börja");
  }
  HeadlessFrame frame(1080, 1920);
  frame.Run(Attract(ui::KioskView::Slide::Numbers));
  const ui::SemanticNode& card = Require(frame.tree(), Role::Button, "Viktiga nummer");
  BOOST_TEST(card.description.find("113 13 – Olyckor och kriser") != std::string::npos);
  frame.Run(Attract(ui::KioskView::Slide::Map));
  BOOST_TEST(Require(frame.tree(), Role::Button, "Händelser just nu").description.find("1 aktuella") == 0u);
  BOOST_TEST(frame.tree().FindByName(Role::Map, "Karta över händelserna") != nullptr);
}

BOOST_AUTO_TEST_CASE(a_tap_anywhere_on_the_attract_screen_starts) {
  HeadlessFrame frame(1080, 1920);
  const ui::AppView vm = Attract(ui::KioskView::Slide::Practice);
  frame.Run(vm);
  // The "112" card in the top bar is text, not a target: a tap on it still starts.
  frame.Tap(Require(frame.tree(), Role::Text, "112"), /*touch=*/true);
  bool left = false;
  for (const ui::Intents& intents : frame.RunUntilInputDrained(vm)) {
    if (intents.kiosk.leave_attract) left = intents.navigate == core::Screen::Home;
  }
  BOOST_TEST(left);
}

BOOST_AUTO_TEST_CASE(idle_warning_counts_down_and_any_tap_continues) {
  HeadlessFrame frame(1920, 1080);
  ui::AppView vm = View(core::Screen::Cpr);
  vm.kiosk.warning_seconds_left = 17;
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Är du kvar?");
  Require(frame.tree(), Role::Status, "Skärmen startar om om 17 s och det du har gjort rensas.");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Fortsätt").kiosk.extend_session);
  // A finger on the card's button continues too (not only the mirror's activation).
  frame.Tap(Require(frame.tree(), Role::Button, "Fortsätt"), /*touch=*/true);
  bool extended = false;
  for (const ui::Intents& intents : frame.RunUntilInputDrained(vm)) {
    extended = extended || intents.kiosk.extend_session;
  }
  BOOST_TEST(extended, "a tap on the card's button");
  // A tap on the dimmed screen over a button of the screen below (the mode toggles are left
  // of the card) continues, and the button below does not act.
  const ui::SemanticNode below = Require(frame.tree(), Role::Button, "Vuxen");
  BOOST_TEST_REQUIRE(below.rect.x + below.rect.w < 1920 / 2 - 720 / 2, "the toggle is beside the card");
  frame.Tap(below, /*touch=*/true);
  extended = false;
  for (const ui::Intents& intents : frame.RunUntilInputDrained(vm)) {
    extended = extended || intents.kiosk.extend_session;
    BOOST_TEST(intents.cpr.select_cpr_mode.empty());
  }
  BOOST_TEST(extended, "a tap on the dimmed screen");
}

BOOST_AUTO_TEST_SUITE_END()
