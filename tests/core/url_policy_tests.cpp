// URL allow-list: only tel: numbers and https pages may be opened.
#include <boost/test/unit_test.hpp>

#include "core/base/url_policy.h"

using beredd::core::IsHttpsUrl;
using beredd::core::IsOpenableUrl;

BOOST_AUTO_TEST_SUITE(url_policy)

BOOST_AUTO_TEST_CASE(accepts_phone_numbers_and_https_pages) {
  for (const char* url : {"tel:112", "tel:11414", "tel:+46771141400", "https://polisen.se/",
                          "https://www.krisinformation.se/nyheter?id=1#x"}) {
    BOOST_TEST(IsOpenableUrl(url), url);
  }
}

BOOST_AUTO_TEST_CASE(rejects_scripts_other_schemes_and_malformed_values) {
  for (const char* url : {"javascript:alert(1)", "http://polisen.se", "tel:", "tel:1",
                          "tel:112;ext=1", "tel:11 2", "https://", "https:///path",
                          "https://user@evil.example", "https://a b.se", "data:text/html,x",
                          "TEL:112", "https://x.se\\@evil", "file:///etc/passwd"}) {
    BOOST_TEST(!IsOpenableUrl(url), url);
  }
}

BOOST_AUTO_TEST_CASE(one_https_rule_for_links_tiles_and_feeds) {
  for (const char* url : {"https://polisen.se/aktuellt/handelser/", "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                          "https://a.se/{y}@2x.png?x=1#y"}) {
    BOOST_TEST(IsHttpsUrl(url), url);
  }
  for (const char* url : {"tel:112", "http://polisen.se", "https://", "https:///x", "https://user@evil.example/",
                          "https://x.se/\"><script>", "https://x.se/<b>", "https://x.se/a b", "HTTPS://x.se"}) {
    BOOST_TEST(!IsHttpsUrl(url), url);
  }
}

BOOST_AUTO_TEST_SUITE_END()
