// String catalog.
#include <boost/test/unit_test.hpp>

#include "core/content/catalog.h"

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


BOOST_AUTO_TEST_CASE(catalog_formats_named_placeholders) {
  Catalog catalog(Catalog::Texts{
      {"class", "{class}: {accounted} av {expected} redovisade"}, {"broken", "a {open"}});
  BOOST_TEST(catalog.Format("class", {{"expected", "25"}, {"class", "4B"}, {"accounted", "23"}}) ==
             "4B: 23 av 25 redovisade");
  BOOST_TEST(catalog.Format("class", {{"class", "{accounted}"}}) ==
             "{accounted}: {accounted} av {expected} redovisade");  // values are not re-read
  BOOST_TEST(catalog.Format("broken", {{"open", "x"}}) == "a {open");
  BOOST_TEST(catalog.Format("missing.key", {}) == "missing.key");
}

BOOST_AUTO_TEST_SUITE_END()
