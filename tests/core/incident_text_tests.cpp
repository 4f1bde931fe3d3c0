// The words the list and the popup both use for an incident (core/feed/incident_text.h).
#include <boost/test/unit_test.hpp>

#include "core/feed/incident_text.h"

using namespace beredd::core;

namespace {

const Catalog kStrings(Catalog::Texts{{"map.area", "ungefärlig plats"},
                                      {"map.unplaced", "visas inte på kartan"},
                                      {"map.source", "Källa: {source}"}});

Incident Fire() {
  Incident incident;
  incident.category = "Brand";
  incident.area_name = "Uppsala";
  incident.source = "Polisen";
  return incident;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(incident_text)

BOOST_AUTO_TEST_CASE(what_and_where_with_the_precision) {
  Incident incident = Fire();
  incident.precision = LocationPrecision::Exact;
  BOOST_TEST(IncidentWhatWhere(incident, kStrings) == "Brand · Uppsala");
  incident.precision = LocationPrecision::Area;
  BOOST_TEST(IncidentWhatWhere(incident, kStrings) == "Brand · Uppsala (ungefärlig plats)");
  incident.category.clear();
  BOOST_TEST(IncidentWhatWhere(incident, kStrings) == "Uppsala (ungefärlig plats)");
  incident.area_name.clear();
  BOOST_TEST(IncidentWhatWhere(incident, kStrings) == "(ungefärlig plats)");
  incident.precision = LocationPrecision::Exact;
  BOOST_TEST(IncidentWhatWhere(incident, kStrings).empty());
  incident.area_name = "Örebro kommun";
  incident.precision = LocationPrecision::Unplaced;
  BOOST_TEST(IncidentWhatWhere(incident, kStrings) == "Örebro kommun (visas inte på kartan)");
}

BOOST_AUTO_TEST_CASE(the_source_only_when_the_feed_names_one) {
  Incident incident = Fire();
  BOOST_TEST(IncidentSource(incident, kStrings) == "Källa: Polisen");
  incident.source.clear();
  BOOST_TEST(IncidentSource(incident, kStrings).empty());
}

BOOST_AUTO_TEST_SUITE_END()
