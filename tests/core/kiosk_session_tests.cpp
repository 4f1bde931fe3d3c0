// KioskSession: one visitor's idle clock, warning, reset and attract screen, on a clock the
// test sets (ms).
#include <boost/test/unit_test.hpp>

#include "core/kiosk/kiosk_session.h"

using namespace beredd::core;

namespace {

constexpr KioskSettings kKiosk{true, 90, 20};  // reset after 90 s, warned over the last 20 s
constexpr double kS = 1000;                    // ms per second

// A visitor who tapped the attract screen at 0 s.
KioskSession Visitor() {
  KioskSession session(kKiosk, 0);
  session.LeaveAttract();
  return session;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(kiosk_session)

BOOST_AUTO_TEST_CASE(a_new_session_shows_the_attract_slides_in_turn) {
  KioskSession session(kKiosk, 1000);
  BOOST_TEST(session.attract());
  BOOST_TEST(session.Show(1000, false).slide == 0);
  BOOST_TEST(session.Show(1000 + kAttractSlideMs - 1, false).slide == 0);
  BOOST_TEST(session.Show(1000 + kAttractSlideMs, false).slide == 1);
  BOOST_TEST(session.NextChangeMs(1000 + kAttractSlideMs + 5, false) == 1000 + 2 * kAttractSlideMs);
  BOOST_TEST(!session.Advance(1000 + 1000 * kS, false), "the attract screen is what a reset leads to");
  BOOST_TEST(session.Show(1000 + 1000 * kS, false).warning_seconds_left == 0);
}

BOOST_AUTO_TEST_CASE(idle_time_brings_the_warning_counting_down_then_the_reset) {
  KioskSession session = Visitor();
  BOOST_TEST(session.NextChangeMs(10 * kS, false) == 70 * kS, "the warning is the next change");
  BOOST_TEST(session.Show(69.9 * kS, false).warning_seconds_left == 0);
  BOOST_TEST(session.Show(70 * kS, false).warning_seconds_left == 20);
  BOOST_TEST(session.NextChangeMs(70 * kS, false) == 71 * kS, "each second of the countdown");
  BOOST_TEST(session.Show(89.5 * kS, false).warning_seconds_left == 1);
  BOOST_TEST(!session.Advance(89.9 * kS, false));
  BOOST_TEST(session.Advance(90 * kS, false));
}

BOOST_AUTO_TEST_CASE(input_restarts_the_clock_and_holds_a_dismissed_warning_a_moment) {
  KioskSession session = Visitor();
  BOOST_TEST(session.Show(75 * kS, false).warning_seconds_left == 15);
  session.Input(75.2 * kS);
  // Still up while the tap that dismissed it is handled, so the tap lands on the warning.
  BOOST_TEST(session.Show(75.3 * kS, false).warning_seconds_left == 15);
  BOOST_TEST(session.NextChangeMs(75.3 * kS, false) == 75.2 * kS + kWarningHoldMs);
  BOOST_TEST(session.Show(75.2 * kS + kWarningHoldMs, false).warning_seconds_left == 0);
  BOOST_TEST(!session.Advance(160 * kS, false), "90 s from the input, not from the start");
  BOOST_TEST(session.Advance(165.2 * kS, false));
}

BOOST_AUTO_TEST_CASE(continue_on_the_warning_takes_it_away_at_once) {
  KioskSession session = Visitor();
  BOOST_TEST(session.Show(80 * kS, false).warning_seconds_left == 10);
  session.Input(80.1 * kS);
  session.Extend();
  BOOST_TEST(session.Show(80.2 * kS, false).warning_seconds_left == 0);
}

BOOST_AUTO_TEST_CASE(a_suspension_holds_the_clock_and_it_starts_again_when_it_ends) {
  KioskSession session = Visitor();
  BOOST_TEST(!session.Advance(10 * kS, true));  // CPR started at 10 s
  BOOST_TEST(!session.Advance(300 * kS, true));
  BOOST_TEST(session.Show(300 * kS, true).warning_seconds_left == 0);
  BOOST_TEST(session.NextChangeMs(300 * kS, true) == 0, "nothing to wake for while suspended");
  BOOST_TEST(!session.Advance(400 * kS, false));  // stopped at 400 s: a full idle time from now
  BOOST_TEST(session.Show(469 * kS, false).warning_seconds_left == 0);
  BOOST_TEST(session.Show(470 * kS, false).warning_seconds_left == 20);
  BOOST_TEST(session.Advance(490 * kS, false));
}

BOOST_AUTO_TEST_CASE(a_kiosk_reset_leaves_nothing_of_the_last_visitor) {
  KioskSession session = Visitor();
  session.Advance(10 * kS, true);
  session.Advance(20 * kS, false);
  session.Show(95 * kS, false);  // the warning is up
  session.Input(95.5 * kS);      // and held
  const KioskSession fresh(kKiosk, 200 * kS);
  BOOST_TEST_REQUIRE(!(session == fresh), "the visitor left state behind to reset");
  session = KioskSession(kKiosk, 200 * kS);  // what the kiosk reset does (web/runner/app_kiosk.cpp)
  BOOST_TEST((session == fresh));
  BOOST_TEST(session.attract());
}

BOOST_AUTO_TEST_CASE(without_kiosk_mode_there_is_no_attract_screen) {
  KioskSession session(kKiosk, 0);
  session.Configure(KioskSettings{}, 5 * kS);
  BOOST_TEST(!session.attract());
  BOOST_TEST(!KioskSession(KioskSettings{}, 0).attract());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(kiosk_session_view)

BOOST_AUTO_TEST_CASE(fill_shows_the_slide_and_the_warning_and_apply_takes_the_taps) {
  KioskSession session(kKiosk, 0);
  KioskView view;
  session.Fill(view, kAttractSlideMs * 2, false);
  BOOST_TEST(view.enabled);
  BOOST_TEST(view.attract);
  BOOST_TEST((view.slide == kAttractSlides[2]));

  KioskIntents tap;
  tap.leave_attract = true;
  session.Apply(tap);
  session.Input(0);
  view = {};
  session.Fill(view, 75 * kS, false);
  BOOST_TEST(!view.attract);
  BOOST_TEST(view.warning_seconds_left == 15);
  KioskIntents go_on;
  go_on.extend_session = true;
  session.Input(75 * kS);
  session.Apply(go_on);
  view = {};
  session.Fill(view, 75.1 * kS, false);
  BOOST_TEST(view.warning_seconds_left == 0, "continue takes the warning away at once");

  KioskSession off(KioskSettings{}, 0);
  view = {};
  off.Fill(view, 0, false);
  BOOST_TEST(!view.enabled, "no kiosk layer without kiosk mode");
}

BOOST_AUTO_TEST_SUITE_END()
