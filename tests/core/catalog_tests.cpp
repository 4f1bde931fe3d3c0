// String catalog.
#include <boost/test/unit_test.hpp>

#include "core/catalog.h"

using namespace beredd::core;

BOOST_AUTO_TEST_SUITE(catalog)

BOOST_AUTO_TEST_CASE(missing_key_shows_the_key_itself) {
  const Catalog catalog(Catalog::Texts{{"a", "A"}});
  BOOST_TEST(catalog.Get("a") == "A");
  BOOST_TEST(catalog.Get("no.such.key") == "no.such.key");
  BOOST_TEST(!catalog.Has("no.such.key"));
}

BOOST_AUTO_TEST_CASE(misses_are_logged_when_asked) {
  const Catalog catalog(Catalog::Texts{{"a", "A"}});
  std::vector<std::string> misses;
  catalog.Get("x");  // not logged: no log set
  Catalog logging = catalog;
  logging.SetMissingKeyLog(&misses);
  logging.Get("a");
  logging.Get("b.c");
  BOOST_TEST(misses == std::vector<std::string>{"b.c"});
}

BOOST_AUTO_TEST_SUITE_END()
