// PackSet: the built-in packs, served packs that replace them only when they validate, the
// fallback notice, and the locale on screen.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content/pack_set.h"
#include "tests/core/shipped_packs.h"

using namespace beredd::core;
using beredd::test::BuiltIn;
using beredd::test::Shipped;

namespace {

// The shipped Swedish pack with `edit` applied to its JSON.
template <typename Edit>
std::string SwedishWith(Edit edit) {
  nlohmann::json pack = nlohmann::json::parse(Shipped("sv"));
  edit(pack);
  return pack.dump();
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(pack_set, BuiltIn)

BOOST_AUTO_TEST_CASE(starts_in_the_default_locale_and_follows_the_preferred_languages) {
  BOOST_TEST(packs.current().locale == "sv");
  BOOST_TEST((packs.Locales() == std::vector<std::string>{"en", "sv"}));
  packs.Choose(std::vector<std::string>{"de-DE", "en-GB"});
  BOOST_TEST(packs.current().locale == "en");
  packs.SwitchToNext();
  BOOST_TEST(packs.current().locale == "sv");
  packs.SwitchToNext();
  BOOST_TEST(packs.current().locale == "en");
  packs.ChooseDefault();
  BOOST_TEST(packs.current().locale == "sv");
  BOOST_TEST(packs.notice().empty());
}

BOOST_AUTO_TEST_CASE(a_valid_served_pack_replaces_the_built_in_one_of_its_locale) {
  const std::string text = SwedishWith([](nlohmann::json& pack) { pack["strings"]["app.title"] = "Beredd Skola"; });
  BOOST_TEST(packs.Served("/content/sv.json", text));
  BOOST_TEST(packs.current().strings.Get("app.title") == "Beredd Skola");
  BOOST_TEST(packs.default_pack().strings.Get("app.title") == "Beredd Skola");
  BOOST_TEST(packs.notice().empty());
}

BOOST_AUTO_TEST_CASE(a_served_pack_that_drops_a_number_is_refused_and_the_built_in_one_stays) {
  const std::string built_in_title(packs.current().strings.Get("app.title"));
  const std::string text = SwedishWith([](nlohmann::json& pack) {
    pack["strings"]["app.title"] = "Ändrad";
    pack["numbers"].erase(pack["numbers"].size() - 1);
  });
  BOOST_TEST(!packs.Served("/content/sv.json", text));
  BOOST_TEST(packs.current().strings.Get("app.title") == built_in_title);
  BOOST_TEST(packs.current().numbers.size() == 4u);
  // The other pack is checked against the served one: the notice names both.
  BOOST_TEST(packs.notice() == "en: /numbers: must list the same number ids in the same order as /content/sv.json does");
}

BOOST_AUTO_TEST_CASE(a_served_pack_that_is_not_json_is_refused_with_where_and_what) {
  BOOST_TEST(!packs.Served("/content/en.json", "<html>502 Bad Gateway</html>"));
  BOOST_TEST(packs.notice().find("/content/en.json") == 0, packs.notice());
  packs.Choose(std::vector<std::string>{"en"});
  BOOST_TEST(packs.current().strings.Get("app.title") == "Beredd");
}

BOOST_AUTO_TEST_CASE(a_served_pack_for_a_locale_without_a_built_in_one_is_refused) {
  const std::string text = SwedishWith([](nlohmann::json& pack) { pack["locale"] = "de"; });
  BOOST_TEST(!packs.Served("/content/sv.json", text));
  BOOST_TEST(packs.notice() == "/content/sv.json: /locale: no built-in pack has locale \"de\"");
  BOOST_TEST((packs.Locales() == std::vector<std::string>{"en", "sv"}));
}

BOOST_AUTO_TEST_CASE(an_unreachable_served_pack_says_so) {
  packs.Unavailable("/content/sv.json", "HTTP 404");
  BOOST_TEST(packs.notice() == "/content/sv.json: could not be fetched (HTTP 404)");
  BOOST_TEST(packs.current().locale == "sv");
}

BOOST_AUTO_TEST_CASE(built_in_packs_that_disagree_are_refused) {
  PackSet broken;
  const std::string english = Shipped("en");
  nlohmann::json fewer = nlohmann::json::parse(english);
  fewer["numbers"].erase(0);
  const std::vector<PackFile> files = {{"/content/en.json", fewer.dump()}, {"/content/sv.json", Shipped("sv")}};
  std::vector<Problem> problems;
  BOOST_TEST(!broken.LoadBuiltIn(files, problems));
  BOOST_TEST(!problems.empty());
}

BOOST_AUTO_TEST_SUITE_END()
