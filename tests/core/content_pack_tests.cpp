// Content packs at the library level: every shipped pack parses and agrees with the others
// (data-driven over content/), and the locale is chosen from the browser's preferences.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/content/content_pack.h"
#include "core/content/content_pack_json.h"

using namespace beredd::core;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(content_pack)

BOOST_AUTO_TEST_CASE(every_shipped_pack_is_valid_and_consistent) {
  std::vector<ContentPack> packs;
  std::vector<std::string> files;
  std::vector<Problem> problems;
  for (const auto& entry : fs::directory_iterator(BEREDD_CONTENT_DIR)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto pack = ParseContentPack(text.str(), entry.path().string(), problems);
    BOOST_TEST_REQUIRE(pack.has_value(), entry.path());
    BOOST_TEST(pack->locale == entry.path().stem().string());
    for (std::string_view key : RequiredStringKeys()) BOOST_TEST(pack->strings.Has(key), key);
    BOOST_TEST(pack->numbers.size() == 4u);
    for (const CprMode& mode : pack->cpr.modes) {
      BOOST_TEST(!ValidateRhythm(RhythmFor(pack->cpr, mode)).has_value(), mode.id);
    }
    packs.push_back(std::move(*pack));
    files.push_back(entry.path().string());
  }
  BOOST_TEST(packs.size() >= 2u);
  CheckPackSet(packs, files, problems);
  for (const Problem& p : problems) BOOST_ERROR(p.ToString());
}

// The order of what people do is the safety content of a drill: checked on every shipped pack
// by step id, so a reworded pack cannot undo it.
BOOST_AUTO_TEST_CASE(shipped_drills_keep_their_sources_order) {
  for (const auto& entry : fs::directory_iterator(BEREDD_CONTENT_DIR)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    std::vector<Problem> problems;
    const auto pack = ParseContentPack(text.str(), entry.path().string(), problems);
    BOOST_TEST_REQUIRE(pack.has_value());
    auto position = [&](std::string_view drill_id, std::string_view step_id) {
      for (const DrillScenario& drill : pack->drills) {
        if (drill.id != drill_id) continue;
        for (std::size_t i = 0; i < drill.steps.size(); ++i) {
          if (drill.steps[i].id == step_id) return static_cast<int>(i);
        }
      }
      return -1;
    };
    const std::string file = entry.path().filename().string();
    // Polisen and MSB: run, then hide, and call 112.
    BOOST_TEST(position("lockdown", "escape") >= 0, file);
    BOOST_TEST(position("lockdown", "escape") < position("lockdown", "lock"), file);
    BOOST_TEST(position("lockdown", "call_112") >= 0, file);
    // Pupils outside are brought in before the doors are locked.
    BOOST_TEST(position("keep_out", "gather") >= 0, file);
    BOOST_TEST(position("keep_out", "gather") < position("keep_out", "doors"), file);
    // 112 is called even when the alarm goes to the fire service; help for those who need it.
    BOOST_TEST(position("fire_evacuation", "call_112") >= 0, file);
    BOOST_TEST(position("fire_evacuation", "assist") >= 0, file);
    for (const DrillScenario& drill : pack->drills) BOOST_TEST(!drill.source.organisation.empty(), drill.id);
  }
}

BOOST_AUTO_TEST_CASE(a_pack_that_is_not_an_object_is_refused) {
  std::vector<Problem> problems;
  BOOST_TEST(!ParseContentPack("[1, 2]", "x.json", problems).has_value());
  BOOST_TEST_REQUIRE(problems.size() == 1u);
  BOOST_TEST(problems[0].ToString() == "x.json: /: wrong type: a content pack is an object, found array");
}

BOOST_AUTO_TEST_CASE(an_oversized_pack_is_refused_before_parsing) {
  std::vector<Problem> problems;
  const std::string huge(kMaxPackBytes + 1, ' ');
  BOOST_TEST(!ParseContentPack(huge, "big.json", problems).has_value());
  BOOST_TEST(problems.at(0).message.find("file too large") == 0u);
}

namespace {

// content/sv.json with its section `key` replaced by `value`.
std::string SwedishPackWith(const char* key, const nlohmann::json& value) {
  std::ifstream in(std::string(BEREDD_CONTENT_DIR) + "/sv.json");
  nlohmann::json pack = nlohmann::json::parse(in);
  pack[key] = value;
  return pack.dump();
}

std::string SwedishPackWithKiosk(const nlohmann::json& kiosk) { return SwedishPackWith("kiosk", kiosk); }

}  // namespace

BOOST_AUTO_TEST_CASE(kiosk_section_is_read_and_defaults_apply) {
  std::vector<Problem> problems;
  const auto pack = ParseContentPack(SwedishPackWithKiosk({{"enabled", true}, {"idle_seconds", 120}}),
                                     "sv.json", problems);
  BOOST_TEST_REQUIRE(pack.has_value());
  BOOST_TEST(pack->kiosk.enabled);
  BOOST_TEST(pack->kiosk.idle_seconds == 120);
  BOOST_TEST(pack->kiosk.warning_seconds == 20);
}

BOOST_AUTO_TEST_CASE(a_kiosk_location_is_read_and_one_outside_sweden_refused) {
  std::vector<Problem> problems;
  const nlohmann::json library = {{"address", "Stadsbiblioteket, Sveavägen 73, Stockholm"}, {"lat", 59.3431}, {"lon", 18.0547}};
  const auto pack = ParseContentPack(SwedishPackWithKiosk({{"enabled", true}, {"location", library}}), "sv.json", problems);
  BOOST_TEST_REQUIRE(pack.has_value());
  BOOST_TEST(pack->kiosk.address == "Stadsbiblioteket, Sveavägen 73, Stockholm");
  BOOST_TEST_REQUIRE(pack->kiosk.location.has_value());
  BOOST_TEST(pack->kiosk.location->lat == 59.3431);

  const nlohmann::json swapped = {{"address", "Sveavägen 73"}, {"lat", 18.0547}, {"lon", 59.3431}};
  BOOST_TEST(!ParseContentPack(SwedishPackWithKiosk({{"location", swapped}}), "sv.json", problems));
  BOOST_TEST_REQUIRE(problems.size() == 1u);
  BOOST_TEST(problems[0].ToString().find("sv.json: /kiosk/location: not in Sweden (lat 18.054700, lon 59.343100)") == 0u,
             problems[0].ToString());
  problems.clear();
  BOOST_TEST(!ParseContentPack(SwedishPackWithKiosk({{"location", {{"lat", 59.3}, {"lon", 18.0}}}}), "sv.json", problems));
  BOOST_TEST(problems.at(0).path == "/kiosk/location/address");
}

BOOST_AUTO_TEST_CASE(kiosk_warning_under_20_s_is_refused_with_the_reason) {
  std::vector<Problem> problems;
  BOOST_TEST(!ParseContentPack(SwedishPackWithKiosk({{"warning_seconds", 10}}), "sv.json", problems));
  BOOST_TEST_REQUIRE(problems.size() == 1u);
  BOOST_TEST(problems[0].ToString() ==
             "sv.json: /kiosk/warning_seconds: warning_seconds must be 20-80 (WCAG 2.2.1: at least "
             "20 s to react, within idle_seconds - 10), found 10");
  problems.clear();
  BOOST_TEST(!ParseContentPack(SwedishPackWithKiosk({{"enabled", "yes"}}), "sv.json", problems));
  BOOST_TEST_REQUIRE(problems.size() == 1u);
  BOOST_TEST(problems[0].ToString() == "sv.json: /kiosk/enabled: wrong type: expected true or false, found string");
  problems.clear();
  BOOST_TEST(!ParseContentPack(SwedishPackWithKiosk({{"idle_seconds", 5}}), "sv.json", problems));
  BOOST_TEST(problems.at(0).path == "/kiosk/idle_seconds");
}

BOOST_AUTO_TEST_CASE(locale_follows_the_browser_then_falls_back_to_swedish) {
  const std::vector<std::string> available = {"sv", "en"};
  auto choose = [&](std::vector<std::string> preferred) { return ChooseLocale(preferred, available); };
  BOOST_TEST(choose({"en-GB", "sv"}) == "en");
  BOOST_TEST(choose({"sv-SE"}) == "sv");
  BOOST_TEST(choose({"fi-FI", "en-US"}) == "en");
  BOOST_TEST(choose({"de-DE", "fr"}) == "sv");
  BOOST_TEST(choose({}) == "sv");
}

BOOST_AUTO_TEST_CASE(several_feed_sources_are_read_and_bad_ones_refused_with_where) {
  std::vector<Problem> problems;
  const nlohmann::json sources = {
      {{"id", "vma"}, {"name", "Sveriges Radio (VMA)"}, {"endpoint", "/api/feeds/vma"}},
      {{"id", "smhi"}, {"name", "SMHI"}, {"endpoint", "https://opendata-download-warnings.smhi.se/ibww/api/version/1/warning.json"}}};
  const auto pack = ParseContentPack(SwedishPackWith("feed", {{"sources", sources}}), "sv.json", problems);
  BOOST_TEST_REQUIRE(pack.has_value());
  const std::vector<FeedSource> expected{{"vma", "Sveriges Radio (VMA)", "/api/feeds/vma"},
      {"smhi", "SMHI", "https://opendata-download-warnings.smhi.se/ibww/api/version/1/warning.json"}};
  BOOST_TEST((SourcesOf(pack->feed) == expected));
  BOOST_TEST((SourcesOf(FeedSettings{}) == std::vector<FeedSource>{{"main", "", "/api/incidents"}}), "one endpoint");

  nlohmann::json bad = sources;
  bad.push_back({{"id", "vma"}, {"name", "Igen"}, {"endpoint", "/api/feeds/igen"}});
  bad.push_back({{"id", "Stora Bokstäver"}, {"name", "X"}, {"endpoint", "/x"}});
  bad.push_back({{"id", "http"}, {"name", "X"}, {"endpoint", "http://example.com/feed"}});
  BOOST_TEST(!ParseContentPack(SwedishPackWith("feed", {{"sources", bad}}), "sv.json", problems));
  std::vector<std::string> texts;
  for (const Problem& problem : problems) texts.push_back(problem.ToString());
  const std::vector<std::string> wanted{
      "sv.json: /feed/sources/2/id: \"vma\" is already a source",
      "sv.json: /feed/sources/3/id: must be 1-32 of a-z, 0-9 and -, found \"Stora Bokstäver\"",
      "sv.json: /feed/sources/4/endpoint: endpoint must be a same-origin path (/api/...) or an https URL, found \"http://example.com/feed\""};
  BOOST_TEST(texts == wanted, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
