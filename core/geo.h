// Distances on the Earth, for "near me". Layer: core (std only).
#pragma once

#include "core/incident.h"

namespace beredd::core {

// Great-circle distance in kilometres (haversine, mean Earth radius): good to well under 1%
// at the distances a "near me" filter cares about.
double DistanceKm(const GeoPoint& a, const GeoPoint& b);

}  // namespace beredd::core
