// Which alerts concern a visitor's places (my_places.h). Layer: core (std only).
// Must not include nlohmann, ui, web or Emscripten headers.
#include "core/places/my_places.h"

#include <algorithm>

#include "core/base/swedish_municipalities.h"

namespace beredd::core {
namespace {

// Ray casting on the outer ring, then the holes (which take the point back out).
bool InRing(const GeoPoint& point, const std::vector<GeoPoint>& ring) {
  bool inside = false;
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const GeoPoint& a = ring[i];
    const GeoPoint& b = ring[j];
    if ((a.lat > point.lat) != (b.lat > point.lat) &&
        point.lon < (b.lon - a.lon) * (point.lat - a.lat) / (b.lat - a.lat) + a.lon) {
      inside = !inside;
    }
  }
  return inside;
}

bool InPolygon(const GeoPoint& point, const std::vector<std::vector<GeoPoint>>& polygon) {
  if (polygon.empty() || polygon.front().size() < 3 || !InRing(point, polygon.front())) return false;
  return std::none_of(polygon.begin() + 1, polygon.end(),
                      [&](const std::vector<GeoPoint>& hole) { return hole.size() >= 3 && InRing(point, hole); });
}

GeoPoint PositionOf(const SavedPlace& place) {
  if (place.position) return *place.position;
  const Municipality* municipality = FindMunicipality(place.code);
  return municipality != nullptr ? municipality->position : kSwedenCentre;
}

}  // namespace

bool ConcernsEveryone(const Incident& alert) {
  if (!IsPlaced(alert) && alert.area_codes.empty()) return true;
  return std::find(alert.area_codes.begin(), alert.area_codes.end(), kSwedenCode) != alert.area_codes.end();
}

bool Concerns(const Incident& alert, const SavedPlace& place) {
  if (ConcernsEveryone(alert)) return true;
  const std::string_view county = std::string_view(place.code).substr(0, 2);
  for (const std::string& code : alert.area_codes) {
    if (code == place.code || code == county) return true;
  }
  // A drawn area holding the place, or (a municipality being larger than its seat) centred in it.
  if (!alert.polygon.empty()) {
    return InPolygon(PositionOf(place), alert.polygon) ||
           (!place.position && NearestMunicipality(alert.position).code == place.code);
  }
  if (!alert.area_codes.empty() || !IsPlaced(alert)) return false;
  return NearestMunicipality(alert.position).code == place.code;
}

bool ConcernsAny(const Incident& alert, const std::vector<SavedPlace>& places) {
  return places.empty() ||
         std::any_of(places.begin(), places.end(), [&](const SavedPlace& place) { return Concerns(alert, place); });
}

}  // namespace beredd::core
