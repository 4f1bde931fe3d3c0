// A position as it is read out to the 112 operator: decimal degrees (WGS84), degrees and decimal
// minutes, and SWEREF 99 TM metres with their digits grouped in threes. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <cstdint>
#include <string>

#include "core/base/geo.h"

namespace beredd::core {

// Worse than this, the screen warns that the position may be far off (Sweden's rescue services
// search a much smaller area than a phone's coarse fix covers).
inline constexpr double kPoorAccuracyMetres = 100;

// Swedish writes decimals with a comma ("59,32930"), English with a point.
enum class DecimalMark { Comma, Point };

struct PositionText {
  // "59,32930" and "18,06860": five decimals, about a metre. Without the hemisphere: north and
  // east are `north` and `east` (a pack's texts name them: N/S, Ö/V or E/W).
  std::string lat_decimal, lon_decimal;
  // "59° 19,758′" and "18° 04,116′": whole degrees, minutes with three decimals.
  std::string lat_minutes, lon_minutes;
  // "6 580 743" and "674 572": SWEREF 99 TM northing and easting, whole metres, in threes.
  std::string northing, easting;
  bool north = true, east = true;
};

PositionText DescribePosition(const GeoPoint& wgs84, DecimalMark mark);

// "12 345" from 12345: digits in threes from the right, a space between (negative numbers keep
// their sign).
std::string GroupDigits(std::int64_t value);

}  // namespace beredd::core
