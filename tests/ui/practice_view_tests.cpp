// The CPR practice trainer in headless frames: start, the pad (pressed on touch-down, any key
// through the mirror), the live band against the metronome, the breaths prompt and the summary.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/cpr/cpr_practice.h"
#include "headless_frame.h"
#include "test_packs.h"
#include "ui/shell/app_view.h"

using namespace beredd;
using beredd::test::Activate;
using beredd::test::HeadlessFrame;
using beredd::test::Require;
using ui::Role;

namespace {

struct Practice {
  core::ContentPack pack = test::LoadPack("sv");
  core::CprPractice session{30, 2};

  void TapAt(double rate, int count, double start_ms = 1000) {
    for (int i = 0; i < count; ++i) session.Tap(start_ms + i * 60000.0 / rate);
  }
  ui::AppView View(bool running, double now_ms) const {
    ui::AppView vm{core::Screen::Practice, pack};
    vm.practice.running = running;
    vm.practice.session = &session;
    vm.practice.now_ms = now_ms;
    return vm;
  }
  double LastTap() const { return session.taps().empty() ? 0 : session.taps().back(); }
};

bool AnyTap(const std::vector<ui::Intents>& frames) {
  for (const ui::Intents& intents : frames) {
    if (intents.cpr.practice_tap) return true;
  }
  return false;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(practice_view, Practice)

BOOST_AUTO_TEST_CASE(start_button_starts_a_session) {
  HeadlessFrame frame(1280, 800);
  ui::AppView vm{core::Screen::Practice, pack};
  frame.Run(vm);
  Require(frame.tree(), Role::Heading, "HLR-träning");
  BOOST_TEST(Activate(frame, vm, Role::Button, "Starta träningen").cpr.start_practice);
}

BOOST_AUTO_TEST_CASE(the_pad_counts_touch_taps_clicks_and_any_key) {
  HeadlessFrame frame(1080, 1920);
  const ui::AppView vm = View(true, 0);
  frame.Run(vm);
  const ui::SemanticNode& pad = Require(frame.tree(), Role::Button, "Tryck här vid varje kompression");
  BOOST_TEST(pad.any_key);
  BOOST_TEST(pad.rect.h >= 160.0f);
  const float x = pad.rect.x + pad.rect.w / 2, y = pad.rect.y + pad.rect.h / 2;
  // A touch is a tap once the finger lifts without moving (the input queue tells taps from
  // swipes), and counts once.
  frame.input().TouchStart(x, y);
  BOOST_TEST(!AnyTap(frame.RunUntilInputDrained(vm)));
  frame.input().TouchEnd(x, y);
  BOOST_TEST(AnyTap(frame.RunUntilInputDrained(vm)));
  // A mouse counts on the press, before the release.
  frame.input().PointerDown(x, y, 0);
  BOOST_TEST(AnyTap(frame.RunUntilInputDrained(vm)));
  frame.input().PointerUp(x, y, 0);
  BOOST_TEST(!AnyTap(frame.RunUntilInputDrained(vm)));
  BOOST_TEST(Activate(frame, vm, Role::Button, "Tryck här vid varje kompression").cpr.practice_tap);
  BOOST_TEST(Activate(frame, vm, Role::Button, "Avsluta träningen").cpr.stop_practice);
}

BOOST_AUTO_TEST_CASE(live_band_follows_the_rate) {
  struct Case { double rate; const char* band; const char* shown; };
  for (const Case c : {Case{90, "För långsamt – tryck fortare", "Din takt: 90 per minut"},
                       Case{110, "Bra takt", "Din takt: 110 per minut"},
                       Case{130, "För snabbt – tryck lugnare", "Din takt: 130 per minut"}}) {
    Practice p;
    p.TapAt(c.rate, 12);
    HeadlessFrame frame(1280, 800);
    frame.Run(p.View(true, p.LastTap() + 100));
    Require(frame.tree(), Role::Status, c.band);
    Require(frame.tree(), Role::Text, c.shown);
    Require(frame.tree(), Role::Text, "12 / 30");
  }
}

BOOST_AUTO_TEST_CASE(before_tapping_and_after_stopping_it_says_so) {
  HeadlessFrame frame(1280, 800);
  frame.Run(View(true, 0));
  Require(frame.tree(), Role::Status, "Börja trycka i takt med klicken");
  Require(frame.tree(), Role::Text, "Mål: 100–120 per minut. Metronomen: 110 per minut.");
  TapAt(110, 5);
  frame.Run(View(true, LastTap() + 2500));
  Require(frame.tree(), Role::Status, "Paus – fortsätt trycka");
}

BOOST_AUTO_TEST_CASE(thirty_compressions_prompt_two_breaths) {
  TapAt(110, 30);
  HeadlessFrame frame(1280, 800);
  frame.Run(View(true, LastTap() + 100));
  Require(frame.tree(), Role::Status, "Ge 2 inblåsningar, tryck sedan igen");
}

BOOST_AUTO_TEST_CASE(summary_after_the_session) {
  TapAt(110, 30);
  TapAt(130, 10, LastTap() + 12000);  // a long pause, then too fast
  HeadlessFrame frame(1280, 800);
  frame.Run(View(false, LastTap() + 5000));
  Require(frame.tree(), Role::Heading, "Sammanfattning");
  Require(frame.tree(), Role::Text, "Kompressioner: 40 (1 hela omgångar)");
  // 29 rated at 110 in range; 9 rated at 130 out of range.
  Require(frame.tree(), Role::Text, "I rätt takt (100–120 per minut): 76 %");
  Require(frame.tree(), Role::Text, "Längsta paus: 12,0 s");
  Require(frame.tree(), Role::Status, "Håll pauserna kortare än 10 sekunder.");
  Require(frame.tree(), Role::Button, "Starta träningen");
}

BOOST_AUTO_TEST_CASE(fits_a_phone_and_a_kiosk_without_overlaps) {
  TapAt(110, 12);
  for (const ImVec2 size : {ImVec2(390, 844), ImVec2(1080, 1920), ImVec2(1920, 1080)}) {
    HeadlessFrame frame(size.x, size.y);
    frame.Run(View(true, LastTap() + 100));
    frame.Run(View(true, LastTap() + 100));
    // The checked layout must be the running session's: an empty tree has no overlaps.
    Require(frame.tree(), Role::Heading, "HLR-träning");
    Require(frame.tree(), Role::Button, "Tryck här vid varje kompression");
    Require(frame.tree(), Role::Status, "Bra takt");
    Require(frame.tree(), Role::Button, "Avsluta träningen");
    for (const std::string& problem : test::LayoutProblems(frame.tree(), size.x)) {
      BOOST_ERROR(problem << " at " << size.x << "x" << size.y);
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
