// Incident feeds: each real format's quirks (tests/feeds/*.json are shaped like the live APIs),
// per-item drops that never lose the rest, limits checked before parsing, and diffs by id.
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "core/base/swedish_counties.h"
#include "core/base/swedish_municipalities.h"
#include "core/feed/feed.h"
#include "core/feed/feed_json.h"
#include "core/feed/feed_ingest.h"
#include "tests/core/feed_files.h"

using namespace beredd::core;
using beredd::test::FindIncident;
using beredd::test::MustParse;
using beredd::test::ReadFeedFile;

namespace {

// One Police event with `fields` spliced in (they override the defaults).
std::string PolisenEvent(const std::string& fields) {
  return R"({"id": 7, "datetime": "2025-06-07 7:32:06 +02:00", "name": "Brand", "summary": "s",)"
         R"( "url": "/x", "type": "Brand", "location": {"name": "Solna", "gps": "59.36,18.0"})" +
         (fields.empty() ? "" : ", " + fields) + "}";
}

std::string Reasons(const Feed& feed) {
  std::string text;
  for (const DroppedItem& item : feed.dropped) text += item.where + ": " + item.reason + "; ";
  return text;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(feed_polisen)

BOOST_AUTO_TEST_CASE(times_with_single_digit_hours_and_both_swedish_offsets) {
  const Feed feed = MustParse(ReadFeedFile("polisen.json"));
  BOOST_TEST((feed.format == FeedFormat::Polisen));
  // 2025-06-07 7:32:06 +02:00 (summer) is 05:32:06Z; 2025-01-15 23:05 +01:00 (winter) is 22:05Z.
  BOOST_TEST(FindIncident(feed, "593874").time_ms == 1749274326000LL);
  BOOST_TEST(FindIncident(feed, "593870").time_ms == 1736978700000LL);
}

BOOST_AUTO_TEST_CASE(county_level_locations_are_areas_and_urls_are_made_absolute) {
  const Feed feed = MustParse(ReadFeedFile("polisen.json"));
  const Incident& fire = FindIncident(feed, "593870");
  BOOST_TEST(fire.area_name == "Uppsala län");
  BOOST_TEST((fire.precision == LocationPrecision::Area), "the gps is the county centre, not the spot");
  BOOST_TEST(fire.position.lat == 59.858564);
  BOOST_TEST(fire.position.lon == 17.638927);
  BOOST_TEST(fire.url == "https://polisen.se/aktuellt/handelser/2025/januari/15/brand-uppsala-lan/");
  BOOST_TEST(fire.source == "Polisen");
  BOOST_TEST(fire.category == "Brand");
}

BOOST_AUTO_TEST_CASE(day_and_night_summaries_are_not_incidents) {
  const Feed feed = MustParse(ReadFeedFile("polisen.json"));
  BOOST_TEST(feed.incidents.size() == 2u);
  BOOST_TEST(feed.skipped == 1);
  BOOST_TEST(feed.dropped.empty(), Reasons(feed));
}

BOOST_AUTO_TEST_CASE(bad_items_are_dropped_with_a_reason_and_the_rest_kept) {
  const std::string text = "[" + PolisenEvent("") + ",\n" +
                           PolisenEvent(R"("id": 8, "location": {"name": "x", "gps": "18.0,59.36"})") + ",\n" +
                           PolisenEvent(R"("id": 9, "location": {"name": "x", "gps": "NaN,18.0"})") + ",\n" +
                           PolisenEvent(R"("id": 10, "location": {"name": "x", "gps": "1e300,18.0"})") + ",\n" +
                           PolisenEvent(R"("id": 11, "location": {"name": "x", "gps": "48.85,2.35"})") + ",\n" +
                           PolisenEvent(R"("id": 12, "name": 42)") + ",\n" +
                           PolisenEvent(R"("id": 7)") + ",\n" +
                           PolisenEvent(R"("id": 13, "datetime": "igår")") + ",\n" +
                           PolisenEvent(R"x("id": 14, "name": "Ok\u00e5", "url": "javascript:alert(1)")x") + ",\n" +
                           "\"not an object\"]";
  const Feed feed = MustParse(text);
  BOOST_TEST(feed.incidents.size() == 2u, Reasons(feed));
  BOOST_TEST(FindIncident(feed, "14").url.empty(), "only https urls are kept");
  BOOST_TEST(FindIncident(feed, "14").title == "Okå");
  const std::vector<std::string> expected = {
      "/1: latitude and longitude are swapped",
      "/2: coordinates are not finite numbers",
      "/3: coordinates out of range",
      "/4: position outside Sweden",
      "/5: name: expected a string, found number",
      "/6: duplicate id",
      "/7: datetime: not a date and time",
      "/9: not an object",
  };
  std::vector<std::string> reasons;
  for (const DroppedItem& item : feed.dropped) reasons.push_back(item.where + ": " + item.reason);
  BOOST_TEST(reasons == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_feed_whose_items_are_all_invalid_is_refused_as_a_whole) {
  // Four Police-shaped objects, every one with wrong types: a broken source, not a quiet one.
  const std::string text = "[" + PolisenEvent(R"("id": 1, "name": 42)") + "," +
                           PolisenEvent(R"("id": 2, "datetime": 5)") + "," +
                           PolisenEvent(R"("id": 3, "location": "Solna")") + "," +
                           PolisenEvent(R"("id": 4, "summary": [])") + "]";
  FeedError error;
  BOOST_TEST(!ParseFeed(text, FeedFormat::Auto, &error).has_value());
  BOOST_TEST(error.ToString() == "none of its 4 items could be read (first: /0: name: expected a string, found number)");
  // The last good incidents stay: ingest refuses it too, so nothing replaces them.
  const std::vector<Incident> shown = MustParse("[" + PolisenEvent("") + "]").incidents;
  BOOST_TEST(!IngestFeed(text, shown, &error).has_value());
}

BOOST_AUTO_TEST_CASE(an_empty_list_and_a_feed_of_only_summaries_are_valid_and_quiet) {
  BOOST_TEST(MustParse("[]").incidents.empty());
  const Feed summaries = MustParse("[" + PolisenEvent(R"("type": "Sammanfattning natt")") + "]");
  BOOST_TEST(summaries.incidents.empty());
  BOOST_TEST(summaries.dropped.empty());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_drops_only_its_item) {
  // A truncated two-byte sequence, and an encoded UTF-16 surrogate (CESU-8).
  std::string text = "[" + PolisenEvent("\"id\": 1, \"name\": \"Bad \xC3\x28 byte\"") + "," +
                     PolisenEvent("\"id\": 2, \"summary\": \"\xED\xA0\x80 surrogate\"") + "," +
                     PolisenEvent(R"("id": 3, "name": "Göteborg")") + "]";
  const Feed feed = MustParse(text);
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u, Reasons(feed));
  BOOST_TEST(feed.incidents[0].title == "Göteborg");
  BOOST_TEST(feed.dropped.size() == 2u);
  BOOST_TEST(feed.dropped[0].reason == "invalid UTF-8 in the texts");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(feed_cap)

BOOST_AUTO_TEST_CASE(alerts_with_info_as_object_or_array_and_category_as_string_or_array) {
  const Feed feed = MustParse(ReadFeedFile("vma_cap.json"));
  BOOST_TEST((feed.format == FeedFormat::Cap));
  const Incident& fire = FindIncident(feed, "SR-VMA-1001");
  BOOST_TEST(fire.title == "Viktigt meddelande till allmänheten i Sundsvall");
  BOOST_TEST(fire.category == "Brand");
  BOOST_TEST(fire.severity == "Severe");
  BOOST_TEST(fire.area_name == "Västernorrlands län");
  BOOST_TEST((fire.precision == LocationPrecision::Area));
  BOOST_TEST(fire.time_ms == 1749280320000LL);  // 09:12 +02:00
  const Incident& gas = FindIncident(feed, "SR-VMA-1002");
  BOOST_TEST(gas.title == "Gasutsläpp i Göteborg", "the Swedish info block is chosen");
  BOOST_TEST(gas.polygon.size() == 1u);
  BOOST_TEST(std::fabs(gas.position.lat - 57.725) < 1e-9);
  BOOST_TEST(gas.source == "Sveriges Radio");
}

BOOST_AUTO_TEST_CASE(category_array_is_used_when_there_is_no_event) {
  const Feed feed = MustParse(R"({"alerts": [{"identifier": "a", "sent": "2025-06-07T09:00:00+02:00",
      "status": "Actual", "msgType": "Alert", "scope": "Public",
      "info": {"category": ["Env", "Safety"], "headline": "h", "area": {"areaDesc": "Gotlands län"}}}]})");
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u, Reasons(feed));
  BOOST_TEST(feed.incidents[0].category == "Env, Safety");
  BOOST_TEST(feed.incidents[0].area_name == "Gotlands län");
}

BOOST_AUTO_TEST_CASE(a_vma_for_a_municipality_is_placed_at_the_municipality_not_dropped) {
  // As Sveriges Radio sends it (issue 17): a municipality's SCB code and name, no coordinates.
  const Feed feed = MustParse(R"({"alerts": [
    {"identifier": "SR-VMA-1880", "sent": "2026-12-03T14:02:00+01:00", "status": "Actual",
     "msgType": "Alert", "scope": "Public",
     "info": {"event": "Brand", "severity": "Severe", "urgency": "Immediate", "headline": "Brand i Örebro",
              "area": [{"areaDesc": "Örebro kommun", "geocode": [{"valueName": "Kommun", "value": "1880"}]}]}}]})");
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u, Reasons(feed));
  const Incident& vma = feed.incidents[0];
  BOOST_TEST((vma.precision == LocationPrecision::Area), "a municipality is an area, never a spot");
  BOOST_TEST(vma.area_name == "Örebro kommun");
  BOOST_TEST_REQUIRE(FindMunicipality("1880") != nullptr);
  BOOST_TEST((vma.position == FindMunicipality("1880")->position), "placed at Örebro kommun");
  // Örebro (the town) is at about 59.27 N, 15.21 E.
  BOOST_TEST(std::abs(vma.position.lat - 59.27) < 0.2);
  BOOST_TEST(std::abs(vma.position.lon - 15.21) < 0.3);
  BOOST_TEST(feed.dropped.empty(), Reasons(feed));
}

BOOST_AUTO_TEST_CASE(an_alert_whose_area_cannot_be_placed_is_listed_never_dropped) {
  const Feed feed = MustParse(R"({"alerts": [
    {"identifier": "SR-VMA-X", "sent": "2026-12-03T14:02:00+01:00", "status": "Actual",
     "msgType": "Alert", "scope": "Public",
     "info": {"event": "Gasutsläpp", "severity": "Severe", "headline": "Gasutsläpp vid hamnen",
              "area": [{"areaDesc": "Hamnområdet i Norrsundet"}]}}]})");
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u, Reasons(feed));
  const Incident& vma = feed.incidents[0];
  BOOST_TEST((vma.precision == LocationPrecision::Unplaced));
  BOOST_TEST(!IsPlaced(vma));
  BOOST_TEST(vma.area_name == "Hamnområdet i Norrsundet");
  BOOST_TEST(feed.dropped.empty(), Reasons(feed));
  // Written as an unlocated GeoJSON feature, and read back the same.
  const nlohmann::json written = IncidentsToGeoJson(feed.incidents);
  BOOST_TEST(written["features"][0]["geometry"].is_null());
  BOOST_TEST(written["features"][0]["properties"]["precision"] == "none");
  const Feed again = MustParse(written.dump());
  BOOST_TEST((again.incidents == feed.incidents));
}

BOOST_AUTO_TEST_CASE(a_krisinformation_item_without_a_placeable_area_is_listed) {
  const Feed feed = MustParse(R"([{"Identifier": "k1", "Headline": "Vattenläcka", "Published": "2026-12-03T10:00:00+01:00",
    "Area": [{"Type": "Other", "Description": "Hamnområdet i Norrsundet"}]}])");
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u, Reasons(feed));
  BOOST_TEST((feed.incidents[0].precision == LocationPrecision::Unplaced));
  BOOST_TEST(feed.incidents[0].area_name == "Hamnområdet i Norrsundet");
}

BOOST_AUTO_TEST_CASE(a_krisinformation_item_naming_a_municipality_is_placed_there) {
  const Feed feed = MustParse(R"([{"Identifier": "k2", "Headline": "Vattenläcka", "Published": "2026-12-03T10:00:00+01:00",
    "Area": [{"Type": "Municipality", "Description": "Sorsele"}]}])");
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u, Reasons(feed));
  BOOST_TEST((feed.incidents[0].precision == LocationPrecision::Area));
  BOOST_TEST((feed.incidents[0].position == FindMunicipality("Sorsele kommun")->position));
}

BOOST_AUTO_TEST_CASE(municipalities_are_found_by_code_and_by_name) {
  BOOST_TEST(SwedishMunicipalities().size() == 290u);
  BOOST_TEST(FindMunicipality("1880")->name == "Örebro kommun");
  BOOST_TEST(FindMunicipality("Örebro kommun")->code == "1880");
  BOOST_TEST(FindMunicipality("Örebro")->code == "1880", "a Police location.name");
  BOOST_TEST(FindMunicipality("Ystad")->code == "1286", "Ystads kommun: the genitive s");
  BOOST_TEST(FindMunicipality("Göteborg")->code == "1480", "Göteborgs stad");
  BOOST_TEST(FindMunicipality("STOCKHOLMS KOMMUN")->code == "0180");
  BOOST_TEST(FindMunicipality("Gotlands kommun")->code == "0980");
  BOOST_TEST(FindMunicipality("Örebro län") == nullptr, "a county, not a municipality");
  BOOST_TEST(CountyOf(*FindMunicipality("2580"))->name == "Norrbottens län");
  // A municipality before its county; a county by name or code otherwise.
  BOOST_TEST((*PositionOfPlace("Örebro") == FindMunicipality("1880")->position));
  BOOST_TEST((*PositionOfPlace("Örebro län") == FindCounty("18")->centre));
  BOOST_TEST(!PositionOfPlace("Hamnområdet i Norrsundet"));
}

BOOST_AUTO_TEST_CASE(a_municipality_code_names_its_county) {
  BOOST_TEST(CountyOfMunicipality("1880")->name == "Örebro län");
  BOOST_TEST(CountyOfMunicipality("0180")->name == "Stockholms län");
  BOOST_TEST(CountyOfMunicipality("0980")->name == "Gotlands län");
  BOOST_TEST(CountyOfMunicipality("2584")->name == "Norrbottens län");
  BOOST_TEST(!CountyOfMunicipality("9999"), "no county 99");
  BOOST_TEST(!CountyOfMunicipality("18"), "a county code is not a municipality code");
  BOOST_TEST(!CountyOfMunicipality("18a0"));
}

BOOST_AUTO_TEST_CASE(a_cancel_with_null_info_removes_what_it_references) {
  const Feed feed = MustParse(ReadFeedFile("vma_cap.json"));
  for (const Incident& incident : feed.incidents) {
    BOOST_TEST(incident.id != "SR-VMA-0999", "the cancelled storm alert is gone");
    BOOST_TEST(incident.id != "SR-VMA-1003", "a cancel is no incident itself");
  }
  BOOST_TEST(feed.dropped.empty(), Reasons(feed));
}

BOOST_AUTO_TEST_CASE(an_update_keeps_the_original_id_so_the_marker_moves_in_place) {
  const Feed feed = MustParse(R"({"alerts": [
    {"identifier": "v1", "sent": "2025-06-07T09:00:00Z", "status": "Actual", "msgType": "Alert",
     "scope": "Public", "info": {"headline": "Brand", "area": [{"areaDesc": "Örebro län"}]}},
    {"identifier": "v2", "sent": "2025-06-07T09:20:00Z", "status": "Actual", "msgType": "Update",
     "scope": "Public", "references": "sr,v1,2025-06-07T09:00:00Z",
     "info": {"headline": "Brand, uppdaterad", "area": [{"areaDesc": "Örebro län"}]}}]})");
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u, Reasons(feed));
  BOOST_TEST(feed.incidents[0].id == "v1");
  BOOST_TEST(feed.incidents[0].title == "Brand, uppdaterad");
}

BOOST_AUTO_TEST_CASE(exercise_and_test_alerts_never_show_as_live) {
  const Feed feed = MustParse(ReadFeedFile("vma_cap.json"));
  BOOST_TEST((FindIncident(feed, "SR-VMA-TEST").status == IncidentStatus::Test));
  BOOST_TEST((FindIncident(feed, "SR-VMA-EX").status == IncidentStatus::Exercise));
  int live = 0;
  for (const Incident& incident : feed.incidents) live += IsLive(incident) ? 1 : 0;
  BOOST_TEST(live == 2);
  const Feed restricted = MustParse(R"({"alerts": [{"identifier": "r", "sent": "2025-06-07T09:00:00Z",
      "status": "Actual", "msgType": "Alert", "scope": "Restricted",
      "info": {"headline": "h", "area": [{"areaDesc": "Örebro län"}]}}]})");
  BOOST_TEST(restricted.incidents.empty(), "only Public alerts are read");
  BOOST_TEST(restricted.skipped == 1);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(feed_krisinformation)

BOOST_AUTO_TEST_CASE(entities_and_html_become_plain_text) {
  const Feed feed = MustParse(ReadFeedFile("krisinformation.json"));
  BOOST_TEST((feed.format == FeedFormat::Krisinformation));
  const Incident& fire = FindIncident(feed, "kris-2025-0042");
  BOOST_TEST(fire.title == "Brand i Sundsvall – stäng fönster & dörrar");
  BOOST_TEST(fire.summary ==
             "Rökutveckling från en brand.\nRäddningstjänsten uppmanar alla i Sundsvall att gå inomhus.\nLyssna på P4.");
  BOOST_TEST(fire.summary.find("alert(1)") == std::string::npos, "script contents are no text");
  BOOST_TEST(fire.position.lat == 62.39, "PoleOfInInaccessibility is [lon, lat]");
  BOOST_TEST(fire.source == "Krisinformation.se");
  BOOST_TEST(fire.updated_ms > fire.time_ms);
}

BOOST_AUTO_TEST_CASE(null_geometry_falls_back_to_the_named_county) {
  const Feed feed = MustParse(ReadFeedFile("krisinformation.json"));
  const Incident& water = FindIncident(feed, "kris-2025-0043");
  BOOST_TEST(water.area_name == "Kalmar län");
  BOOST_TEST((water.precision == LocationPrecision::Area));
  BOOST_TEST(water.position.lat > 56.0);
  BOOST_TEST(water.position.lat < 58.0);
}

BOOST_AUTO_TEST_CASE(numeric_and_odd_entities) {
  const Feed feed = MustParse(R"([{"Identifier": "k", "Published": "2025-06-07T10:00:00Z",
      "Headline": "&#229;&#x00E4; &lt;img onerror=x&gt; &unknown; &#0; &#xD800;",
      "Area": [{"Type": "Country", "Description": "Sverige", "GeometryInformation": null}]}])");
  BOOST_TEST_REQUIRE(feed.incidents.size() == 1u, Reasons(feed));
  BOOST_TEST(feed.incidents[0].title == "åä <img onerror=x> &unknown;");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(feed_geojson)

BOOST_AUTO_TEST_CASE(points_polygons_and_unknown_members) {
  const Feed feed = MustParse(ReadFeedFile("beredd_geojson.json"));
  BOOST_TEST((feed.format == FeedFormat::GeoJson));
  BOOST_TEST(feed.dropped.empty(), Reasons(feed));
  const Incident& crash = FindIncident(feed, "demo-1");
  BOOST_TEST(crash.position.lat == 59.3293, "GeoJSON positions are [lon, lat]");
  BOOST_TEST((crash.precision == LocationPrecision::Exact));
  BOOST_TEST(crash.url == "https://example.se/1");
  const Incident& area = FindIncident(feed, "demo-2");
  BOOST_TEST_REQUIRE(area.polygon.size() == 1u);
  BOOST_TEST(area.polygon[0].size() == 5u);
  BOOST_TEST((area.precision == LocationPrecision::Area), "a polygon is an area");
  BOOST_TEST(std::fabs(area.position.lat - 59.3) < 1e-9);
  BOOST_TEST(area.updated_ms - area.time_ms == 30 * 60 * 1000);
}

BOOST_AUTO_TEST_CASE(round_trips_through_its_own_output) {
  const Feed feed = MustParse(ReadFeedFile("krisinformation.json"));
  const Feed again = MustParse(IncidentsToGeoJson(feed.incidents).dump());
  BOOST_TEST((again.format == FeedFormat::GeoJson));
  BOOST_TEST((again.incidents == feed.incidents));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(feed_limits)

BOOST_AUTO_TEST_CASE(deep_nesting_is_refused_before_parsing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  FeedError error;
  BOOST_TEST(!ParseFeed(deep, FeedFormat::Auto, &error).has_value());
  BOOST_TEST(error.ToString() == "line 1, column 65: nested deeper than 64 levels");
  // Brackets inside strings are text, not nesting.
  const std::string quoted = "[" + PolisenEvent(R"("name": ")" + std::string(200, '[') + "\"") + "]";
  BOOST_TEST(MustParse(quoted).incidents.size() == 1u);
}

BOOST_AUTO_TEST_CASE(size_html_pages_and_broken_json_are_clear_errors) {
  FeedError error;
  FeedLimits small;
  small.max_bytes = 100;
  BOOST_TEST(!ParseFeed(std::string(101, ' '), FeedFormat::Auto, &error, small).has_value());
  BOOST_TEST(error.message == "larger than 100 bytes (101)");
  BOOST_TEST(!ParseFeed("\n  <!DOCTYPE html><h1>502</h1>", FeedFormat::Auto, &error).has_value());
  BOOST_TEST(error.ToString() == "line 2, column 3: an HTML or XML page, not JSON (an error page from the server?)");
  BOOST_TEST(!ParseFeed("[{\"id\": 1,}]", FeedFormat::Auto, &error).has_value());
  BOOST_TEST(error.message.find("not valid JSON at line 1, column 11") == 0, error.message);
  BOOST_TEST(!ParseFeed("{\"hello\": 1}", FeedFormat::Auto, &error).has_value());
  BOOST_TEST(error.message.find("not a known feed format") == 0);
  BOOST_TEST(!ParseFeed("{\"type\": \"FeatureCollection\"}", FeedFormat::Polisen, &error).has_value());
  BOOST_TEST(error.message == "not a polisen feed: the top level is object");
  BOOST_TEST(!ParseFeed("   ", FeedFormat::Auto, &error).has_value());
  BOOST_TEST(MustParse("[]").incidents.empty(), "an empty array is a quiet day, not an error");
}

BOOST_AUTO_TEST_CASE(item_count_is_capped) {
  std::string text = "[";
  for (int i = 0; i < 12; ++i) text += (i ? "," : "") + PolisenEvent("\"id\": " + std::to_string(i));
  text += "]";
  FeedLimits limits;
  limits.max_items = 10;
  FeedError error;
  const auto feed = ParseFeed(text, FeedFormat::Auto, &error, limits);
  BOOST_TEST_REQUIRE(feed.has_value());
  BOOST_TEST(feed->incidents.size() == 10u);
  BOOST_TEST(feed->dropped.size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(feed_diff)

BOOST_AUTO_TEST_CASE(updates_are_diffed_by_id) {
  const Feed before = MustParse("[" + PolisenEvent("\"id\": 1") + "," + PolisenEvent("\"id\": 2") + "]");
  const Feed after = MustParse("[" + PolisenEvent(R"("id": 2, "summary": "changed")") + "," +
                               PolisenEvent("\"id\": 3") + "]");
  const FeedDiff diff = DiffIncidents(before.incidents, after.incidents);
  BOOST_TEST(diff.added == std::vector<std::string>{"3"});
  BOOST_TEST(diff.changed == std::vector<std::string>{"2"});
  BOOST_TEST(diff.removed == std::vector<std::string>{"1"});
  BOOST_TEST(DiffIncidents(after.incidents, after.incidents).empty());
  BOOST_TEST(diff.reshaped.empty());
  BOOST_TEST(diff.moved.empty());
  BOOST_TEST(diff.retitled.empty(), "a new summary changes neither the shape, the place nor the title");
}

BOOST_AUTO_TEST_CASE(a_change_says_whether_the_map_must_move_retitle_or_redraw_it) {
  const Feed before = MustParse("[" + PolisenEvent("\"id\": 1") + "]");
  Incident moved = before.incidents.front();
  moved.position.lat += 0.5;
  Incident retitled = before.incidents.front();
  retitled.title = "Brand, Uppsala";
  Incident reshaped = before.incidents.front();
  reshaped.precision = reshaped.precision == LocationPrecision::Area ? LocationPrecision::Exact : LocationPrecision::Area;
  BOOST_TEST(DiffIncidents(before.incidents, {moved}).moved == std::vector<std::string>{"1"});
  BOOST_TEST(DiffIncidents(before.incidents, {moved}).retitled.empty());
  BOOST_TEST(DiffIncidents(before.incidents, {retitled}).retitled == std::vector<std::string>{"1"});
  BOOST_TEST(DiffIncidents(before.incidents, {retitled}).moved.empty());
  BOOST_TEST(DiffIncidents(before.incidents, {reshaped}).reshaped == std::vector<std::string>{"1"});
  BOOST_TEST(DiffIncidents(before.incidents, {moved}).reshaped.empty());
  Incident reshaped_and_moved = reshaped;
  reshaped_and_moved.position.lat += 0.5;
  reshaped_and_moved.title = "Brand, Uppsala";
  const FeedDiff both = DiffIncidents(before.incidents, {reshaped_and_moved});
  BOOST_TEST(both.reshaped == std::vector<std::string>{"1"});
  BOOST_TEST(both.moved.empty(), "a new layer is not also moved in place");
  BOOST_TEST(both.retitled.empty());
}

BOOST_AUTO_TEST_CASE(ingest_keeps_live_incidents_newest_first_and_diffs_them) {
  const Feed shown = MustParse("[" + PolisenEvent("\"id\": 1") + "]");
  // The CAP sample holds an Actual, a Test and an Exercise alert among others.
  FeedError error;
  const auto cap = IngestFeed(ReadFeedFile("vma_cap.json"), shown.incidents, &error);
  BOOST_TEST_REQUIRE(cap.has_value(), error.ToString());
  BOOST_TEST(!cap->live.empty());
  for (const Incident& incident : cap->live) BOOST_TEST(IsLive(incident), incident.id);
  for (std::size_t i = 1; i < cap->live.size(); ++i) BOOST_TEST(cap->live[i - 1].time_ms >= cap->live[i].time_ms);
  BOOST_TEST(cap->diff.removed == std::vector<std::string>{"1"});
  BOOST_TEST(cap->diff.added.size() == cap->live.size());

  const auto polisen = IngestFeed("[" + PolisenEvent(R"("id": 1, "datetime": "2025-06-07 6:00:00 +02:00")") + "," +
                                      PolisenEvent("\"id\": 2") + "]",
                                  shown.incidents, &error);
  BOOST_TEST_REQUIRE(polisen.has_value());
  BOOST_TEST(polisen->live.at(0).id == "2", "the later event first");
  BOOST_TEST(polisen->diff.added == std::vector<std::string>{"2"});
  BOOST_TEST(polisen->diff.changed == std::vector<std::string>{"1"});
  BOOST_TEST(!IngestFeed("<html>", shown.incidents, &error).has_value());
  BOOST_TEST(error.message.find("HTML") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

#include "core/base/geo.h"

BOOST_AUTO_TEST_SUITE(geo)

BOOST_AUTO_TEST_CASE(distances_between_swedish_cities) {
  const GeoPoint stockholm{59.3293, 18.0686}, goteborg{57.7089, 11.9746}, malmo{55.6050, 13.0038};
  BOOST_TEST(std::fabs(DistanceKm(stockholm, goteborg) - 398) < 4);  // ~398 km as the crow flies
  BOOST_TEST(std::fabs(DistanceKm(goteborg, malmo) - 242) < 3);
  BOOST_TEST(DistanceKm(malmo, malmo) == 0.0);
  BOOST_TEST(DistanceKm(stockholm, goteborg) == DistanceKm(goteborg, stockholm));
}

BOOST_AUTO_TEST_CASE(sweden_s_box_holds_its_extreme_points_and_not_its_neighbours_capitals) {
  // Smygehuk, Treriksröset, Ohmsten (Koster), Haparanda: the south, north, west and east ends.
  for (const GeoPoint p : {GeoPoint{55.337, 13.359}, GeoPoint{69.060, 20.548}, GeoPoint{58.908, 11.000},
                           GeoPoint{65.836, 24.137}, GeoPoint{57.640, 18.296} /* Visby */}) {
    BOOST_TEST_CONTEXT(p.lat << "," << p.lon) { BOOST_TEST(kSweden.Contains(p)); }
  }
  for (const GeoPoint p : {GeoPoint{59.913, 10.752} /* Oslo */, GeoPoint{60.170, 24.938} /* Helsinki */,
                           GeoPoint{54.687, 25.280} /* Vilnius */, GeoPoint{48.857, 2.352} /* Paris */}) {
    BOOST_TEST_CONTEXT(p.lat << "," << p.lon) { BOOST_TEST(!kSweden.Contains(p)); }
  }
  const GeoBox grown = kSweden.Grown(1.0);
  const auto tolerance = boost::test_tools::tolerance(1e-9);
  BOOST_TEST(grown.south == 54.3, tolerance);
  BOOST_TEST(grown.west == 9.9, tolerance);
  BOOST_TEST(grown.north == 70.1, tolerance);
  BOOST_TEST(grown.east == 25.2, tolerance);
  BOOST_TEST(grown.Contains({59.913, 10.752}), "a margin reaches Oslo");
}

BOOST_AUTO_TEST_SUITE_END()
