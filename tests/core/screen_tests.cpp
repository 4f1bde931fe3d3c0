// Routes: the URL hash <-> screen mapping behind back/forward and deep links.
#include <boost/test/unit_test.hpp>

#include "core/base/screen.h"

using beredd::core::ParseRoute;
using beredd::core::RouteOf;
using beredd::core::Screen;

BOOST_AUTO_TEST_SUITE(screen_routes)

BOOST_AUTO_TEST_CASE(empty_and_root_hashes_open_home) {
  for (const char* hash : {"", "#", "#/"}) {
    const auto match = ParseRoute(hash);
    BOOST_TEST(match.known, "hash '" << hash << "'");
    BOOST_TEST((match.screen == Screen::Home));
  }
}

BOOST_AUTO_TEST_CASE(every_screen_round_trips_through_its_route) {
  for (Screen screen : beredd::core::kAllScreens) {
    if (screen == Screen::Guide) continue;  // needs a guide id: below
    const auto match = ParseRoute(RouteOf(screen));
    BOOST_TEST(match.known);
    BOOST_TEST((match.screen == screen), "route " << RouteOf(screen));
  }
}

BOOST_AUTO_TEST_CASE(deep_link_to_cpr_with_trailing_slash) {
  const auto match = ParseRoute("#/cpr/");
  BOOST_TEST(match.known);
  BOOST_TEST((match.screen == Screen::Cpr));
}

BOOST_AUTO_TEST_CASE(unknown_routes_are_reported_not_silently_mapped) {
  for (const char* hash : {"#/nope", "#/CPR", "#cpr", "#//cpr", "#/cpr/extra"}) {
    const auto match = ParseRoute(hash);
    BOOST_TEST(!match.known, "hash '" << hash << "'");
    BOOST_TEST((match.screen == Screen::Home));
  }
}

BOOST_AUTO_TEST_CASE(a_guide_route_carries_its_id) {
  const auto match = ParseRoute(beredd::core::GuideRoute("choking"));
  BOOST_TEST(beredd::core::GuideRoute("choking") == "#/guide/choking");
  BOOST_TEST(match.known);
  BOOST_TEST((match.screen == Screen::Guide));
  BOOST_TEST(match.guide == "choking");
  BOOST_TEST(ParseRoute("#/guide/vma/").guide == "vma");
  for (const char* hash : {"#/guide", "#/guide/", "#/guide/a/b"}) {
    BOOST_TEST(!ParseRoute(hash).known, "hash '" << hash << "'");
  }
}

BOOST_AUTO_TEST_CASE(routes_are_distinct) {
  for (Screen a : beredd::core::kAllScreens) {
    for (Screen b : beredd::core::kAllScreens) {
      if (a != b) BOOST_TEST(RouteOf(a) != RouteOf(b));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
