// SMHI's impact-based weather warnings, the fifth feed format (tests/feeds/smhi_warnings.json is
// shaped like warning.json): found without being named, one incident per warning area, every
// level (a message listed only, yellow on the map, orange and red alerts), the counties it
// names, its polygon in each of SMHI's wrappings, when it ends, and bad input dropped with
// where and why.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/feed/feed.h"
#include "core/feed/feed_json.h"
#include "core/places/my_places.h"
#include "core/base/swedish_counties.h"
#include "tests/core/feed_files.h"

using namespace beredd::core;
using beredd::test::FindIncident;
using beredd::test::MustParse;

namespace {

std::string Fixture() { return beredd::test::ReadFeedFile("smhi_warnings.json"); }

// One warning with one area, `area_members` spliced into the area object.
std::string OneArea(const std::string& area_members) {
  return R"([{"id": 1, "event": {"sv": "Vind", "en": "Wind", "code": "WIND"}, "warningAreas": [{"id": 2,)"
         R"( "published": "2026-12-04T08:00:00Z", "areaName": {"sv": "Gotland"}, "eventDescription": {"sv": "Kraftig vind"},)" +
         area_members + "}]}]";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(smhi_feed)

BOOST_AUTO_TEST_CASE(every_level_of_the_fixture_is_read) {
  const Feed feed = MustParse(Fixture());
  BOOST_TEST((feed.format == FeedFormat::Smhi), "found without being named");
  BOOST_TEST(feed.dropped.empty());
  BOOST_TEST_REQUIRE(feed.incidents.size() == 5u, "one incident per warning area");

  const Incident& message = FindIncident(feed, "smhi-3122-9873");
  BOOST_TEST(message.title == "Risk för vattenbrist - Grundvatten och vattendrag");
  BOOST_TEST(message.severity == "Minor");
  BOOST_TEST((message.precision == LocationPrecision::Unplaced), "a message is listed, not drawn");
  BOOST_TEST(!IsAlert(message));
  BOOST_TEST(message.summary == "Händelsebeskrivning: Låga grundvattennivåer");
  BOOST_TEST((message.area_codes == std::vector<std::string>{"12"}));

  const Incident& yellow = FindIncident(feed, "smhi-4001-10011");
  BOOST_TEST(yellow.title == "Gul varning: Kraftig vind");
  BOOST_TEST(yellow.category == "Vind");
  BOOST_TEST(yellow.source == "SMHI");
  BOOST_TEST((yellow.origin == IncidentOrigin::Smhi));
  BOOST_TEST(yellow.severity == "Moderate");
  BOOST_TEST(!IsAlert(yellow), "yellow is an incident on the map");
  BOOST_TEST((yellow.precision == LocationPrecision::Area));
  BOOST_TEST_REQUIRE(yellow.polygon.size() == 1u);
  BOOST_TEST((yellow.polygon[0][1] == GeoPoint{57.6, 12.0}), "GeoJSON order: [lon, lat]");
  BOOST_TEST(yellow.area_name == "Västra Götalands kust");
  BOOST_TEST(yellow.summary == "Händelsebeskrivning: Sydvästlig vind 20-25 m/s i byarna.\n"
                               "Påverkan: Risk för förseningar i färjetrafiken.");
  BOOST_TEST(yellow.time_ms == 1796371200000);     // published 2026-12-04T08:00:00Z
  BOOST_TEST(yellow.expires_ms == 1796450400000);  // approximateEnd 2026-12-05T06:00:00Z

  const Incident& orange = FindIncident(feed, "smhi-4001-10012");
  BOOST_TEST(orange.title == "Orange varning: Mycket kraftig vind");
  BOOST_TEST(IsAlert(orange), "orange is an alert");
  BOOST_TEST(orange.polygon.size() == 1u, "a MultiPolygon in a FeatureCollection: its first polygon");
  BOOST_TEST((orange.area_codes == std::vector<std::string>{"09"}));

  const Incident& red = FindIncident(feed, "smhi-4002-10021");
  BOOST_TEST(red.severity == "Extreme");
  BOOST_TEST(IsAlert(red), "red is an alert");
  BOOST_TEST(red.polygon.size() == 1u, "a bare Polygon");

  const Incident& counties = FindIncident(feed, "smhi-4002-10022");
  BOOST_TEST((counties.area_codes == std::vector<std::string>{"24", "23"}));
  BOOST_TEST((counties.precision == LocationPrecision::Area), "no polygon: placed at its first county");
  BOOST_TEST((counties.position == FindCounty("24")->centre));
  BOOST_TEST(counties.expires_ms == 0, "no approximateEnd: open-ended");
  BOOST_TEST(counties.summary.empty());

  // Whose it is: a place in Jämtland is told, one in Skåne is not.
  const SavedPlace ostersund{"2380", "Östersunds kommun", std::nullopt};
  const SavedPlace malmo{"1280", "Malmö stad", std::nullopt};
  BOOST_TEST(Concerns(counties, ostersund));
  BOOST_TEST(!Concerns(counties, malmo));
}

BOOST_AUTO_TEST_CASE(bad_warning_areas_are_dropped_with_where_and_why) {
  const std::string good = R"("warningLevel": {"sv": "Gul", "code": "YELLOW"})";
  const std::string text = R"([{"id": 1, "event": {"sv": "Vind"}, "warningAreas": [)"
      R"({"id": 2, "published": "2026-12-04T08:00:00Z", "eventDescription": {"sv": "Kraftig vind"}, )" + good + R"(},)"
      R"({"id": 3, "published": "2026-12-04T08:00:00Z", "warningLevel": {"code": "PURPLE"}},)"
      R"({"id": 4, "published": "igår", )" + good + R"(},)"
      R"({"id": 5, "published": "2026-12-04T08:00:00Z", "area": {"type": "Point", "coordinates": [18, 57]}, )" + good + R"(},)"
      R"({"id": 6, "published": "2026-12-04T08:00:00Z", "area": {"type": "Polygon", "coordinates": [[[18, 57], [19, 57]]]}, )" + good + R"(},)"
      R"("text"]}, {"id": 7}, "warning"])";
  const Feed feed = MustParse(text);
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u);
  BOOST_TEST(feed.incidents[0].id == "smhi-1-2");
  std::vector<std::string> reasons;
  for (const DroppedItem& item : feed.dropped) reasons.push_back(item.where + ": " + item.reason);
  const std::vector<std::string> expected{
      "/0/warningAreas/1: warningLevel.code must be MESSAGE, YELLOW, ORANGE or RED",
      "/0/warningAreas/2: published: not a date and time",
      "/0/warningAreas/3: area: unsupported geometry type Point",
      "/0/warningAreas/4: Polygon: a ring needs at least 4 positions",
      "/0/warningAreas/5: not an object",
      "/1: no warningAreas",
      "/2: not an object"};
  BOOST_TEST(reasons == expected, boost::test_tools::per_element());
  // Nothing readable at all: refused, and the last good feed stays.
  FeedError error;
  BOOST_TEST(!ParseFeed(OneArea(R"("warningLevel": {"code": "PURPLE"})"), FeedFormat::Smhi, &error).has_value());
  BOOST_TEST(error.message.find("none of its 1 items could be read") != std::string::npos, error.message);
  // Named on the command line or in a pack, an object is not an SMHI feed.
  BOOST_TEST(!ParseFeed("{}", FeedFormat::Smhi, &error).has_value());
}

BOOST_AUTO_TEST_CASE(a_warning_survives_the_geojson_profile) {
  const Feed feed = MustParse(Fixture());
  const std::string text = IncidentsToGeoJson(feed.incidents).dump();
  const Feed again = MustParse(text);
  BOOST_TEST_REQUIRE(again.incidents.size() == feed.incidents.size());
  for (std::size_t i = 0; i < feed.incidents.size(); ++i) {
    BOOST_TEST((again.incidents[i] == feed.incidents[i]), feed.incidents[i].id);
  }
}

BOOST_AUTO_TEST_SUITE_END()
