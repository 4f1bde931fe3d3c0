// SWEREF 99 TM by Lantmäteriet's Gauss-Krüger formulas ("Gauss-Krügers formler", Lantmäteriet,
// geodesi; the projection parameters of EPSG:3006). Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#include "core/base/sweref99.h"

#include <cmath>

namespace beredd::core {
namespace {

// GRS 80 and SWEREF 99 TM's projection (EPSG:3006).
constexpr double kAxis = 6378137.0;               // semi-major axis a, metres
constexpr double kFlattening = 1 / 298.257222101;  // f
constexpr double kCentralMeridian = 15.0;         // degrees east
constexpr double kScale = 0.9996;                 // k0
constexpr double kFalseNorthing = 0.0;
constexpr double kFalseEasting = 500000.0;
constexpr double kPi = 3.14159265358979323846;
constexpr double kRadians = kPi / 180;

struct Constants {
  double e2, n, a_hat;
  double A, B, C, D;                // latitude to conformal latitude
  double A_, B_, C_, D_;            // and back
  double beta[4], delta[4];         // the forward and inverse series
};

Constants Make() {
  Constants k{};
  const double f = kFlattening;
  k.e2 = f * (2 - f);
  k.n = f / (2 - f);
  const double n = k.n, n2 = n * n, n3 = n2 * n, n4 = n3 * n;
  const double e2 = k.e2, e4 = e2 * e2, e6 = e4 * e2, e8 = e6 * e2;
  k.a_hat = kAxis / (1 + n) * (1 + n2 / 4 + n4 / 64);
  k.A = e2;
  k.B = (5 * e4 - e6) / 6;
  k.C = (104 * e6 - 45 * e8) / 120;
  k.D = 1237 * e8 / 1260;
  k.A_ = e2 + e4 + e6 + e8;
  k.B_ = -(7 * e4 + 17 * e6 + 30 * e8) / 6;
  k.C_ = (224 * e6 + 889 * e8) / 120;
  k.D_ = -4279 * e8 / 1260;
  k.beta[0] = n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180;
  k.beta[1] = 13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440;
  k.beta[2] = 61 * n3 / 240 - 103 * n4 / 140;
  k.beta[3] = 49561 * n4 / 161280;
  k.delta[0] = n / 2 - 2 * n2 / 3 + 37 * n3 / 96 - n4 / 360;
  k.delta[1] = n2 / 48 + n3 / 15 - 437 * n4 / 1440;
  k.delta[2] = 17 * n3 / 480 - 37 * n4 / 840;
  k.delta[3] = 4397 * n4 / 161280;
  return k;
}

const Constants kGrs80 = Make();

// The series inverse alone (accurate to about 0.1 mm).
GeoPoint InverseSeries(const SwerefPoint& grid) {
  const Constants& k = kGrs80;
  const double xi = (grid.northing - kFalseNorthing) / (kScale * k.a_hat);
  const double eta = (grid.easting - kFalseEasting) / (kScale * k.a_hat);
  double xi_ = xi, eta_ = eta;
  for (int j = 0; j < 4; ++j) {
    const double m = 2.0 * (j + 1);
    xi_ -= k.delta[j] * std::sin(m * xi) * std::cosh(m * eta);
    eta_ -= k.delta[j] * std::cos(m * xi) * std::sinh(m * eta);
  }
  const double conformal = std::asin(std::sin(xi_) / std::cosh(eta_));
  const double d_lambda = std::atan(std::sinh(eta_) / std::cos(xi_));
  const double s = std::sin(conformal);
  const double s2 = s * s;
  const double lat = conformal + s * std::cos(conformal) * (k.A_ + k.B_ * s2 + k.C_ * s2 * s2 + k.D_ * s2 * s2 * s2);
  return {lat / kRadians, kCentralMeridian + d_lambda / kRadians};
}

}  // namespace

SwerefPoint ToSweref99(const GeoPoint& wgs84) {
  const Constants& k = kGrs80;
  const double lat = wgs84.lat * kRadians;
  const double d_lambda = (wgs84.lon - kCentralMeridian) * kRadians;
  const double s = std::sin(lat);
  const double s2 = s * s;
  const double conformal = lat - s * std::cos(lat) * (k.A + k.B * s2 + k.C * s2 * s2 + k.D * s2 * s2 * s2);
  const double xi_ = std::atan(std::tan(conformal) / std::cos(d_lambda));
  const double eta_ = std::atanh(std::cos(conformal) * std::sin(d_lambda));
  double xi = xi_, eta = eta_;
  for (int j = 0; j < 4; ++j) {
    const double m = 2.0 * (j + 1);
    xi += k.beta[j] * std::sin(m * xi_) * std::cosh(m * eta_);
    eta += k.beta[j] * std::cos(m * xi_) * std::sinh(m * eta_);
  }
  return {kScale * k.a_hat * xi + kFalseNorthing, kScale * k.a_hat * eta + kFalseEasting};
}

GeoPoint FromSweref99(const SwerefPoint& grid) {
  // The series are truncated at n^4, so on their own forward and inverse disagree by up to about
  // 0.1 mm. Correcting by what the inverse makes of the forward's error makes them each other's
  // inverse to rounding: p += I(grid) - I(F(p)), where I is close to F's inverse.
  const GeoPoint target = InverseSeries(grid);
  GeoPoint point = target;
  for (int i = 0; i < 3; ++i) {
    const GeoPoint seen = InverseSeries(ToSweref99(point));
    point = {point.lat + (target.lat - seen.lat), point.lon + (target.lon - seen.lon)};
  }
  return point;
}

}  // namespace beredd::core
