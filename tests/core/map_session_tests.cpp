// MapSession: one visitor's selection, filters and position on the map screen.
#include <boost/test/unit_test.hpp>

#include "core/feed/map_session.h"
#include "tests/core/fake_platform.h"

using namespace beredd::core;
using beredd::test::FakePlatform;

BOOST_AUTO_TEST_SUITE(map_session)

BOOST_AUTO_TEST_CASE(filters_and_selection_from_the_list_reach_the_view) {
  FakePlatform platform;
  MapSession session(platform);
  MapIntents intents;
  intents.category = "Brand";
  intents.within_hours = 6;
  intents.only_map_area = true;
  intents.select_incident = "593874";
  BOOST_TEST(session.Apply(intents) == "593874", "the map opens what the list chose");
  BOOST_TEST(session.Apply(MapIntents{}).empty());

  MapView view;
  session.Fill(view);
  BOOST_TEST(view.category == "Brand");
  BOOST_TEST(view.within_hours == 6);
  BOOST_TEST(view.only_map_area);
  BOOST_TEST(view.selected_id == "593874");
  BOOST_TEST(!view.reveal_selected, "chosen in the list: the list need not scroll to it");
}

BOOST_AUTO_TEST_CASE(a_marker_chosen_on_the_map_is_revealed_in_the_list_once) {
  FakePlatform platform;
  MapSession session(platform);
  session.MapSelected("42");
  MapView view;
  session.Fill(view);
  BOOST_TEST(view.selected_id == "42");
  BOOST_TEST(view.reveal_selected);
  session.Fill(view);
  BOOST_TEST(view.selected_id == "42");
  BOOST_TEST(!view.reveal_selected);
}

BOOST_AUTO_TEST_CASE(the_region_filter_asks_for_a_redraw_only_when_it_is_on) {
  FakePlatform platform;
  MapSession session(platform);
  const MapView::Bounds stockholm{59.2, 17.8, 59.5, 18.3};
  BOOST_TEST(!session.MapMoved(stockholm));
  MapIntents on;
  on.only_map_area = true;
  session.Apply(on);
  BOOST_TEST(session.MapMoved(stockholm));
  MapView view;
  session.Fill(view);
  BOOST_TEST_REQUIRE(view.map_bounds.has_value());
  BOOST_TEST((*view.map_bounds == stockholm));
}

BOOST_AUTO_TEST_CASE(near_me_asks_the_platform_once_and_shows_the_answer) {
  FakePlatform platform;
  MapSession session(platform);
  MapIntents locate;
  locate.locate = true;
  session.Apply(locate);
  session.Apply(locate);
  BOOST_TEST(platform.locate_calls == 1, "asked once while waiting");
  MapView view;
  session.Fill(view);
  BOOST_TEST(view.locating);

  session.Located(GeoPoint{59.33, 18.07});
  session.Fill(view);
  BOOST_TEST(!view.locating);
  BOOST_TEST_REQUIRE(view.near.has_value());
  BOOST_TEST(view.near->lat == 59.33);

  MapIntents clear;
  clear.clear_near = true;
  session.Apply(clear);
  session.Fill(view);
  BOOST_TEST(!view.near.has_value());
}

BOOST_AUTO_TEST_CASE(a_failed_position_says_why_and_can_be_asked_again) {
  FakePlatform platform;
  MapSession session(platform);
  MapIntents locate;
  locate.locate = true;
  session.Apply(locate);
  session.LocationFailed(LocationError::Denied);
  MapView view;
  session.Fill(view);
  BOOST_TEST(view.location_problem == "map.location.denied");
  BOOST_TEST(!view.locating);

  session.Apply(locate);
  BOOST_TEST(platform.locate_calls == 2);
  session.Fill(view);
  BOOST_TEST(view.location_problem.empty(), "asking again clears the old reason");
  session.LocationFailed(LocationError::Timeout);
  session.Fill(view);
  BOOST_TEST(view.location_problem == "map.location.timeout");
}

BOOST_AUTO_TEST_CASE(a_position_nobody_waits_for_is_ignored) {
  // A kiosk reset made a new session while the last visitor's position was on its way: the
  // next visitor must not inherit it.
  FakePlatform platform;
  MapSession session(platform);
  session.Located(GeoPoint{59.33, 18.07});
  session.LocationFailed(LocationError::Unavailable);
  MapView view;
  session.Fill(view);
  BOOST_TEST(!view.near.has_value());
  BOOST_TEST(view.location_problem.empty());
}

BOOST_AUTO_TEST_CASE(a_kiosk_reset_leaves_nothing_of_the_last_visitor) {
  FakePlatform platform;
  MapSession session(platform);
  MapIntents everything;
  everything.category = "Brand";
  everything.within_hours = 1;
  everything.only_map_area = true;
  everything.locate = true;
  everything.select_incident = "593874";
  session.Apply(everything);
  session.LocationFailed(LocationError::Denied);  // a problem to show
  session.Apply(everything);                      // and asking again: locating
  session.MapSelected("42");
  session.MapMoved({59.2, 17.8, 59.5, 18.3});
  const MapSession fresh(platform);
  BOOST_TEST_REQUIRE(!(session == fresh), "the visitor left state behind to reset");

  session = MapSession(platform);  // what the kiosk reset does (web/runner/app_kiosk.cpp)
  BOOST_TEST((session == fresh));
  // An answer to the last visitor's "near me" must not reach the next one.
  session.Located({59.33, 18.07});
  BOOST_TEST((session == fresh));
}

BOOST_AUTO_TEST_SUITE_END()
