// "Var är jag?" in headless frames: the button that asks, the figures to read out, the words
// when there is no position, the kiosk's own address, and the way there from numbers and CPR.
#include <boost/test/unit_test.hpp>

#include "core/base/position_text.h"
#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::Activate;
using beredd::test::HeadlessFrame;
using beredd::test::Require;
using ui::Role;

namespace {

constexpr std::int64_t kFix = 1'749'274'326'000;  // 2025-06-07 05:32:06Z, 07:32 in Stockholm

struct Where {
  core::ContentPack pack = test::LoadPack("sv");

  ui::AppView View(core::WhereView::State state) const {
    ui::AppView vm{core::Screen::Where, pack};
    vm.where.state = state;
    return vm;
  }
  ui::AppView Located(double accuracy_m) const {
    ui::AppView vm = View(core::WhereView::State::Located);
    vm.where.position = core::DescribePosition({59.3293, 18.0686}, core::DecimalMark::Comma);
    vm.where.accuracy_m = accuracy_m;
    vm.where.poor_accuracy = accuracy_m > core::kPoorAccuracyMetres;
    vm.where.fix_ms = kFix;
    vm.where.utc_offset_minutes = 120;
    vm.where.near_municipality = "Stockholms kommun";
    vm.where.near_county = "Stockholms län";
    return vm;
  }
};

bool Has(const ui::SemanticTree& tree, Role role, std::string_view name) {
  return tree.FindByName(role, name) != nullptr;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(where_view, Where)

BOOST_AUTO_TEST_CASE(the_position_is_asked_for_only_by_a_tap) {
  HeadlessFrame frame(390, 844);
  const ui::AppView vm = View(core::WhereView::State::NotAsked);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Var är jag?");
  BOOST_TEST(!frame.Run(vm).where.show_position, "drawing asks for nothing");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Visa min position").where.show_position);
}

BOOST_AUTO_TEST_CASE(a_fix_is_shown_in_large_figures_with_its_accuracy_and_time) {
  HeadlessFrame frame(390, 844);
  const ui::AppView vm = Located(12);
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "59,32930\u00B0 N");
  Require(frame.tree(), Role::Heading, "18,06860\u00B0 Ö");
  Require(frame.tree(), Role::Heading, "N 6 580 743");
  Require(frame.tree(), Role::Heading, "E 674 572");
  Require(frame.tree(), Role::Text, "N 59\u00B0 19,758\u2032   Ö 18\u00B0 04,116\u2032");
  Require(frame.tree(), Role::Text, "Noggrannhet: ungefär 12 m");
  Require(frame.tree(), Role::Text, "Närmaste kommun: Stockholms kommun, Stockholms län (ungefärligt, "
                                    "nära en gräns kan det vara grannkommunen)");
  Require(frame.tree(), Role::Text, "Positionen togs 07:32. Den uppdateras medan du är på den här sidan.");
  BOOST_TEST(!Has(frame.tree(), Role::Status, std::string(pack.strings.Get("where.poor_accuracy"))));
  BOOST_TEST(Activate(frame, vm, Role::Button, "Kopiera positionen").where.copy);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Läs upp positionen").where.read_aloud);
}

BOOST_AUTO_TEST_CASE(a_poor_fix_is_flagged_and_the_caller_is_asked_for_words_too) {
  HeadlessFrame frame(390, 844);
  frame.Run(Located(850));
  Require(frame.tree(), Role::Status, pack.strings.Get("where.poor_accuracy"));
  Require(frame.tree(), Role::Text, pack.strings.Get("where.describe"));
}

BOOST_AUTO_TEST_CASE(without_a_position_the_screen_says_why_and_what_to_say_instead) {
  HeadlessFrame frame(390, 844);
  ui::AppView vm = View(core::WhereView::State::Failed);
  vm.where.problem = "where.denied";
  frame.Run(vm);
  Require(frame.tree(), Role::Status, pack.strings.Get("where.denied"));
  Require(frame.tree(), Role::Text, pack.strings.Get("where.describe"));
  BOOST_TEST(!Has(frame.tree(), Role::Button, "Kopiera positionen"));
}

BOOST_AUTO_TEST_CASE(a_kiosk_shows_its_address_and_never_offers_to_ask) {
  HeadlessFrame frame(1920, 1080);
  ui::AppView vm = Located(0);
  vm.where.kiosk = true;
  vm.where.kiosk_address = "Stadsbiblioteket, Sveavägen 73";
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Stadsbiblioteket, Sveavägen 73");
  Require(frame.tree(), Role::Heading, "N 6 580 743");
  BOOST_TEST(!Has(frame.tree(), Role::Button, "Visa min position"));
  BOOST_TEST(!Has(frame.tree(), Role::Text, "Noggrannhet: ungefär 0 m"), "a kiosk's position has no accuracy");

  ui::AppView unset = View(core::WhereView::State::NotAsked);
  unset.where.kiosk = true;
  frame.Run(unset);
  Require(frame.tree(), Role::Status, pack.strings.Get("where.kiosk_unset"));
  BOOST_TEST(!Has(frame.tree(), Role::Button, "Visa min position"));
}

BOOST_AUTO_TEST_CASE(numbers_and_cpr_lead_to_it) {
  HeadlessFrame frame(390, 844);
  for (const core::Screen screen : {core::Screen::Numbers, core::Screen::Cpr}) {
    const ui::AppView vm{screen, pack};
    frame.Run(vm);
    BOOST_TEST((Activate(frame, vm, Role::Button, "Var är jag? Visa min position").navigate == core::Screen::Where));
  }
}

BOOST_AUTO_TEST_SUITE_END()
