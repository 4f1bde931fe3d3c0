// The app shell in headless ImGui frames: home destinations, navigation by click, tap and
// mirror activation, the persistent numbers, stable ids and layouts that do not overlap.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cfloat>
#include <string>

#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::HeadlessFrame;
using beredd::test::Require;
using ui::Role;

namespace {

struct Shell {
  core::ContentPack pack = test::LoadPack("sv");
  ui::AppView View(core::Screen screen) const { return {screen, pack}; }
};

std::optional<core::Screen> NavigationIn(const std::vector<ui::Intents>& frames) {
  for (const ui::Intents& intents : frames) {
    if (intents.navigate) return intents.navigate;
  }
  return std::nullopt;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(app_view)

BOOST_AUTO_TEST_CASE(home_offers_one_button_per_destination) {
  Shell shell;
  HeadlessFrame frame(1280, 800);
  frame.Run(shell.View(core::Screen::Home));
  frame.Run(shell.View(core::Screen::Home));
  for (const char* name : {"Nödnummer", "HLR", "Händelsekarta", "Skolövning", "In English"}) {
    const ui::SemanticNode& node = Require(frame.tree(), Role::Button, name);
    BOOST_TEST((node.region == ui::Region::Main));
    BOOST_TEST(node.rect.w > 44.0f);  // a comfortable touch target
    BOOST_TEST(node.rect.h > 44.0f);
  }
  BOOST_TEST(Require(frame.tree(), Role::Heading, "Beredd").level == 1);
}

BOOST_AUTO_TEST_CASE(clicking_cpr_emits_navigation_to_cpr) {
  Shell shell;
  HeadlessFrame frame(1280, 800);
  frame.Run(shell.View(core::Screen::Home));
  frame.Tap(Require(frame.tree(), Role::Button, "HLR"), /*touch=*/false);
  const auto nav = NavigationIn(frame.RunUntilInputDrained(shell.View(core::Screen::Home)));
  BOOST_TEST_REQUIRE(nav.has_value());
  BOOST_TEST((*nav == core::Screen::Cpr));
}

BOOST_AUTO_TEST_CASE(a_single_touch_tap_with_no_prior_hover_navigates) {
  Shell shell;
  HeadlessFrame frame(390, 844);
  frame.Run(shell.View(core::Screen::Home));
  frame.Tap(Require(frame.tree(), Role::Button, "HLR-träning"), /*touch=*/true);
  const auto nav = NavigationIn(frame.RunUntilInputDrained(shell.View(core::Screen::Home)));
  BOOST_TEST_REQUIRE(nav.has_value());
  BOOST_TEST((*nav == core::Screen::Practice));
}

BOOST_AUTO_TEST_CASE(a_tap_on_empty_space_does_nothing) {
  Shell shell;
  HeadlessFrame frame(1280, 800);
  frame.Run(shell.View(core::Screen::Home));
  const float x = 1270, y = 790;
  // The point must really be empty: nothing the semantic tree knows of covers it.
  BOOST_TEST_REQUIRE(!frame.tree().nodes().empty());
  for (const ui::SemanticNode& node : frame.tree().nodes()) {
    const ui::Rect& r = node.rect;
    BOOST_TEST_CONTEXT(node.name) { BOOST_TEST(!(x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)); }
  }
  frame.input().PointerDown(x, y, 0);
  frame.input().PointerUp(x, y, 0);
  const auto frames = frame.RunUntilInputDrained(shell.View(core::Screen::Home));
  BOOST_TEST_REQUIRE(!frames.empty());
  for (const ui::Intents& intents : frames) BOOST_TEST((intents == ui::Intents{}));
}

BOOST_AUTO_TEST_CASE(mirror_activation_performs_the_same_action) {
  Shell shell;
  HeadlessFrame frame(1280, 800);
  frame.Run(shell.View(core::Screen::Home));
  frame.tree().RequestActivation(Require(frame.tree(), Role::Button, "Händelsekarta").id);
  const ui::Intents intents = frame.Run(shell.View(core::Screen::Home));
  BOOST_TEST_REQUIRE(intents.navigate.has_value());
  BOOST_TEST((*intents.navigate == core::Screen::Map));
}

BOOST_AUTO_TEST_CASE(keyboard_navigation_reaches_and_activates_a_card) {
  Shell shell;
  HeadlessFrame frame(1280, 800);
  ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  frame.Run(shell.View(core::Screen::Home));
  // Focus the window, move the nav cursor with arrows, activate with Space (ImGui 1.86 maps
  // Enter to text input, not activation; web/ maps Enter to Space outside text fields).
  frame.input().PointerDown(1270, 790, 0);
  frame.input().PointerUp(1270, 790, 0);
  frame.RunUntilInputDrained(shell.View(core::Screen::Home));
  bool navigated = false;
  for (int step = 0; step < 12 && !navigated; ++step) {
    frame.input().Key(ImGuiKey_DownArrow, true);
    frame.input().Key(ImGuiKey_DownArrow, false);
    frame.input().Key(ImGuiKey_Space, true);
    frame.input().Key(ImGuiKey_Space, false);
    navigated = NavigationIn(frame.RunUntilInputDrained(shell.View(core::Screen::Home))).has_value();
  }
  BOOST_TEST(ImGui::GetIO().NavActive);
  BOOST_TEST(navigated);
}

BOOST_AUTO_TEST_CASE(the_four_numbers_are_tel_links_on_every_screen) {
  Shell shell;
  for (core::Screen screen : core::kAllScreens) {
    HeadlessFrame frame(1280, 800);
    frame.Run(shell.View(screen));
    int links = 0;
    for (const ui::SemanticNode& node : frame.tree().nodes()) {
      if (node.region != ui::Region::Banner) continue;
      BOOST_TEST((node.role == Role::Link));
      BOOST_TEST(node.href.rfind("tel:", 0) == 0u, node.href);
      ++links;
    }
    BOOST_TEST(links == 4, "screen " << core::RouteOf(screen));
    BOOST_TEST(frame.tree().FindByName(Role::Link, "112")->href == "tel:112");
    BOOST_TEST(frame.tree().FindByName(Role::Link, "114 14")->href == "tel:11414");
  }
}

BOOST_AUTO_TEST_CASE(tapping_a_number_asks_to_open_its_tel_url) {
  Shell shell;
  HeadlessFrame frame(390, 844);
  frame.Run(shell.View(core::Screen::Cpr));
  frame.Tap(Require(frame.tree(), Role::Link, "1177"), /*touch=*/true);
  std::string opened;
  for (const ui::Intents& intents : frame.RunUntilInputDrained(shell.View(core::Screen::Cpr))) {
    if (!intents.open_url.empty()) opened = intents.open_url;
  }
  BOOST_TEST(opened == "tel:1177");
}

BOOST_AUTO_TEST_CASE(ids_are_stable_across_frames_and_languages) {
  Shell shell;
  HeadlessFrame swedish(1280, 800);
  swedish.Run(shell.View(core::Screen::Home));
  const auto first = swedish.tree().nodes();
  swedish.Run(shell.View(core::Screen::Home));
  BOOST_TEST_REQUIRE(first.size() == swedish.tree().nodes().size());
  for (size_t i = 0; i < first.size(); ++i) BOOST_TEST(first[i].id == swedish.tree().nodes()[i].id);

  Shell english;
  english.pack = test::LoadPack("en");
  HeadlessFrame other(1280, 800);
  other.Run(english.View(core::Screen::Home));
  BOOST_TEST(Require(other.tree(), Role::Button, "CPR").id ==
             Require(swedish.tree(), Role::Button, "HLR").id);
}

BOOST_AUTO_TEST_CASE(nothing_overlaps_and_everything_fits_on_a_phone) {
  Shell shell;
  for (core::Screen screen : core::kAllScreens) {
    HeadlessFrame frame(390, 844);
    frame.Run(shell.View(screen));
    frame.Run(shell.View(screen));
    const auto problems = test::LayoutProblems(frame.tree(), 390);
    BOOST_TEST(problems.empty(), core::RouteOf(screen) << ": " << (problems.empty() ? "" : problems[0]));
  }
}

BOOST_AUTO_TEST_CASE(unknown_route_is_announced_as_status) {
  Shell shell;
  HeadlessFrame frame(1280, 800);
  ui::AppView vm = shell.View(core::Screen::Home);
  vm.unknown_route = "#/nope";
  frame.Run(vm);
  bool found = false;
  for (const ui::SemanticNode& node : frame.tree().nodes()) {
    if (node.role == Role::Status && node.name.find("#/nope") != std::string::npos) found = true;
  }
  BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(the_language_button_asks_to_switch_and_english_texts_show) {
  Shell shell;
  HeadlessFrame frame(1280, 800);
  frame.Run(shell.View(core::Screen::Numbers));
  frame.tree().RequestActivation(Require(frame.tree(), Role::Button, "In English").id);
  BOOST_TEST(frame.Run(shell.View(core::Screen::Numbers)).switch_language);

  Shell english;
  english.pack = test::LoadPack("en");
  frame.Run(english.View(core::Screen::Numbers));
  Require(frame.tree(), Role::Heading, "Emergency numbers");
  Require(frame.tree(), Role::Link, "114 14 Police");
  Require(frame.tree(), Role::Button, "På svenska");
  Require(frame.tree(), Role::Text, "112 works across the EU.");
}

BOOST_AUTO_TEST_CASE(a_broken_pack_is_announced_on_every_screen) {
  Shell shell;
  for (core::Screen screen : core::kAllScreens) {
    HeadlessFrame frame(1280, 800);
    ui::AppView vm = shell.View(screen);
    vm.pack_error = "content/sv.json: /numbers/2/tel: not a phone number";
    frame.Run(vm);
    bool announced = false;
    for (const ui::SemanticNode& node : frame.tree().nodes()) {
      announced |= node.role == Role::Status && node.name.find("/numbers/2/tel") != std::string::npos;
    }
    BOOST_TEST(announced, core::RouteOf(screen));
  }
}

BOOST_AUTO_TEST_CASE(other_screens_offer_a_way_home) {
  Shell shell;
  HeadlessFrame frame(1280, 800);
  frame.Run(shell.View(core::Screen::Numbers));
  frame.tree().RequestActivation(Require(frame.tree(), Role::Button, "Till start").id);
  const ui::Intents intents = frame.Run(shell.View(core::Screen::Numbers));
  BOOST_TEST_REQUIRE(intents.navigate.has_value());
  BOOST_TEST((*intents.navigate == core::Screen::Home));
}

// The numbers screen is taller than a phone: the last card starts below the fold.
const ui::SemanticNode& LastNumberCard(HeadlessFrame& frame) {
  return Require(frame.tree(), Role::Link, "113 13 Olyckor och kriser");
}

BOOST_AUTO_TEST_CASE(a_touch_drag_scrolls_the_screen_and_activates_nothing) {
  Shell shell;
  HeadlessFrame frame(390, 844);
  const ui::AppView vm = shell.View(core::Screen::Numbers);
  frame.Run(vm);
  frame.Run(vm);
  const float before = LastNumberCard(frame).rect.y;
  const ui::SemanticNode& first = Require(frame.tree(), Role::Link, "112 Nödnummer");
  const float x = first.rect.x + first.rect.w / 2;
  const float y = first.rect.y + first.rect.h / 2;
  frame.input().TouchStart(x, y);
  for (float dy = 20; dy <= 300; dy += 20) frame.input().TouchMove(x, y - dy);
  frame.input().TouchEnd(x, y - 300);
  for (const ui::Intents& intents : frame.RunUntilInputDrained(vm)) {
    BOOST_TEST(intents.open_url.empty(), "a drag must not dial " << intents.open_url);
    BOOST_TEST(!intents.navigate.has_value());
  }
  frame.Run(vm);
  BOOST_TEST(LastNumberCard(frame).rect.y < before - 100.0f,
             "scrolled from " << before << " to " << LastNumberCard(frame).rect.y);
}

BOOST_AUTO_TEST_CASE(revealing_an_element_below_the_fold_scrolls_it_into_view) {
  Shell shell;
  HeadlessFrame frame(390, 844);
  const ui::AppView vm = shell.View(core::Screen::Numbers);
  frame.Run(vm);
  frame.Run(vm);
  const ui::Rect hidden = LastNumberCard(frame).rect;
  BOOST_TEST_REQUIRE(hidden.y + hidden.h > 844.0f, "precondition: the card is below the fold");
  frame.tree().RequestReveal(LastNumberCard(frame).id);
  frame.Run(vm);  // requests the scroll
  frame.Run(vm);  // laid out at the new scroll position
  const ui::Rect shown = LastNumberCard(frame).rect;
  BOOST_TEST(shown.y >= 0.0f);
  BOOST_TEST(shown.y + shown.h <= 844.0f + 0.5f, "card bottom at " << shown.y + shown.h);
}

BOOST_AUTO_TEST_SUITE_END()
