// A position as read out to the 112 operator: decimals, degrees and minutes, SWEREF 99 TM in
// groups of three, in Swedish and English decimal marks.
#include <boost/test/unit_test.hpp>

#include "core/base/position_text.h"

using namespace beredd::core;

BOOST_AUTO_TEST_SUITE(position_text)

BOOST_AUTO_TEST_CASE(stockholm_reads_the_same_in_every_form) {
  // Sergels torg; SWEREF 99 TM from PROJ: cs2cs EPSG:4326 EPSG:3006 gives 6580743.0083 674571.8664.
  const PositionText sv = DescribePosition({59.3293, 18.0686}, DecimalMark::Comma);
  BOOST_TEST(sv.lat_decimal == "59,32930");
  BOOST_TEST(sv.lon_decimal == "18,06860");
  BOOST_TEST(sv.lat_minutes == "59\u00B0 19,758\u2032");
  BOOST_TEST(sv.lon_minutes == "18\u00B0 04,116\u2032");
  BOOST_TEST(sv.northing == "6 580 743");
  BOOST_TEST(sv.easting == "674 572");
  BOOST_TEST(sv.north);
  BOOST_TEST(sv.east);
  const PositionText en = DescribePosition({59.3293, 18.0686}, DecimalMark::Point);
  BOOST_TEST(en.lat_decimal == "59.32930");
  BOOST_TEST(en.lon_minutes == "18\u00B0 04.116\u2032");
  BOOST_TEST(en.northing == sv.northing, "grid metres have no decimal mark");
}

BOOST_AUTO_TEST_CASE(minutes_never_read_sixty) {
  BOOST_TEST(DescribePosition({59.9999999, 17.0}, DecimalMark::Comma).lat_minutes == "60\u00B0 00,000\u2032");
  BOOST_TEST(DescribePosition({59.5, 17.0}, DecimalMark::Comma).lat_minutes == "59\u00B0 30,000\u2032");
}

BOOST_AUTO_TEST_CASE(south_and_west_are_flagged_not_signed) {
  const PositionText text = DescribePosition({-33.5, -70.25}, DecimalMark::Point);
  BOOST_TEST(!text.north);
  BOOST_TEST(!text.east);
  BOOST_TEST(text.lat_decimal == "33.50000");
  BOOST_TEST(text.lon_minutes == "70\u00B0 15.000\u2032");
}

BOOST_AUTO_TEST_CASE(digits_are_grouped_in_threes_from_the_right) {
  BOOST_TEST(GroupDigits(0) == "0");
  BOOST_TEST(GroupDigits(999) == "999");
  BOOST_TEST(GroupDigits(1000) == "1 000");
  BOOST_TEST(GroupDigits(7536070) == "7 536 070");
  BOOST_TEST(GroupDigits(-12345) == "-12 345");
}

BOOST_AUTO_TEST_SUITE_END()
