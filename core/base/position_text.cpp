// A position as it is read out to the 112 operator. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#include "core/base/position_text.h"

#include <cmath>
#include <cstdio>

#include "core/base/sweref99.h"

namespace beredd::core {
namespace {

std::string WithMark(std::string text, DecimalMark mark) {
  if (mark == DecimalMark::Comma) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string Decimal(double degrees, DecimalMark mark) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.5f", std::abs(degrees));
  return WithMark(buffer, mark);
}

// Minutes are rounded first, so 59.99999999° reads "60° 00,000′", never "59° 60,000′".
std::string DegreesMinutes(double degrees, DecimalMark mark) {
  const long long thousandths = std::llround(std::abs(degrees) * 60 * 1000);  // of a minute
  const long long whole = thousandths / (60 * 1000);
  const long long minute_thousandths = thousandths % (60 * 1000);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%lld\u00B0 %02lld.%03lld\u2032", whole, minute_thousandths / 1000,
                minute_thousandths % 1000);
  return WithMark(buffer, mark);
}

}  // namespace

std::string GroupDigits(std::int64_t value) {
  const bool negative = value < 0;
  std::string digits = std::to_string(negative ? -value : value);
  for (std::ptrdiff_t at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, " ");
  return negative ? "-" + digits : digits;
}

PositionText DescribePosition(const GeoPoint& wgs84, DecimalMark mark) {
  PositionText text;
  text.north = wgs84.lat >= 0;
  text.east = wgs84.lon >= 0;
  text.lat_decimal = Decimal(wgs84.lat, mark);
  text.lon_decimal = Decimal(wgs84.lon, mark);
  text.lat_minutes = DegreesMinutes(wgs84.lat, mark);
  text.lon_minutes = DegreesMinutes(wgs84.lon, mark);
  const SwerefPoint grid = ToSweref99(wgs84);
  text.northing = GroupDigits(std::llround(grid.northing));
  text.easting = GroupDigits(std::llround(grid.easting));
  return text;
}

}  // namespace beredd::core
