// A poll read after the poll before: items sent again byte for byte are taken over instead of
// read again, and the result is exactly what reading them gives (tests/core/feed_equality.h,
// also fuzzed). Edits, removals, duplicates, reordering, the item limit and a change of format.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "core/feed/feed.h"
#include "core/feed/feed_ingest.h"
#include "core/feed/feed_session.h"
#include "tests/core/fake_platform.h"
#include "tests/core/feed_equality.h"
#include "tests/core/feed_files.h"

using namespace beredd::core;
using beredd::test::ReadFeedFile;
using beredd::test::TakeOverDiffers;

namespace {

std::string PoliceEvent(int id, const std::string& name = "Brand", const std::string& gps = "59.36,18.0") {
  return R"({"id": )" + std::to_string(id) + R"(, "datetime": "2025-06-07 7:32:06 +02:00", "name": ")" + name +
         R"(", "summary": "s", "url": "/x", "type": "Brand", "location": {"name": "Solna", "gps": ")" + gps +
         R"("}})";
}

std::string Array(const std::vector<std::string>& items) {
  std::string text = "[";
  for (const std::string& item : items) text += (text.size() > 1 ? ",\n" : "") + item;
  return text + "]";
}

std::string GeoJsonFeature(int id, const std::string& title) {
  return R"({"type": "Feature", "geometry": {"type": "Point", "coordinates": [18.0, 59.36]}, "properties": {"id": ")" +
         std::to_string(id) + R"(", "title": ")" + title + R"(", "time": "2025-06-07T07:32:06+02:00"}})";
}

const Incident* Find(const Feed& feed, const std::string& id) {
  for (const Incident& incident : feed.incidents) {
    if (incident.id == id) return &incident;
  }
  return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(feed_takeover)

BOOST_AUTO_TEST_CASE(an_edited_poll_reads_as_it_reads_alone) {
  const std::string before = Array({PoliceEvent(1), PoliceEvent(2), PoliceEvent(3), PoliceEvent(4)});
  const std::vector<std::string> polls = {
      before,                                                              // sent again
      Array({PoliceEvent(5), PoliceEvent(1), PoliceEvent(2, "Rån"), PoliceEvent(4)}),  // added, edited, removed
      Array({PoliceEvent(4), PoliceEvent(3), PoliceEvent(2), PoliceEvent(1)}),  // reordered
      Array({PoliceEvent(1), PoliceEvent(1), PoliceEvent(2)}),             // the same item twice: a duplicate id
      Array({PoliceEvent(2, "Rån"), PoliceEvent(2)}),                      // a taken-over item's id already read
      Array({PoliceEvent(1, "Brand", "91.0,18.0"), PoliceEvent(2)}),       // an item edited into a bad one
      Array({R"(["not", "an", "object"])", PoliceEvent(3)}),
  };
  for (const std::string& poll : polls) BOOST_TEST(TakeOverDiffers(before, poll, FeedFormat::Auto) == "", poll);
}

BOOST_AUTO_TEST_CASE(the_item_limit_counts_taken_over_items_as_read_ones) {
  FeedLimits limits;
  limits.max_items = 3;
  const std::string before = Array({PoliceEvent(1), PoliceEvent(2), PoliceEvent(3)});
  const std::string poll = Array({PoliceEvent(4), PoliceEvent(1), PoliceEvent(2), PoliceEvent(3)});
  BOOST_TEST(TakeOverDiffers(before, poll, FeedFormat::Auto, limits) == "");
}

BOOST_AUTO_TEST_CASE(every_sample_feed_reads_the_same_after_itself) {
  for (const char* name : {"polisen.json", "beredd_geojson.json", "vma_cap.json", "krisinformation.json",
                           "smhi_warnings.json"}) {
    const std::string text = ReadFeedFile(name);
    BOOST_TEST(TakeOverDiffers(text, text, FeedFormat::Auto) == "", name);
  }
}

// The equality above would also hold if nothing were taken over: here the poll before says
// something else for item 1 than its bytes do, so only taking over can show it.
BOOST_AUTO_TEST_CASE(items_sent_again_are_taken_over_and_edited_ones_read) {
  const std::string before_text = Array({PoliceEvent(1), PoliceEvent(2)});
  FeedError error;
  auto before = ParseFeed(before_text, FeedFormat::Auto, &error);
  BOOST_TEST_REQUIRE(before.has_value(), error.ToString());
  BOOST_TEST_REQUIRE(before->sources.size() == 2u);
  BOOST_TEST(before->sources[0].bytes.size == PoliceEvent(1).size());
  before->incidents[0].title = "taken over";
  before->incidents[1].title = "taken over";
  const PollBefore poll{before->format, before_text, &before->incidents, &before->sources};
  const auto after = ParseFeed(Array({PoliceEvent(1), PoliceEvent(2, "Rån")}), FeedFormat::Auto, &error, {}, &poll);
  BOOST_TEST_REQUIRE(after.has_value(), error.ToString());
  BOOST_TEST(Find(*after, "1")->title == "taken over");
  BOOST_TEST(Find(*after, "2")->title == "Rån");  // its bytes changed: read again
  BOOST_TEST(after->sources.at(0).taken_from == 0);
  BOOST_TEST(after->sources.at(1).taken_from == -1);
}

// The same bytes can mean another incident in another format: a poll read as GeoJSON lends
// nothing to one read as Police events, though the item is both.
BOOST_AUTO_TEST_CASE(nothing_is_taken_over_from_another_format) {
  const std::string both = R"({"type": "Feature", "geometry": {"type": "Point", "coordinates": [18.0, 59.36]},)"
                           R"( "properties": {"id": "1", "title": "GeoJSON", "time": "2025-06-07T07:32:06+02:00"},)"
                           R"( "id": 1, "datetime": "2025-06-07 7:32:06 +02:00", "name": "Police", "type": "Brand",)"
                           R"( "location": {"name": "Solna", "gps": "59.36,18.0"}})";
  const std::string geojson = R"({"type": "FeatureCollection", "features": [)" + both + "]}";
  FeedError error;
  const auto before = ParseFeed(geojson, FeedFormat::Auto, &error);
  BOOST_TEST_REQUIRE(before.has_value(), error.ToString());
  BOOST_TEST(before->incidents.at(0).title == "GeoJSON");
  const PollBefore poll{before->format, geojson, &before->incidents, &before->sources};
  const auto police = ParseFeed("[" + both + "]", FeedFormat::Auto, &error, {}, &poll);
  BOOST_TEST_REQUIRE(police.has_value(), error.ToString());
  BOOST_TEST(FeedFormatName(police->format) == std::string("polisen"));
  BOOST_TEST(police->incidents.at(0).title == "Police");
}

BOOST_AUTO_TEST_CASE(geojson_features_are_taken_over_too) {
  const std::string before_text = R"({"type": "FeatureCollection", "features": [)" + GeoJsonFeature(1, "Brand") +
                                  "," + GeoJsonFeature(2, "Brand") + "]}";
  FeedError error;
  auto before = ParseFeed(before_text, FeedFormat::Auto, &error);
  BOOST_TEST_REQUIRE(before.has_value(), error.ToString());
  before->incidents[0].title = "taken over";
  const PollBefore poll{before->format, before_text, &before->incidents, &before->sources};
  const std::string after_text = R"({"type": "FeatureCollection", "features": [)" + GeoJsonFeature(2, "Rån") + "," +
                                 GeoJsonFeature(1, "Brand") + "]}";
  const auto after = ParseFeed(after_text, FeedFormat::Auto, &error, {}, &poll);
  BOOST_TEST_REQUIRE(after.has_value(), error.ToString());
  BOOST_TEST(Find(*after, "1")->title == "taken over");
  BOOST_TEST(Find(*after, "2")->title == "Rån");
  BOOST_TEST(TakeOverDiffers(before_text, after_text, FeedFormat::Auto) == "");
}

// The app's path: a session's second poll gives what a session given only that poll shows, and
// the diff from the first.
BOOST_AUTO_TEST_CASE(a_session_shows_a_poll_as_if_it_were_its_first) {
  beredd::test::FakePlatform platform;
  FeedSession polled(platform);
  FeedSession fresh(platform);
  const std::string first = Array({PoliceEvent(1), PoliceEvent(2), PoliceEvent(3)});
  const std::string second = Array({PoliceEvent(4), PoliceEvent(1), PoliceEvent(2, "Rån")});
  BOOST_TEST_REQUIRE(polled.Received(first).has_value());
  const auto diff = polled.Received(second);
  BOOST_TEST_REQUIRE(diff.has_value());
  BOOST_TEST_REQUIRE(fresh.Received(second).has_value());
  BOOST_TEST((polled.incidents() == fresh.incidents()));
  BOOST_TEST(diff->added == std::vector<std::string>{"4"});
  BOOST_TEST(diff->changed == std::vector<std::string>{"2"});
  BOOST_TEST(diff->removed == std::vector<std::string>{"3"});
  // A third poll takes over from the second's text, not the first's.
  const std::string third = Array({PoliceEvent(4), PoliceEvent(2, "Rån")});
  BOOST_TEST_REQUIRE(polled.Received(third).has_value());
  BOOST_TEST_REQUIRE(fresh.Received(third).has_value());
  BOOST_TEST((polled.incidents() == fresh.incidents()));
}

// The session moves what it takes over out of what it shows. An item that expired since the
// poll before is read again, not moved, so the diff still names it as removed.
BOOST_AUTO_TEST_CASE(an_item_expired_since_the_poll_before_is_removed_by_its_id) {
  beredd::test::FakePlatform platform;  // 2025-06-07 05:32:06Z
  FeedSession session(platform);
  const std::string expiring =
      R"({"type": "Feature", "geometry": {"type": "Point", "coordinates": [18.0, 59.36]}, "properties": {"id": "9",)"
      R"( "title": "Brandrisk", "time": "2025-06-07T05:00:00Z", "expires": "2025-06-07T06:00:00Z"}})";
  const auto collection = [](const std::vector<std::string>& features) {
    std::string text = R"({"type": "FeatureCollection", "features": [)";
    for (std::size_t i = 0; i < features.size(); ++i) text += (i > 0 ? "," : "") + features[i];
    return text + "]}";
  };
  BOOST_TEST_REQUIRE(session.Received(collection({expiring, GeoJsonFeature(1, "Brand")})).has_value());
  BOOST_TEST(session.incidents().size() == 2u);
  platform.now_ms += 3'600'000;  // 06:32: "9" has expired
  const std::string second = collection({expiring, GeoJsonFeature(1, "Brand"), GeoJsonFeature(2, "Rån")});
  const auto diff = session.Received(second);
  BOOST_TEST_REQUIRE(diff.has_value());
  BOOST_TEST(diff->removed == std::vector<std::string>{"9"});
  BOOST_TEST(diff->added == std::vector<std::string>{"2"});
  BOOST_TEST(diff->changed.empty());
  FeedSession fresh(platform);
  BOOST_TEST_REQUIRE(fresh.Received(second).has_value());
  BOOST_TEST((session.incidents() == fresh.incidents()));
}

BOOST_AUTO_TEST_SUITE_END()
