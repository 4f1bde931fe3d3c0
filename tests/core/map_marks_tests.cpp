// The map's marks: area incidents at one place share one ring with a count, polygons and exact
// spots are one mark each, unplaced incidents none, and an update says only what changed.
#include <boost/test/unit_test.hpp>

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
