// String catalog and the built-in numbers.
#include <boost/test/unit_test.hpp>

#include <cctype>

#include "core/catalog.h"
#include "core/emergency_numbers.h"

using namespace beredd::core;

BOOST_AUTO_TEST_SUITE(catalog)

BOOST_AUTO_TEST_CASE(missing_key_shows_the_key_itself) {
  const Catalog catalog(Catalog::Texts{{"a", "A"}});
  BOOST_TEST(catalog.Get("a") == "A");
  BOOST_TEST(catalog.Get("no.such.key") == "no.such.key");
  BOOST_TEST(!catalog.Has("no.such.key"));
}

BOOST_AUTO_TEST_CASE(built_in_swedish_has_non_empty_texts) {
  const Catalog sv = BuiltInSwedish();
  for (const char* key : {"app.title", "home.heading", "screen.numbers", "screen.cpr",
                          "screen.map", "screen.drill", "nav.home", "topbar.label"}) {
    BOOST_TEST(sv.Has(key), key);
    BOOST_TEST(!sv.Get(key).empty(), key);
  }
  BOOST_TEST(sv.Get("screen.cpr") == "HLR");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(emergency_numbers)

BOOST_AUTO_TEST_CASE(the_four_swedish_numbers_in_order) {
  const auto numbers = BuiltInNumbers();
  BOOST_TEST_REQUIRE(numbers.size() == 4u);
  BOOST_TEST(numbers[0].number == "112");
  BOOST_TEST(numbers[1].number == "114 14");
  BOOST_TEST(numbers[2].number == "1177");
  BOOST_TEST(numbers[3].number == "113 13");
}

BOOST_AUTO_TEST_CASE(tel_values_are_digits_matching_the_display_number) {
  for (const EmergencyNumber& n : BuiltInNumbers()) {
    std::string digits;
    for (char c : n.number) {
      if (c != ' ') digits += c;
    }
    BOOST_TEST(n.tel == digits, n.id);
    for (char c : n.tel) BOOST_TEST(std::isdigit(static_cast<unsigned char>(c)) != 0, n.id);
    BOOST_TEST(!n.when.empty(), n.id);
    BOOST_TEST(!n.name.empty(), n.id);
  }
}

BOOST_AUTO_TEST_SUITE_END()
