// The incident list's rows: the filters, the texts each row shows, and that they are made again
// only when the incidents, the filters, the language or the minute changed, never per frame.
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "core/feed/feed.h"
#include "core/feed/incident_list.h"
#include "tests/core/shipped_packs.h"

using namespace beredd::core;

namespace {

constexpr std::int64_t kNow = 1'749'290'000'000;  // 2025-06-07T09:53:20Z, 11:53 in Sweden

std::vector<Incident> Incidents() {
  std::vector<Incident> incidents;
  for (int i = 0; i < 6; ++i) {
    Incident incident;
    incident.id = "i" + std::to_string(i);
    incident.title = "Händelse " + std::to_string(i);
    incident.summary = i == 0 ? "" : "Sammanfattning " + std::to_string(i);
    incident.category = i % 2 == 0 ? "Brand" : "Trafikolycka";
    incident.area_name = "Solna";
    incident.source = "Polisen";
    incident.precision = LocationPrecision::Area;
    incident.position = i == 3 ? GeoPoint{55.605, 13.0038} : GeoPoint{59.36, 18.0};  // i3 in Malmö
    incident.time_ms = kNow - i * 30 * 60000LL;  // newest first, half an hour apart
    incidents.push_back(incident);
  }
  incidents.back().time_ms = kNow - 26 * 3600000LL;  // yesterday
  return incidents;
}

MapView View(const std::vector<Incident>& incidents) {
  MapView view;
  view.incidents = &incidents;
  view.incidents_version = 1;
  view.now_ms = kNow;
  view.utc_offset_minutes = 120;
  return view;
}

std::vector<std::string> Titles(const MapView& view) {
  std::vector<std::string> titles;
  for (const ListedIncident& row : *view.rows) titles.push_back(row.incident->title);
  return titles;
}

using Titles_ = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_SUITE(incident_list)

BOOST_AUTO_TEST_CASE(rows_say_when_what_where_and_who_and_pass_the_filters) {
  const beredd::test::BuiltIn built_in;
  const ContentPack& sv = built_in.packs.default_pack();
  const std::vector<Incident> incidents = Incidents();
  IncidentList list;
  MapView view = View(incidents);
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST_REQUIRE(view.rows->size() == 6u);
  BOOST_TEST((*view.rows)[0].detail == "11:53 · Brand · Solna (ungefärlig plats) · Källa: Polisen");
  BOOST_TEST((*view.rows)[0].description == (*view.rows)[0].detail, "no summary: the detail alone");
  BOOST_TEST((*view.rows)[1].description == "11:23 · Trafikolycka · Solna (ungefärlig plats) · Källa: Polisen. Sammanfattning 1");
  BOOST_TEST((*view.rows)[5].detail.rfind("2025-06-06 09:53 · ", 0) == 0, "not today: with its date");
  BOOST_TEST(*view.categories == (Titles_{"Brand", "Trafikolycka"}));

  view.category = "Brand";
  view.within_hours = 1;
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST(Titles(view) == (Titles_{"Händelse 0", "Händelse 2"}), "fires within the hour");
  view.category.clear();
  view.within_hours = 0;
  view.near = GeoPoint{55.59, 13.0};  // Möllevången, Malmö
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST(Titles(view) == Titles_{"Händelse 3"});
  BOOST_TEST((*view.rows)[0].detail.find(" · 2 km bort · ") != std::string::npos, (*view.rows)[0].detail);
  view.near.reset();
  view.map_bounds = GeoBox{55.0, 12.0, 56.0, 14.0};
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST(view.rows->size() == 6u, "the map's area counts only when that filter is on");
  view.only_map_area = true;
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST(Titles(view) == Titles_{"Händelse 3"});
}

BOOST_AUTO_TEST_CASE(rows_are_made_again_only_when_what_they_show_changed) {
  beredd::test::BuiltIn built_in;
  const ContentPack sv = built_in.packs.default_pack();
  built_in.packs.SwitchToNext();
  const ContentPack en = built_in.packs.current();
  BOOST_TEST_REQUIRE(en.locale == "en");
  std::vector<Incident> incidents = Incidents();
  IncidentList list;
  MapView view = View(incidents);
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST(list.builds() == 1);
  // The next frames, seconds later: the same rows, not made again.
  for (int frame = 1; frame <= 3; ++frame) {
    MapView next = View(incidents);
    next.now_ms = kNow + frame * 1000;
    list.Fill(next, sv.strings, "sv");
    BOOST_TEST(next.rows->size() == 6u);
  }
  BOOST_TEST(list.builds() == 1, "frames do not make the rows");
  // The feed changed (its version says so): made again, with the new title.
  incidents[0].title = "Släckt";
  view.incidents_version = 2;
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST(list.builds() == 2);
  BOOST_TEST((*view.rows)[0].incident->title == "Släckt");
  // A minute later the hour filters move: made again.
  view.now_ms = kNow + 60000;
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST(list.builds() == 3);
  // A filter changed: made again; the map moved while its area filter is off: not.
  view.category = "Brand";
  list.Fill(view, sv.strings, "sv");
  view.map_bounds = GeoBox{55.0, 12.0, 56.0, 14.0};
  list.Fill(view, sv.strings, "sv");
  BOOST_TEST(list.builds() == 4);
  view.category.clear();
  // Another language: its words.
  list.Fill(view, en.strings, "en");
  BOOST_TEST(list.builds() == 5);
  BOOST_TEST((*view.rows)[0].detail == "11:53 · Brand · Solna (approximate location) · Source: Polisen");
  // A pack loaded again may have other texts: Invalidate makes them anew.
  list.Invalidate();
  list.Fill(view, en.strings, "en");
  BOOST_TEST(list.builds() == 6);
  // No incidents yet.
  MapView none;
  list.Fill(none, sv.strings, "sv");
  BOOST_TEST(none.rows->empty());
  BOOST_TEST(none.categories->empty());
}

// After a poll that changed a few incidents, only their rows get new texts; every row says
// what rows made from scratch would say.
BOOST_AUTO_TEST_CASE(after_a_poll_only_the_changed_incidents_texts_are_made_again) {
  beredd::test::BuiltIn built_in;
  const ContentPack sv = built_in.packs.default_pack();
  built_in.packs.SwitchToNext();
  const ContentPack en = built_in.packs.current();
  const std::vector<Incident> before = Incidents();
  IncidentList list;
  MapView first = View(before);
  list.Fill(first, sv.strings, "sv");
  BOOST_TEST(list.texts_made() == 6u);

  std::vector<Incident> after = Incidents();  // another vector, as a poll makes
  after[1].category = "Brand";                // changed: its row says so
  after[1].summary = "Släckt";
  after.erase(after.begin() + 2);             // removed
  Incident added = after[0];
  added.id = "new";
  added.title = "Ny händelse";
  added.time_ms = kNow - 5 * 60000LL;
  after.insert(after.begin() + 1, added);
  const FeedDiff change = DiffIncidents(before, after);
  BOOST_TEST_REQUIRE(change.added == std::vector<std::string>{"new"});
  BOOST_TEST_REQUIRE(change.changed == std::vector<std::string>{"i1"});
  BOOST_TEST_REQUIRE(change.removed == std::vector<std::string>{"i2"});
  BOOST_TEST((change.unchanged_from == std::vector<std::int32_t>{0, -1, -1, 3, 4, 5}));
  MapView polled = View(after);
  polled.incidents_version = 2;
  polled.change = &change;
  polled.change_from_version = 1;
  list.Fill(polled, sv.strings, "sv");
  BOOST_TEST(list.texts_made() == 2u, "the added and the changed incident");

  IncidentList fresh;
  MapView scratch = View(after);
  fresh.Fill(scratch, sv.strings, "sv");
  BOOST_TEST_REQUIRE(polled.rows->size() == scratch.rows->size());
  for (std::size_t i = 0; i < scratch.rows->size(); ++i) {
    const ListedIncident& kept = (*polled.rows)[i];
    const ListedIncident& made = (*scratch.rows)[i];
    BOOST_TEST(kept.incident == &after[i], "rows point into the new vector");
    BOOST_TEST(kept.detail == made.detail);
    BOOST_TEST(kept.description == made.description);
  }
  BOOST_TEST((*polled.rows)[2].description.find("Släckt") != std::string::npos);

  // A change that does not start where the rows were built (a poll the list never saw) and
  // a change of anything else (here the language) make every text again.
  const auto texts_made_after = [&](std::uint64_t from, std::uint64_t to, const ContentPack& pack) {
    MapView view = View(after);
    view.incidents_version = to;
    view.change = &change;
    view.change_from_version = from;
    list.Fill(view, pack.strings, pack.locale);
    return list.texts_made();
  };
  BOOST_TEST(texts_made_after(3, 4, sv) == 6u);
  BOOST_TEST(texts_made_after(4, 5, en) == 6u);
}

// Where a change does not say where its unchanged incidents were, every text is made again.
BOOST_AUTO_TEST_CASE(texts_are_kept_only_where_the_change_says_where_each_incident_was) {
  const beredd::test::BuiltIn built_in;
  const ContentPack& sv = built_in.packs.default_pack();
  const std::vector<Incident> before = Incidents();
  const std::vector<Incident> after = Incidents();
  const auto texts_made = [&](const FeedDiff& change) {
    IncidentList list;
    MapView first = View(before);
    list.Fill(first, sv.strings, "sv");
    MapView polled = View(after);
    polled.incidents_version = 2;
    polled.change = &change;
    polled.change_from_version = 1;
    list.Fill(polled, sv.strings, "sv");
    BOOST_TEST(polled.rows->size() == 6u);
    return list.texts_made();
  };
  const FeedDiff unchanged = DiffIncidents(before, after);
  BOOST_TEST_REQUIRE(unchanged.unchanged_from.size() == 6u);
  BOOST_TEST(texts_made(unchanged) == 0u, "nothing changed");
  FeedDiff without_positions = unchanged;
  without_positions.unchanged_from.clear();
  BOOST_TEST(texts_made(without_positions) == 6u);
}

BOOST_AUTO_TEST_SUITE_END()
