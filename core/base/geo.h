// Points and boxes on the Earth, Sweden's box, and distances for "near me". Layer: core (std
// only). The feed, the map and "near me" build on it, so it must not include any of theirs.
#pragma once

namespace beredd::core {

struct GeoPoint {
  double lat = 0;
  double lon = 0;
  bool operator==(const GeoPoint&) const = default;
};

// A latitude/longitude box from its south-west to its north-east corner (never across the
// antimeridian: nothing Beredd shows comes near it).
struct GeoBox {
  double south = 0, west = 0, north = 0, east = 0;
  constexpr bool Contains(const GeoPoint& p) const {
    return p.lat >= south && p.lat <= north && p.lon >= west && p.lon <= east;
  }
  // The box with `degrees` more on every side.
  constexpr GeoBox Grown(double degrees) const {
    return {south - degrees, west - degrees, north + degrees, east + degrees};
  }
  bool operator==(const GeoBox&) const = default;
};

// All of Sweden, islands included: Smygehuk to Treriksröset, the Koster islands to Haparanda.
// The map opens on it; feeds are checked against it with a margin (core/feed/formats/feed_reading.cpp).
inline constexpr GeoBox kSweden{55.3, 10.9, 69.1, 24.2};

// Great-circle distance in kilometres (haversine, mean Earth radius): good to well under 1%
// at the distances a "near me" filter cares about.
double DistanceKm(const GeoPoint& a, const GeoPoint& b);

}  // namespace beredd::core
