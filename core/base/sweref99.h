// WGS84 latitude and longitude to SWEREF 99 TM (EPSG:3006), the national grid Swedish rescue
// services and MSB read positions in, and back: Lantmäteriet's Gauss-Krüger formulas on GRS 80.
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include "core/base/geo.h"

namespace beredd::core {

// Metres in SWEREF 99 TM: northing from the equator, easting with 500 000 at 15° E.
struct SwerefPoint {
  double northing = 0;
  double easting = 0;
};

// Within SWEREF 99 TM's zone (Sweden and its waters) the forward formulas agree with PROJ's
// to well under a millimetre (tests/core/sweref99_tests.cpp).
SwerefPoint ToSweref99(const GeoPoint& wgs84);
// The inverse series, refined until ToSweref99 gives `grid` back: a round trip returns the
// same degrees to 1e-9 or better.
GeoPoint FromSweref99(const SwerefPoint& grid);

}  // namespace beredd::core
