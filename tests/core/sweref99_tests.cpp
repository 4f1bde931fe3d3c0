// SWEREF 99 TM: core's Gauss-Krüger formulas against PROJ (Debian proj-bin's cs2cs, EPSG:4326 to
// EPSG:3006 and back) on a grid of 1,080 points over Sweden and its waters, and round trips.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>  // getpid

#include "core/base/sweref99.h"

using namespace beredd::core;

namespace {

// 55.0-69.5 N by 0.5, 10.5-24.5 E by 0.4: Sweden's box with its sea, 30 x 36 points.
std::vector<GeoPoint> SwedenGrid() {
  std::vector<GeoPoint> grid;
  for (int row = 0; row < 30; ++row) {
    for (int col = 0; col < 36; ++col) grid.push_back({55.0 + 0.5 * row, 10.5 + 0.4 * col});
  }
  return grid;
}

// Pairs of numbers PROJ prints for `input` (one "a b" pair per line) through cs2cs `from` `to`.
std::vector<std::pair<double, double>> Cs2cs(const std::string& input, const char* from, const char* to,
                                             const char* format) {
  const std::string cs2cs = BEREDD_CS2CS;
  BOOST_TEST_REQUIRE(!cs2cs.empty(), "cs2cs not found: bash .ci/setup test installs Debian's proj-bin");
  const auto file = std::filesystem::temp_directory_path() / ("beredd-sweref-" + std::to_string(::getpid()) + ".txt");
  std::ofstream(file) << input;
  const std::string command = cs2cs + " -f " + format + " " + from + " " + to + " < " + file.string();
  FILE* pipe = ::popen(command.c_str(), "r");
  BOOST_TEST_REQUIRE(pipe != nullptr);
  std::vector<std::pair<double, double>> out;
  double a = 0, b = 0, height = 0;
  while (std::fscanf(pipe, "%lf %lf %lf", &a, &b, &height) == 3) out.emplace_back(a, b);
  BOOST_TEST_REQUIRE(::pclose(pipe) == 0, command);
  std::filesystem::remove(file);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sweref99)

BOOST_AUTO_TEST_CASE(wgs84_to_sweref99_tm_agrees_with_proj_within_a_millimetre) {
  const std::vector<GeoPoint> grid = SwedenGrid();
  std::string input;
  for (const GeoPoint& p : grid) input += std::to_string(p.lat) + " " + std::to_string(p.lon) + "\n";
  const auto proj = Cs2cs(input, "EPSG:4326", "EPSG:3006", "%.6f");  // northing, easting
  BOOST_TEST_REQUIRE(proj.size() == grid.size());
  double worst = 0;
  for (std::size_t i = 0; i < grid.size(); ++i) {
    const SwerefPoint ours = ToSweref99(grid[i]);
    worst = std::max({worst, std::abs(ours.northing - proj[i].first), std::abs(ours.easting - proj[i].second)});
  }
  BOOST_TEST_MESSAGE("largest difference from PROJ over " << grid.size() << " points: " << worst * 1000 << " mm");
  BOOST_TEST(worst <= 0.001);
}

BOOST_AUTO_TEST_CASE(sweref99_tm_to_wgs84_agrees_with_proj) {
  std::vector<SwerefPoint> grid;
  for (const GeoPoint& p : SwedenGrid()) grid.push_back(ToSweref99(p));
  std::string input;
  char line[64];
  for (const SwerefPoint& g : grid) {
    std::snprintf(line, sizeof line, "%.4f %.4f\n", g.northing, g.easting);
    input += line;
  }
  const auto proj = Cs2cs(input, "EPSG:3006", "EPSG:4326", "%.12f");  // latitude, longitude
  BOOST_TEST_REQUIRE(proj.size() == grid.size());
  double worst = 0;
  for (std::size_t i = 0; i < grid.size(); ++i) {
    // The input was rounded to 0.1 mm: compare from the same rounded grid point.
    char rounded[64];
    std::snprintf(rounded, sizeof rounded, "%.4f %.4f", grid[i].northing, grid[i].easting);
    SwerefPoint g;
    std::sscanf(rounded, "%lf %lf", &g.northing, &g.easting);
    const GeoPoint ours = FromSweref99(g);
    worst = std::max({worst, std::abs(ours.lat - proj[i].first), std::abs(ours.lon - proj[i].second)});
  }
  BOOST_TEST_MESSAGE("largest difference from PROJ: " << worst << " degrees");
  BOOST_TEST(worst <= 1e-9);  // about 0.1 mm
}

BOOST_AUTO_TEST_CASE(a_round_trip_returns_the_same_degrees) {
  double worst = 0;
  for (const GeoPoint& p : SwedenGrid()) {
    const GeoPoint back = FromSweref99(ToSweref99(p));
    worst = std::max({worst, std::abs(back.lat - p.lat), std::abs(back.lon - p.lon)});
  }
  BOOST_TEST_MESSAGE("largest round-trip error: " << worst << " degrees");
  BOOST_TEST(worst <= 1e-9);
}

BOOST_AUTO_TEST_CASE(the_central_meridian_maps_to_the_false_easting) {
  // On 15° E the easting is exactly 500 000 m, and at the equator the northing is 0.
  BOOST_TEST(ToSweref99({62.0, 15.0}).easting == 500000.0, boost::test_tools::tolerance(1e-9));
  BOOST_TEST(ToSweref99({0.0, 15.0}).northing == 0.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()
