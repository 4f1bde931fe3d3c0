// Kiosk mode: switching it on from the URL, and the idle warning and reset timing.
#include <boost/test/unit_test.hpp>

#include "core/kiosk/kiosk.h"

using namespace beredd::core;

BOOST_AUTO_TEST_SUITE(kiosk)

BOOST_AUTO_TEST_CASE(query_switches_kiosk_mode_on_and_off) {
  BOOST_TEST(ApplyKioskQuery({}, "?kiosk=1").enabled);
  BOOST_TEST(ApplyKioskQuery({}, "lang=sv&kiosk=1").enabled);
  KioskSettings from_pack;
  from_pack.enabled = true;
  BOOST_TEST(!ApplyKioskQuery(from_pack, "?kiosk=0").enabled);
  BOOST_TEST(ApplyKioskQuery(from_pack, "?kiosk=yes").enabled);  // malformed: the pack decides
  BOOST_TEST(!ApplyKioskQuery({}, "").enabled);
  BOOST_TEST(!ApplyKioskQuery({}, "?kiosk").enabled);
}

BOOST_AUTO_TEST_CASE(query_shortens_the_timing_for_tests) {
  const KioskSettings short_run = ApplyKioskQuery({}, "?kiosk=1&idle=5&warning=3");
  BOOST_TEST(short_run.idle_seconds == 5);
  BOOST_TEST(short_run.warning_seconds == 3);
  // Without a warning parameter, the warning still fits inside the idle time.
  BOOST_TEST(ApplyKioskQuery({}, "?idle=5").warning_seconds == 4);
  for (const char* bad : {"?idle=1", "?idle=-5", "?idle=abc", "?idle=5x", "?idle=", "?idle=999999"}) {
    BOOST_TEST(ApplyKioskQuery({}, bad).idle_seconds == 90, bad);
  }
  BOOST_TEST(ApplyKioskQuery({}, "?idle=10&warning=10").warning_seconds == 9);  // must leave 1 s
  BOOST_TEST(ApplyKioskQuery({}, "?warning=0").warning_seconds == 20);
}

BOOST_AUTO_TEST_CASE(default_timing_warns_20_s_before_the_90_s_reset) {
  const KioskSettings settings;
  BOOST_TEST(settings.idle_seconds == 90);
  BOOST_TEST(settings.warning_seconds == kMinWarningSeconds);
  const IdleState active = IdleAt(settings, 0, 69999, false);
  BOOST_TEST((active.phase == IdlePhase::Active));
  BOOST_TEST(active.next_change_ms == 70000);
  const IdleState warned = IdleAt(settings, 0, 70000, false);
  BOOST_TEST((warned.phase == IdlePhase::Warning));
  BOOST_TEST(warned.seconds_left == 20);
  BOOST_TEST(warned.next_change_ms == 71000);
  const IdleState last = IdleAt(settings, 0, 89500, false);
  BOOST_TEST(last.seconds_left == 1);
  BOOST_TEST(last.next_change_ms == 90000);
  BOOST_TEST((IdleAt(settings, 0, 90000, false).phase == IdlePhase::Reset));
}

BOOST_AUTO_TEST_CASE(input_restarts_the_idle_clock) {
  const KioskSettings settings;
  BOOST_TEST((IdleAt(settings, 0, 75000, false).phase == IdlePhase::Warning));
  BOOST_TEST((IdleAt(settings, 75000, 75001, false).phase == IdlePhase::Active));
  BOOST_TEST((IdleAt(settings, 75000, 164999, false).phase == IdlePhase::Warning));
}

BOOST_AUTO_TEST_CASE(a_suspension_holds_the_session_however_long) {
  const KioskSettings settings;
  const IdleState held = IdleAt(settings, 0, 3'600'000, true);
  BOOST_TEST((held.phase == IdlePhase::Active));
  BOOST_TEST(held.next_change_ms == 0);  // nothing to wake for until the suspension ends
}

BOOST_AUTO_TEST_SUITE_END()
