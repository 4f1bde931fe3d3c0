// WhereSession ("Var är jag?"): asked only after a tap, followed while the screen is open and
// stopped when it closes, failures in words, copy and read-aloud in the pack's language, and a
// kiosk that shows where it stands, never a visitor's position.
#include <boost/test/unit_test.hpp>

#include "core/where/where_session.h"
#include "tests/core/fake_platform.h"
#include "tests/core/shipped_packs.h"

using namespace beredd::core;

namespace {

constexpr GeoPoint kSergelsTorg{59.3293, 18.0686};  // PROJ: N 6580743.0083, E 674571.8664

struct Screen : beredd::test::BuiltIn {
  beredd::test::FakePlatform platform;
  WhereSession where{platform, packs};

  WhereView View() const {
    WhereView view;
    where.Fill(view);
    return view;
  }
  void Tap(void (*what)(WhereIntents&)) {
    WhereIntents intents;
    what(intents);
    where.Apply(intents);
  }
};

void ShowPosition(WhereIntents& i) { i.show_position = true; }
void Copy(WhereIntents& i) { i.copy = true; }
void ReadAloud(WhereIntents& i) { i.read_aloud = true; }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(where_session, Screen)

BOOST_AUTO_TEST_CASE(nothing_is_asked_until_the_tap) {
  BOOST_TEST((View().state == WhereView::State::NotAsked));
  BOOST_TEST(platform.watching == 0);
  where.Located(kSergelsTorg, 5, platform.now_ms);  // an answer nobody asked for
  BOOST_TEST((View().state == WhereView::State::NotAsked));
  Tap(ShowPosition);
  BOOST_TEST(platform.watching == 1);
  BOOST_TEST((View().state == WhereView::State::Locating));
  Tap(ShowPosition);
  BOOST_TEST(platform.watching == 1, "a second tap does not start a second watch");
}

BOOST_AUTO_TEST_CASE(a_fix_shows_every_form_its_accuracy_and_time) {
  Tap(ShowPosition);
  where.Located(kSergelsTorg, 12.4, platform.now_ms - 3000);
  const WhereView view = View();
  BOOST_TEST_REQUIRE((view.state == WhereView::State::Located));
  BOOST_TEST(view.position.lat_decimal == "59,32930", "the Swedish pack writes a decimal comma");
  BOOST_TEST(view.position.northing == "6 580 743");
  BOOST_TEST(view.position.easting == "674 572");
  BOOST_TEST(view.accuracy_m == 12.4);
  BOOST_TEST(!view.poor_accuracy);
  BOOST_TEST(view.fix_ms == platform.now_ms - 3000);
  BOOST_TEST(view.utc_offset_minutes == 120);
  BOOST_TEST(view.near_municipality == "Stockholms kommun");
  BOOST_TEST(view.near_county == "Stockholms län");

  where.Located(kSergelsTorg, 850, platform.now_ms);  // the fix follows the caller
  BOOST_TEST(View().poor_accuracy, "worse than 100 m is flagged");
}

BOOST_AUTO_TEST_CASE(leaving_the_screen_stops_following_and_forgets) {
  Tap(ShowPosition);
  where.Located(kSergelsTorg, 5, platform.now_ms);
  where.Stop();
  BOOST_TEST(platform.watching == 0);
  BOOST_TEST((View().state == WhereView::State::NotAsked));
  where.Located(kSergelsTorg, 5, platform.now_ms);  // a late answer after the screen closed
  BOOST_TEST((View().state == WhereView::State::NotAsked));
}

BOOST_AUTO_TEST_CASE(failures_say_why_and_a_refusal_stops_the_watch) {
  Tap(ShowPosition);
  where.Failed(LocationError::Timeout);
  BOOST_TEST(View().problem == "where.timeout");
  BOOST_TEST(platform.watching == 1, "a timeout keeps trying");
  where.Located(kSergelsTorg, 5, platform.now_ms);
  BOOST_TEST((View().state == WhereView::State::Located), "a later fix replaces the problem");
  where.Failed(LocationError::Denied);
  BOOST_TEST(platform.watching == 0, "the browser will not ask again: stop");
  Tap(ShowPosition);
  BOOST_TEST(platform.watching == 1, "a new tap asks again (the user may have allowed it)");
}

BOOST_AUTO_TEST_CASE(copy_and_read_aloud_say_the_position_in_the_packs_words) {
  Tap(Copy);
  BOOST_TEST(platform.copied.empty(), "nothing to copy without a position");
  Tap(ShowPosition);
  where.Located(kSergelsTorg, 5, platform.now_ms);
  Tap(Copy);
  Tap(ReadAloud);
  const std::string expected =
      "Latitud 59,32930 grader N, longitud 18,06860 grader Ö. SWEREF 99 TM: N 6 580 743, E 674 572.";
  BOOST_TEST_REQUIRE(platform.copied.size() == 1u);
  BOOST_TEST(platform.copied.front() == expected);
  BOOST_TEST_REQUIRE(platform.spoken.size() == 1u);
  BOOST_TEST(platform.spoken.front().first == expected);
  BOOST_TEST(platform.spoken.front().second == "sv");
  packs.SwitchToNext();
  Tap(ReadAloud);
  BOOST_TEST(platform.spoken.back().first ==
             "Latitude 59.32930 degrees N, longitude 18.06860 degrees E. SWEREF 99 TM: N 6 580 743, E 674 572.");
  BOOST_TEST(platform.spoken.back().second == "en");
}

BOOST_AUTO_TEST_CASE(a_kiosk_shows_where_it_stands_and_never_asks) {
  KioskSettings kiosk;
  kiosk.enabled = true;
  kiosk.address = "Stadsbiblioteket, Sveavägen 73, Stockholm";
  kiosk.location = GeoPoint{59.3431, 18.0547};
  where.Configure(kiosk);
  Tap(ShowPosition);
  BOOST_TEST(platform.watching == 0, "a visitor's position is never asked for on a kiosk");
  const WhereView view = View();
  BOOST_TEST(view.kiosk);
  BOOST_TEST(view.kiosk_address == kiosk.address);
  BOOST_TEST_REQUIRE((view.state == WhereView::State::Located));
  BOOST_TEST(view.position.lat_decimal == "59,34310");

  KioskSettings unset;
  unset.enabled = true;
  where.Configure(unset);
  BOOST_TEST((View().state == WhereView::State::NotAsked));
  BOOST_TEST(View().kiosk_address.empty());
}

BOOST_AUTO_TEST_CASE(a_kiosk_reset_leaves_a_session_equal_to_a_fresh_one) {
  Tap(ShowPosition);
  where.Located(kSergelsTorg, 5, platform.now_ms);
  BOOST_TEST_REQUIRE(!(where == WhereSession(platform, packs)));
  where.Stop();  // what the runner's ResetSession does, then a new session
  where = WhereSession(platform, packs);
  beredd::test::FakePlatform other;
  BOOST_TEST((where == WhereSession(other, packs)));
  BOOST_TEST(platform.watching == 0);
}

BOOST_AUTO_TEST_SUITE_END()
