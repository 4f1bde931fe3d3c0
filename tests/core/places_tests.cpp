// "Mina platser": finding a municipality as it is typed, the places an alert names (CAP
// geocodes and area descriptions, Krisinformation areas, a Police event's location name, with
// or without gps), which alerts concern a visitor's places, and the session that keeps them
// (five at most, only in this browser, never on a kiosk, the position asked only after a tap)
// and announces each new alert once.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

#include "core/base/swedish_municipalities.h"
#include "core/base/text_fold.h"
#include "core/feed/feed.h"
#include "core/places/my_places.h"
#include "core/places/places_session.h"
#include "tests/core/fake_platform.h"
#include "tests/core/feed_files.h"

using namespace beredd::core;
using beredd::test::FakePlatform;
using beredd::test::MustParse;

namespace {

std::string CapWithArea(const std::string& area) {
  return R"({"alerts": [{"identifier": "SR-9", "sender": "sr.se", "sent": "2025-12-04T15:00:00+01:00",)"
         R"( "status": "Actual", "msgType": "Alert", "scope": "Public", "info": {"event": "VMA",)"
         R"( "severity": "Severe", "headline": "Brand", "area": )" + area + "}}]}";
}

std::string PoliceEvent(const std::string& location) {
  return R"([{"id": 7, "datetime": "2025-06-07 7:32:06 +02:00", "name": "Brand", "summary": "s",)"
         R"( "url": "/x", "type": "Brand", "location": )" + location + "}]";
}

std::vector<std::string> Codes(const Feed& feed) { return feed.incidents.at(0).area_codes; }

SavedPlace Place(std::string_view code) {
  const Municipality* municipality = FindMunicipality(code);
  BOOST_TEST_REQUIRE(municipality != nullptr);
  return {std::string(municipality->code), std::string(municipality->name), std::nullopt};
}

std::vector<std::string> Names(const std::vector<const Municipality*>& found) {
  std::vector<std::string> names;
  for (const Municipality* municipality : found) names.emplace_back(municipality->name);
  return names;
}

Incident Alert(std::string id, std::vector<std::string> codes, GeoPoint position = {59.27, 15.21}) {
  Incident alert;
  alert.id = std::move(id);
  alert.origin = IncidentOrigin::Cap;
  alert.precision = LocationPrecision::Area;
  alert.area_codes = std::move(codes);
  alert.position = position;
  alert.updated_ms = 1;
  return alert;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(places)

BOOST_AUTO_TEST_CASE(typing_finds_a_municipality_whatever_the_letter_case) {
  BOOST_TEST(FoldForSearch("  ÖREBRO Län ") == "örebro län");
  BOOST_TEST(FoldForSearch("ÅÄÖÉÜ") == "åäöéü");
  for (const char* typed : {"örebro", "ÖREBRO", "Örebro", "rebro", " örebro "}) {
    const auto found = SearchMunicipalities(typed, 8);
    BOOST_TEST_REQUIRE(!found.empty(), typed);
    BOOST_TEST(found.front()->code == "1880", typed);
  }
  // Names starting with the text come first, then the rest, each in Swedish order.
  const auto found = Names(SearchMunicipalities("sala", 8));
  BOOST_TEST_REQUIRE(found.size() >= 1u);
  BOOST_TEST(found.front() == "Sala kommun");
  const auto a = Names(SearchMunicipalities("å", 50));
  BOOST_TEST_REQUIRE(a.size() >= 3u);
  BOOST_TEST((std::find(a.begin(), a.end(), "Åre kommun") != a.end()));
  BOOST_TEST(a.front().substr(0, 2) == "Å", "names that start with Å come first");
  BOOST_TEST(SearchMunicipalities("", 8).empty());
  BOOST_TEST(SearchMunicipalities("xyzzy", 8).empty());
  BOOST_TEST(SearchMunicipalities("a", 8).size() == 8u, "the limit holds");
  // Ö after Ä after Å after Z, as a Swedish reader expects.
  const auto ordered = Names(SearchMunicipalities("s", 400));
  const auto at = [&](std::string_view name) { return std::find(ordered.begin(), ordered.end(), name) - ordered.begin(); };
  BOOST_TEST(at("Sala kommun") < at("Säffle kommun"));
  BOOST_TEST(at("Säffle kommun") < at("Söderhamns kommun"));
}

BOOST_AUTO_TEST_CASE(a_cap_alert_names_its_municipalities_counties_or_all_of_sweden) {
  BOOST_TEST((Codes(MustParse(CapWithArea(R"([{"areaDesc": "Örebro kommun", "geocode": [{"valueName": "Kommun", "value": "1880"}]}])"))) ==
              std::vector<std::string>{"1880"}));
  BOOST_TEST((Codes(MustParse(CapWithArea(R"({"areaDesc": "Örebro län", "geocode": [{"valueName": "Län", "value": "18"}]})"))) ==
              std::vector<std::string>{"18"}));
  BOOST_TEST((Codes(MustParse(CapWithArea(R"([{"areaDesc": "Örebro län"}])"))) == std::vector<std::string>{"18"}));
  const Feed several = MustParse(CapWithArea(R"([{"areaDesc": "Kumla kommun", "geocode": [{"value": "1881"}]},)"
                                         R"( {"areaDesc": "Hallsbergs kommun", "geocode": [{"value": "1861"}]}])"));
  BOOST_TEST((Codes(several) == std::vector<std::string>{"1881", "1861"}), "every area counts, not the first");
  BOOST_TEST((several.incidents[0].position == FindMunicipality("1881")->position), "the marker is the first area's");
  const Feed country = MustParse(CapWithArea(R"([{"areaDesc": "Hela Sverige"}])"));
  BOOST_TEST((Codes(country) == std::vector<std::string>{"SE"}));
  BOOST_TEST((country.incidents[0].precision == LocationPrecision::Area));
  // A polygon is drawn where it is; the municipality it names still counts.
  const Feed drawn = MustParse(CapWithArea(R"([{"areaDesc": "Örebro kommun", "polygon": "59.2,15.1 59.3,15.1 59.3,15.3 59.2,15.1",)"
                                       R"( "geocode": [{"value": "1880"}]}])"));
  BOOST_TEST(drawn.incidents[0].polygon.size() == 1u);
  BOOST_TEST((Codes(drawn) == std::vector<std::string>{"1880"}));
}

BOOST_AUTO_TEST_CASE(a_police_event_is_placed_by_its_location_name_when_gps_is_missing) {
  const Feed named = MustParse(PoliceEvent(R"({"name": "Örebro"})"));
  BOOST_TEST_REQUIRE(named.incidents.size() == 1u);
  const Incident& event = named.incidents[0];
  BOOST_TEST((event.precision == LocationPrecision::Area));
  BOOST_TEST((event.position == FindMunicipality("1880")->position));
  BOOST_TEST((event.area_codes == std::vector<std::string>{"1880"}));
  const Feed county = MustParse(PoliceEvent(R"({"name": "Örebro län", "gps": ""})"));
  BOOST_TEST((county.incidents.at(0).position == FindCounty("18")->centre));
  // With gps, the gps is the marker and the name still says whose event it is.
  const Feed both = MustParse(PoliceEvent(R"({"name": "Solna", "gps": "59.36,18.0"})"));
  BOOST_TEST((both.incidents.at(0).position == GeoPoint{59.36, 18.0}));
  BOOST_TEST((both.incidents.at(0).area_codes == std::vector<std::string>{"0184"}));
  // A name no table knows and no gps: listed with its name, not on the map, never dropped.
  const Feed unknown = MustParse(PoliceEvent(R"({"name": "Någonstans"})"));
  BOOST_TEST_REQUIRE(unknown.incidents.size() == 1u);
  BOOST_TEST((unknown.incidents[0].precision == LocationPrecision::Unplaced));
  BOOST_TEST(unknown.incidents[0].area_name == "Någonstans");
  // A gps that is there but wrong is still bad input.
  std::string two = PoliceEvent(R"({"name": "Örebro", "gps": "NaN,18"})");
  two.pop_back();
  two += "," + PoliceEvent(R"({"name": "Örebro"})").substr(1);
  const std::size_t id = two.rfind(R"("id": 7)");
  two.replace(id, 7, R"("id": 8)");
  const Feed wrong = MustParse(two);
  BOOST_TEST(wrong.dropped.size() == 1u);
  BOOST_TEST(wrong.incidents.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_krisinformation_area_and_a_geojson_item_name_their_places) {
  const std::string item = R"([{"Identifier": "k1", "Headline": "Vattenläcka", "Published": "2025-12-04T10:00:00+01:00",)"
                           R"( "Area": [{"Type": "Municipality", "Description": "Kumla kommun"}, {"Type": "Country", "Description": "Sverige"}]}])";
  BOOST_TEST((Codes(MustParse(item)) == std::vector<std::string>{"1881", "SE"}));
  const std::string feature = R"({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null,)"
                              R"( "properties": {"id": "g1", "title": "Storm", "time": "2025-12-04T10:00:00Z", "area": "Gotland",)"
                              R"( "severity": "Severe"}}, {"type": "Feature", "geometry": null, "properties": {"id": "g2",)"
                              R"( "title": "Storm", "time": "2025-12-04T10:00:00Z", "area_codes": ["0980", "99", "SE"]}}]})";
  const Feed geojson = MustParse(feature);
  BOOST_TEST_REQUIRE(geojson.incidents.size() == 2u);
  BOOST_TEST((geojson.incidents[0].area_codes == std::vector<std::string>{"0980"}));
  BOOST_TEST((geojson.incidents[1].area_codes == std::vector<std::string>{"0980", "SE"}), "an unknown code is left out");
}

BOOST_AUTO_TEST_CASE(an_alert_concerns_the_places_it_names_or_holds) {
  const SavedPlace orebro = Place("1880");
  const SavedPlace kumla = Place("1881");
  const SavedPlace stockholm = Place("0180");
  BOOST_TEST(Concerns(Alert("a", {"1880"}), orebro));
  BOOST_TEST(!Concerns(Alert("a", {"1880"}), kumla));
  BOOST_TEST(Concerns(Alert("county", {"18"}), kumla), "a county alert reaches its municipalities");
  BOOST_TEST(!Concerns(Alert("county", {"18"}), stockholm));
  BOOST_TEST(Concerns(Alert("sweden", {"SE"}), stockholm));
  BOOST_TEST(ConcernsEveryone(Alert("sweden", {"SE"})));
  Incident unplaced = Alert("unplaced", {});
  unplaced.precision = LocationPrecision::Unplaced;
  BOOST_TEST(Concerns(unplaced, stockholm), "an area nobody can place may be anybody's");
  // Coordinates only: the municipality it lies in.
  BOOST_TEST(Concerns(Alert("point", {}, {59.3326, 18.0649}), stockholm));
  BOOST_TEST(!Concerns(Alert("point", {}, {59.3326, 18.0649}), orebro));
  // A drawn area: whether it holds the place ("where I am now": the position saved).
  Incident drawn = Alert("drawn", {}, {59.5, 17.5});
  drawn.polygon = {{{59.0, 17.0}, {60.0, 17.0}, {60.0, 18.5}, {59.0, 18.5}, {59.0, 17.0}}};
  BOOST_TEST(Concerns(drawn, stockholm));
  BOOST_TEST(!Concerns(drawn, orebro));
  SavedPlace here = orebro;
  here.position = GeoPoint{59.5, 17.8};  // saved as Örebro but standing inside the area
  BOOST_TEST(Concerns(drawn, here));
  drawn.polygon.push_back({{59.2, 17.8}, {59.6, 17.8}, {59.6, 18.3}, {59.2, 18.3}, {59.2, 17.8}});
  BOOST_TEST(!Concerns(drawn, here), "a hole takes the place back out");

  const Incident mine = Alert("mine", {"1880"});
  const Incident other = Alert("other", {"0180"});
  const Incident national = Alert("national", {"SE"});
  BOOST_TEST(ConcernsAny(mine, {orebro}));
  BOOST_TEST(!ConcernsAny(other, {orebro}));
  BOOST_TEST(ConcernsAny(national, {orebro}));
  BOOST_TEST(ConcernsAny(other, {}), "no places chosen: every alert takes the bar");
}

BOOST_AUTO_TEST_CASE(places_are_kept_in_this_browser_five_at_most) {
  FakePlatform platform;
  {
    PlacesSession session(platform, /*keep=*/true);
    PlacesIntents search;
    search.query = "öre";
    session.Apply(search);
    PlacesView view;
    session.Fill(view);
    BOOST_TEST_REQUIRE(!view.matches.empty());
    BOOST_TEST(view.matches.front()->code == "1880");
    for (const char* code : {"1880", "1880", "0180", "1281", "1480", "2580", "0380"}) {
      PlacesIntents add;
      add.add = code;
      session.Apply(add);
    }
    session.Fill(view);
    BOOST_TEST(view.places.size() == kMaxPlaces, "a repeat is kept once; the sixth is refused");
    BOOST_TEST(view.full);
    BOOST_TEST(view.query.empty(), "choosing empties the search");
    BOOST_TEST(view.places.front().name == "Örebro kommun");
    PlacesIntents remove;
    remove.remove = "0180";
    session.Apply(remove);
    PlacesIntents sound;
    sound.sound = true;
    session.Apply(sound);
  }
  BOOST_TEST_REQUIRE(platform.stored.count(std::string(kPlacesStorageKey)) == 1u);
  PlacesSession reloaded(platform, /*keep=*/true);
  PlacesView view;
  reloaded.Fill(view);
  BOOST_TEST(view.places.size() == 4u);
  BOOST_TEST(view.places.back().code == "2580");
  BOOST_TEST(view.sound);
  BOOST_TEST(!view.notify);

  // A kiosk's visitors share the screen: nothing is read or stored.
  PlacesSession kiosk(platform, /*keep=*/false);
  PlacesView kiosk_view;
  kiosk.Fill(kiosk_view);
  BOOST_TEST(kiosk_view.places.empty());
  const std::string before = platform.stored.at(std::string(kPlacesStorageKey));
  PlacesIntents add;
  add.add = "0180";
  kiosk.Apply(add);
  BOOST_TEST(platform.stored.at(std::string(kPlacesStorageKey)) == before);

  // Unreadable storage is reported and left for the visitor's next change to replace.
  platform.stored[std::string(kPlacesStorageKey)] = "{not json";
  PlacesSession broken(platform, /*keep=*/true);
  BOOST_TEST(broken.places().empty());
  BOOST_TEST(!platform.warnings.empty());
  BOOST_TEST(platform.stored.at(std::string(kPlacesStorageKey)) == "{not json");
}

BOOST_AUTO_TEST_CASE(where_i_am_now_is_asked_only_after_a_tap) {
  FakePlatform platform;
  PlacesSession session(platform, /*keep=*/true);
  session.Located({59.33, 18.06});  // the map's own answer: not for this screen
  BOOST_TEST(session.places().empty());
  BOOST_TEST(platform.locate_calls == 0);
  PlacesIntents locate;
  locate.locate = true;
  session.Apply(locate);
  BOOST_TEST(platform.locate_calls == 1);
  BOOST_TEST(session.locating());
  session.Located({59.2741, 15.2066});  // Örebro, Stortorget
  BOOST_TEST_REQUIRE(session.places().size() == 1u);
  BOOST_TEST(session.places()[0].code == "1880");
  BOOST_TEST((session.places()[0].position == GeoPoint{59.2741, 15.2066}));
  session.Apply(locate);
  BOOST_TEST(platform.locate_calls == 2);
  session.LocationFailed(LocationError::Denied);
  PlacesView view;
  session.Fill(view);
  BOOST_TEST((view.location_error == LocationError::Denied));
  BOOST_TEST(!view.locating);
}

BOOST_AUTO_TEST_CASE(alerts_for_other_places_leave_the_bar_and_each_new_one_is_announced_once) {
  FakePlatform platform;
  PlacesSession session(platform, /*keep=*/false);
  Incident mine = Alert("mine", {"1880"});
  const Incident other = Alert("other", {"0180"});
  AlertsView view;
  view.active = {&mine, &other};
  session.Classify(view.active);
  session.Split(view);
  BOOST_TEST(view.active.size() == 2u, "no places: every alert stays in the bar");
  PlacesIntents add;
  add.add = "1880";
  session.Apply(add);
  session.Split(view);
  BOOST_TEST(view.active.size() == 2u, "whose each alert is was decided for the places before");
  session.Classify(view.active);
  session.Split(view);
  BOOST_TEST((view.active == std::vector<const Incident*>{&mine}));
  BOOST_TEST((view.elsewhere == std::vector<const Incident*>{&other}));
  BOOST_TEST(AlertsKey(view) != AlertsKey(AlertsView{{&mine}, {}, {}, 0}), "a change elsewhere redraws the bar's link");

  BOOST_TEST((session.TakeUnannounced(view) == std::vector<const Incident*>{&mine}));
  BOOST_TEST(session.TakeUnannounced(view).empty(), "announced once");
  mine.updated_ms = 2;  // a CAP Update
  BOOST_TEST(session.TakeUnannounced(view).size() == 1u, "an update is announced again");
  view.active.clear();
  BOOST_TEST(session.TakeUnannounced(view).empty());
}

BOOST_AUTO_TEST_SUITE_END()
