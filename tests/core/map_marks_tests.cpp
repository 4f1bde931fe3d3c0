// The map's marks: area incidents at one place share one ring with a count, polygons and exact
// spots are one mark each, unplaced incidents none, and an update says only what changed.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "core/feed/map_marks.h"

using namespace beredd::core;

namespace {

Incident Area(std::string id, double lat, double lon, std::string place) {
  Incident incident;
  incident.id = std::move(id);
  incident.title = "Händelse " + incident.id;
  incident.area_name = std::move(place);
  incident.precision = LocationPrecision::Area;
  incident.position = {lat, lon};
  return incident;
}

Incident Spot(std::string id, double lat, double lon) {
  Incident incident = Area(std::move(id), lat, lon, "");
  incident.precision = LocationPrecision::Exact;
  return incident;
}

Incident Shape(std::string id) {
  Incident incident = Spot(std::move(id), 59.3, 18.0);
  incident.precision = LocationPrecision::Area;
  incident.polygon = {{{59.2, 17.9}, {59.4, 17.9}, {59.4, 18.1}, {59.2, 17.9}}};
  return incident;
}

using Keys = std::vector<std::string>;

// What the marks must be, made the plain way: every mark from its incidents, compared whole
// with the ones before (the diff MapMarks::Update must give without remaking what stayed).
struct PlainMarks {
  std::map<std::string, MapMark> marks;
  MarkDiff Update(const std::vector<Incident>& incidents) {
    std::map<std::string, MapMark> now;
    for (const Incident& incident : incidents) {
      const bool place = incident.polygon.empty() && incident.precision == LocationPrecision::Area;
      const bool escaped = incident.id.starts_with("place:") || incident.id.starts_with("id:");
      const std::string key = place      ? "place:" + std::to_string(std::llround(incident.position.lat * 10000)) + "," +
                                          std::to_string(std::llround(incident.position.lon * 10000))
                              : escaped ? "id:" + incident.id
                                        : incident.id;
      auto [it, added] = now.try_emplace(key);
      if (!added && it->second.kind != MarkKind::Place) continue;
      if (added) {
        it->second.key = key;
        it->second.kind = place ? MarkKind::Place : incident.polygon.empty() ? MarkKind::Point : MarkKind::Shape;
        it->second.position = incident.position;
        it->second.title = place ? incident.area_name : incident.title;
        it->second.polygon = incident.polygon;
      }
      it->second.incident_ids.push_back(incident.id);
    }
    MarkDiff diff;
    for (const auto& [key, mark] : marks) {
      const auto after = now.find(key);
      if (after == now.end() || after->second.kind != mark.kind) diff.removed.push_back(key);
    }
    for (const auto& [key, mark] : now) {
      const auto before = marks.find(key);
      if (before == marks.end() || before->second.kind != mark.kind) {
        diff.added.push_back(key);
      } else if (!(before->second == mark)) {
        diff.changed.push_back(key);
      }
    }
    marks = std::move(now);
    return diff;
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(map_marks)

BOOST_AUTO_TEST_CASE(area_incidents_at_one_place_share_one_ring_and_the_rest_have_their_own) {
  Incident unplaced = Area("u1", 0, 0, "Hamnen");
  unplaced.precision = LocationPrecision::Unplaced;
  MapMarks marks;
  const MarkDiff diff = marks.Update({Area("p1", 59.3293, 18.0686, "Stockholm"), Spot("s1", 55.6, 13.0),
                                      Area("p2", 59.32931, 18.06859, "Stockholm"), Shape("v1"),
                                      Area("p3", 57.7089, 11.9746, "Göteborg"), unplaced});
  BOOST_TEST(marks.mark_count() == 4);
  BOOST_TEST(marks.incident_count() == 5, "every placed incident, the unplaced one not");
  BOOST_TEST(marks.area_incident_count() == 4);
  BOOST_TEST(diff.added.size() == 4u);
  BOOST_TEST(diff.changed.empty());
  BOOST_TEST(diff.removed.empty());

  const MapMark* stockholm = marks.MarkOf("p2");
  BOOST_TEST_REQUIRE(stockholm != nullptr);
  BOOST_TEST(stockholm->key == "place:593293,180686");
  BOOST_TEST((stockholm->kind == MarkKind::Place));
  BOOST_TEST(stockholm->incident_ids == (Keys{"p1", "p2"}), "in the feed's order");
  BOOST_TEST(stockholm->title == "Stockholm");
  BOOST_TEST(marks.MarkOf("p1") == stockholm);
  BOOST_TEST(marks.MarkOf("p3")->incident_ids == Keys{"p3"});

  const MapMark* spot = marks.MarkOf("s1");
  BOOST_TEST_REQUIRE(spot != nullptr);
  BOOST_TEST((spot->kind == MarkKind::Point));
  BOOST_TEST(spot->key == "s1");
  BOOST_TEST(spot->title == "Händelse s1");
  const MapMark* shape = marks.Find("v1");
  BOOST_TEST_REQUIRE(shape != nullptr);
  BOOST_TEST((shape->kind == MarkKind::Shape));
  BOOST_TEST(shape->polygon.size() == 1u);
  BOOST_TEST(marks.MarkOf("u1") == nullptr, "listed only");
  BOOST_TEST(marks.MarkOf("nobody") == nullptr);
}

// Ids are unique in a feed; merged or hand-made lists may repeat one. Its first is the one found.
BOOST_AUTO_TEST_CASE(an_id_given_twice_is_found_where_it_was_first_drawn) {
  MapMarks marks;
  marks.Update({Area("twice", 57.7089, 11.9746, "Göteborg"), Area("twice", 59.3293, 18.0686, "Stockholm"),
                Spot("s1", 55.6, 13.0), Spot("s1", 56.0, 14.0)});
  BOOST_TEST(marks.incident_count() == 2);
  BOOST_TEST_REQUIRE(marks.MarkOf("twice") != nullptr);
  BOOST_TEST(marks.MarkOf("twice")->title == "Göteborg");
  BOOST_TEST(marks.MarkOf("s1")->position.lat == 55.6);
  marks.Update({Area("twice", 59.3293, 18.0686, "Stockholm")});
  BOOST_TEST(marks.MarkOf("twice")->title == "Stockholm");
  BOOST_TEST(marks.MarkOf("s1") == nullptr);
  BOOST_TEST(marks.incident_count() == 1);
}

BOOST_AUTO_TEST_CASE(an_update_names_only_the_marks_that_changed) {
  MapMarks marks;
  marks.Update({Area("p1", 59.3293, 18.0686, "Stockholm"), Area("p2", 59.3293, 18.0686, "Stockholm"),
                Area("p3", 57.7089, 11.9746, "Göteborg"), Area("p4", 63.8258, 20.263, "Umeå"),
                Spot("s1", 55.6, 13.0), Spot("s2", 67.85, 20.22), Spot("s3", 65.58, 22.15), Shape("v1")});
  Incident moved = Spot("s1", 55.7, 13.2);
  Incident retitled = Spot("s2", 67.85, 20.22);
  retitled.title = "Släckt";
  Incident now_area = Area("s3", 65.58, 22.15, "Luleå");
  Incident now_polygon = Shape("p4");
  const MarkDiff diff = marks.Update({Area("p0", 59.3293, 18.0686, "Stockholm"), Area("p1", 59.3293, 18.0686, "Stockholm"),
                                      Area("p2", 59.3293, 18.0686, "Stockholm"), moved, retitled, now_area,
                                      now_polygon, Shape("v1")});
  // Stockholm gained one; Göteborg lost its only one; Umeå's became a polygon of the same id:
  // its place is gone and the polygon is new. s3 moved from a pin to Luleå's ring.
  BOOST_TEST(diff.changed == (Keys{"place:593293,180686", "s1", "s2"}), "v1 did not change");
  BOOST_TEST(diff.removed == (Keys{"place:577089,119746", "place:638258,202630", "s3"}));
  BOOST_TEST(diff.added == (Keys{"p4", "place:655800,221500"}));
  BOOST_TEST(marks.MarkOf("p0")->incident_ids == (Keys{"p0", "p1", "p2"}));
  BOOST_TEST(marks.Find("s1")->position.lat == 55.7);

  // The same point becoming a polygon under one id: a map makes it anew, so removed and added.
  const MarkDiff reshaped = marks.Update({Shape("s1")});
  BOOST_TEST(reshaped.added == Keys{"s1"});
  BOOST_TEST(reshaped.removed == (Keys{"p4", "place:593293,180686", "place:655800,221500", "s1", "s2", "v1"}));
  BOOST_TEST(reshaped.changed.empty());
  BOOST_TEST(marks.Update({Shape("s1")}).empty(), "the same feed again changes nothing");
}

BOOST_AUTO_TEST_CASE(spots_drawn_before_are_found_again_and_only_the_changed_ones_are_named) {
  MapMarks marks;
  marks.Update({Spot("s1", 55.6, 13.0), Spot("s2", 56.0, 14.0), Shape("v1"), Spot("s3", 57.0, 15.0)});
  Incident renamed = Spot("s2", 56.0, 14.0);
  renamed.title = "Släckt";
  // s1 unchanged but given twice, the second time elsewhere: the first is drawn, as before.
  const MarkDiff diff = marks.Update({Spot("s1", 55.6, 13.0), renamed, Spot("s1", 58.0, 16.0), Shape("v1"),
                                      Spot("s4", 59.0, 17.0)});
  BOOST_TEST(diff.changed == Keys{"s2"});
  BOOST_TEST(diff.added == Keys{"s4"});
  BOOST_TEST(diff.removed == Keys{"s3"});
  BOOST_TEST(marks.mark_count() == 4);
  BOOST_TEST(marks.incident_count() == 4);
  BOOST_TEST(marks.area_incident_count() == 1, "the drawn area, kept as it was");
  BOOST_TEST_REQUIRE(marks.MarkOf("s1") != nullptr);
  BOOST_TEST(marks.MarkOf("s1")->position.lat == 55.6);
  BOOST_TEST(marks.MarkOf("s1")->incident_ids == Keys{"s1"});
  BOOST_TEST(marks.MarkOf("v1") == marks.Find("v1"));
  BOOST_TEST(marks.MarkOf("s2")->title == "Släckt");
  BOOST_TEST(marks.MarkOf("s3") == nullptr);
}

BOOST_AUTO_TEST_CASE(an_id_that_looks_like_a_place_is_still_its_own_mark) {
  MapMarks marks;
  const MarkDiff diff = marks.Update({Spot("place:550000,120000", 55.0, 12.0), Area("a1", 55.0, 12.0, "Malmö"),
                                      Spot("id:place:550000,120000", 55.0, 12.0)});
  BOOST_TEST(diff.added == (Keys{"id:id:place:550000,120000", "id:place:550000,120000", "place:550000,120000"}));
  BOOST_TEST_REQUIRE(marks.MarkOf("a1") != nullptr, "the area incident is on the map");
  BOOST_TEST((marks.MarkOf("a1")->kind == MarkKind::Place), "in its place's ring");
  BOOST_TEST((marks.MarkOf("place:550000,120000")->kind == MarkKind::Point));
  BOOST_TEST(marks.MarkOf("id:place:550000,120000")->key == "id:id:place:550000,120000");
  BOOST_TEST(marks.incident_count() == 3);
}

BOOST_AUTO_TEST_CASE(a_hundred_random_polls_give_the_marks_and_diffs_made_the_plain_way) {
  // Few ids, places and titles, so polls repeat, edit, move and re-kind the same incidents.
  std::mt19937 random(18);
  const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
  MapMarks marks;
  PlainMarks plain;
  for (int poll = 0; poll < 100; ++poll) {
    std::vector<Incident> incidents;
    const int count = pick(40);
    for (int i = 0; i < count; ++i) {
      // Now and then an id that is also a place's key, or looks escaped: each is still its own.
      const int odd = pick(20);
      const std::string id = odd == 0 ? "place:550000,120000" : odd == 1 ? "id:place:550000,120000" : "i" + std::to_string(pick(30));
      const double lat = 55.0 + pick(4), lon = 12.0 + pick(3);
      switch (pick(4)) {
        case 0: incidents.push_back(Area(id, lat, lon, "Ort " + std::to_string(pick(2)))); break;
        case 1: incidents.push_back(Shape(id)); break;
        default: incidents.push_back(Spot(id, lat, lon)); break;
      }
      if (pick(3) == 0) incidents.back().title = "Ändrad";
      if (pick(10) == 0) incidents.back().precision = LocationPrecision::Unplaced;
    }
    std::vector<Incident> placed;
    for (const Incident& incident : incidents) {
      if (IsPlaced(incident)) placed.push_back(incident);
    }
    const MarkDiff diff = marks.Update(incidents);
    const MarkDiff expected = plain.Update(placed);
    BOOST_TEST_CONTEXT("poll " << poll) {
      BOOST_TEST(diff.added == expected.added);
      BOOST_TEST(diff.changed == expected.changed);
      BOOST_TEST(diff.removed == expected.removed);
      BOOST_TEST_REQUIRE(marks.all().size() == plain.marks.size());
      std::size_t area_incidents = 0;
      for (const auto& [key, mark] : plain.marks) {
        if (mark.kind != MarkKind::Point) area_incidents += mark.incident_ids.size();
        BOOST_TEST_REQUIRE(marks.Find(key) != nullptr);
        BOOST_TEST((*marks.Find(key) == mark), key);
      }
      BOOST_TEST(marks.area_incident_count() == static_cast<int>(area_incidents));
      for (const Incident& incident : placed) {
        const MapMark* mark = marks.MarkOf(incident.id);
        BOOST_TEST_REQUIRE(mark != nullptr);
        const auto& ids = mark->incident_ids;
        BOOST_TEST((std::find(ids.begin(), ids.end(), incident.id) != ids.end()), incident.id);
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(twenty_thousand_police_events_are_a_few_hundred_rings) {
  // As the Police feed gives them: every event at the centre of one of 290 municipalities.
  std::vector<Incident> incidents;
  for (int i = 0; i < 20000; ++i) {
    const int place = i % 290;
    incidents.push_back(Area("e" + std::to_string(i), 55.4 + place * 0.045, 11.0 + (place % 37) * 0.35,
                             "Kommun " + std::to_string(place)));
  }
  MapMarks marks;
  BOOST_TEST(marks.Update(incidents).added.size() == 290u);
  BOOST_TEST(marks.mark_count() == 290);
  BOOST_TEST(marks.incident_count() == 20000);
  // One event more at one place: one ring changes.
  incidents.insert(incidents.begin(), Area("new", 55.4, 11.0, "Kommun 0"));
  const MarkDiff diff = marks.Update(incidents);
  BOOST_TEST(diff.changed == Keys{"place:554000,110000"});
  BOOST_TEST(diff.added.empty());
  BOOST_TEST(diff.removed.empty());
  BOOST_TEST(marks.MarkOf("new")->incident_ids.size() == 70u);
  BOOST_TEST(marks.MarkOf("new")->incident_ids.front() == "new");
}

BOOST_AUTO_TEST_SUITE_END()
