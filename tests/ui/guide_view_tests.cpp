// First-aid and VMA guides in headless frames: reached from home and (choking, the recovery
// position) from the CPR screen, each section's numbered steps and the guide's source, a
// call link where a step names a number (text on a kiosk), and the next VMA test date and
// the signal sample, only from a tap.
#include <boost/test/unit_test.hpp>

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

struct Guides {
  core::ContentPack pack = test::LoadPack("sv");

  ui::AppView Open(std::string_view id) const {
    ui::AppView vm{core::Screen::Guide, pack};
    vm.guide.guide = core::FindGuide(pack.guides, id);
    BOOST_TEST_REQUIRE(vm.guide.guide != nullptr, id);
    return vm;
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(guide_view)

BOOST_AUTO_TEST_CASE(home_offers_every_guide_and_a_tap_opens_it) {
  Guides guides;
  HeadlessFrame frame(390, 844);
  const ui::AppView home{core::Screen::Home, guides.pack};
  frame.Run(home);
  Require(frame.tree(), Role::Heading, "Första hjälpen och VMA");
  for (const core::Guide& guide : guides.pack.guides) Require(frame.tree(), Role::Button, guide.name);
  BOOST_TEST(Activate(frame, home, Role::Button, "Luftvägsstopp").open_guide == "choking");
  BOOST_TEST(Activate(frame, home, Role::Button, "Viktigt meddelande till allmänheten (VMA)").open_guide == "vma");
}

BOOST_AUTO_TEST_CASE(the_cpr_screen_offers_choking_and_the_recovery_position_only) {
  Guides guides;
  HeadlessFrame frame(390, 844);
  ui::AppView cpr{core::Screen::Cpr, guides.pack};
  cpr.cpr.mode_id = "adult";
  frame.Run(cpr);
  Require(frame.tree(), Role::Heading, "Andra akuta lägen");
  BOOST_TEST(Activate(frame, cpr, Role::Button, "Luftvägsstopp").open_guide == "choking");
  BOOST_TEST(Activate(frame, cpr, Role::Button, "Medvetslös men andas").open_guide == "recovery_position");
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Förgiftning") == nullptr);
  BOOST_TEST(frame.tree().FindByName(Role::Button, "Kraftig blödning") == nullptr);
}

BOOST_AUTO_TEST_CASE(choking_shows_both_groups_steps_and_its_source) {
  Guides guides;
  HeadlessFrame frame(390, 844);
  const ui::AppView vm = guides.Open("choking");
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "Luftvägsstopp");
  const core::Guide& choking = *vm.guide.guide;
  BOOST_TEST_REQUIRE(choking.sections.size() == 2u);
  for (const core::GuideSection& section : choking.sections) {
    Require(frame.tree(), Role::Heading, section.title);
    int number = 1;
    for (const core::GuideStep& step : section.steps) {
      Require(frame.tree(), Role::Text, std::to_string(number++) + ". " + step.title + ": " + step.text);
    }
  }
  // Infants get chest thrusts, never abdominal thrusts.
  Require(frame.tree(), Role::Text, "3. 5 brösttryck: " + choking.sections[1].steps[2].text);
  Require(frame.tree(), Role::Text, "Källa: " + choking.source.organisation + ", " + choking.source.document +
                                        " (2021).");
  const auto problems = test::LayoutProblems(frame.tree(), 390);
  BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems[0]));
}

BOOST_AUTO_TEST_CASE(a_step_with_a_number_is_a_call_link_and_text_on_a_kiosk) {
  Guides guides;
  HeadlessFrame frame(390, 844);
  ui::AppView vm = guides.Open("poisoning");
  frame.Run(vm);
  const ui::SemanticNode& call = Require(frame.tree(), Role::Link, "Ring 010-456 67 00");
  BOOST_TEST(call.href == "tel:0104566700");
  BOOST_TEST(Activate(frame, vm, Role::Link, "Ring 010-456 67 00").open_url == "tel:0104566700");
  BOOST_TEST(Require(frame.tree(), Role::Link, "Ring 112").href == "tel:112");

  vm.kiosk.enabled = true;
  frame.Run(vm);
  BOOST_TEST(frame.tree().FindByName(Role::Link, "Ring 010-456 67 00") == nullptr);
  Require(frame.tree(), Role::Text, "Ring 010-456 67 00");
}

BOOST_AUTO_TEST_CASE(the_vma_guide_says_when_the_next_test_is) {
  Guides guides;
  HeadlessFrame phone(390, 844);
  ui::AppView vm = guides.Open("vma");
  vm.guide.next_vma_test = core::CivilDate{2026, 12, 7};
  phone.Run(vm);
  const auto problems = test::LayoutProblems(phone.tree(), 390);
  BOOST_TEST(problems.empty(), (problems.empty() ? "" : problems[0]));
  HeadlessFrame frame(1280, 800);
  vm.guide.next_vma_test = core::CivilDate{2026, 12, 7};
  frame.Run(vm);
  Require(frame.tree(), Role::Status, "Nästa provlarm: måndag 2026-12-07 kl. 15.00.");
  Require(frame.tree(), Role::Heading, "Signalerna");
  Require(frame.tree(), Role::Text,
          "1. Viktigt meddelande: 7 sekunder ljud följt av 14 sekunder tystnad, i minst 2 minuter.");
  const std::string sample = "Spela ett prov på signalen";
  BOOST_TEST(!frame.Run(vm).guide.play_signal_sample, "no sound by itself");
  BOOST_TEST(Activate(frame, vm, Role::Button, sample).guide.play_signal_sample);
  // Not on other guides, and not on a kiosk's attract screen.
  frame.Run(guides.Open("choking"));
  BOOST_TEST(frame.tree().FindByName(Role::Button, sample) == nullptr);
  ui::AppView attract = guides.Open("vma");
  attract.kiosk.enabled = attract.kiosk.attract = true;
  frame.Run(attract);
  BOOST_TEST(frame.tree().FindByName(Role::Button, sample) == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
