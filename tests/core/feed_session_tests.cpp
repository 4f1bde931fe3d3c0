// FeedSession: the feed's rules over time. Refused feeds and failed polls keep the last good
// incidents, marked stale since the first failure; a kept copy is shown only when newer;
// a good poll recovers.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/feed/feed_session.h"
#include "tests/core/fake_platform.h"

using namespace beredd::core;
using beredd::test::FakePlatform;

namespace {

constexpr std::int64_t kMinute = 60000;

// A Police feed (the events API's shape) with one event per id, each titled `name`.
std::string PoliceFeed(std::initializer_list<int> ids, const std::string& name = "Brand") {
  std::string text = "[";
  for (int id : ids) {
    if (text.size() > 1) text += ",";
    text += R"({"id": )" + std::to_string(id) + R"(, "datetime": "2025-06-07 7:32:06 +02:00", "name": ")" +
            name + R"(", "summary": "s", "url": "/x", "type": "Brand",)"
            R"( "location": {"name": "Solna", "gps": "59.36,18.0"}})";
  }
  return text + "]";
}

MapView Filled(const FeedSession& session) {
  MapView view;
  session.Fill(view);
  return view;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(feed_session)

BOOST_AUTO_TEST_CASE(a_good_poll_shows_its_incidents_as_of_the_poll) {
  FakePlatform platform;
  FeedSession session(platform);
  const MapView before = Filled(session);
  BOOST_TEST(before.feeds.at(0).updated_ms == 0);
  BOOST_TEST(before.feeds.at(0).stale_since_ms == 0);
  BOOST_TEST(before.incidents->empty());

  const auto diff = session.Received(PoliceFeed({1, 2}));
  BOOST_TEST_REQUIRE(diff.has_value());
  BOOST_TEST(diff->added.size() == 2u);
  const MapView view = Filled(session);
  BOOST_TEST(view.incidents == &session.incidents());
  BOOST_TEST(view.incidents->size() == 2u);
  BOOST_TEST(view.feeds.at(0).updated_ms == platform.now_ms);
  BOOST_TEST(view.feeds.at(0).stale_since_ms == 0);
  BOOST_TEST(view.feeds.at(0).problem.empty());
  BOOST_TEST(!view.feeds.at(0).offline);
  // The map's popups and selection read the incidents here: the map keeps only layers.
  BOOST_TEST_REQUIRE(session.Find("2") != nullptr);
  BOOST_TEST(session.Find("2")->id == "2");
  BOOST_TEST(session.Find("3") == nullptr);
}

BOOST_AUTO_TEST_CASE(three_failures_keep_the_incidents_stale_since_the_first_with_the_last_reason) {
  FakePlatform platform;
  FeedSession session(platform);
  BOOST_TEST_REQUIRE(session.Received(PoliceFeed({1, 2})).has_value());
  const std::int64_t good_ms = platform.now_ms;

  platform.now_ms += kMinute;
  session.Failed("HTTP 500");
  const std::int64_t first_failure_ms = platform.now_ms;
  platform.now_ms += kMinute;
  BOOST_TEST(!session.Received("{\"type\": \"FeatureCollection\"").has_value(), "a truncated feed is refused");
  BOOST_TEST(session.State().problem.find("line 1") != std::string::npos, session.State().problem);
  platform.now_ms += kMinute;
  session.Failed("HTTP 503");

  const MapView view = Filled(session);
  BOOST_TEST(view.incidents->size() == 2u, "the last good incidents stay");
  BOOST_TEST(view.feeds.at(0).updated_ms == good_ms);
  BOOST_TEST(view.feeds.at(0).stale_since_ms == first_failure_ms);
  BOOST_TEST(view.feeds.at(0).problem == "HTTP 503");
  BOOST_TEST(!view.feeds.at(0).offline);
}

BOOST_AUTO_TEST_CASE(a_good_poll_after_failures_recovers) {
  FakePlatform platform;
  FeedSession session(platform);
  session.Received(PoliceFeed({1}));
  platform.now_ms += kMinute;
  session.Offline("", 0);
  platform.now_ms += kMinute;
  session.Failed("HTTP 502");
  platform.now_ms += kMinute;

  const auto diff = session.Received(PoliceFeed({1, 2}));
  BOOST_TEST_REQUIRE(diff.has_value());
  BOOST_TEST((diff->added == std::vector<std::string>{"2"}));
  const MapView view = Filled(session);
  BOOST_TEST(view.feeds.at(0).updated_ms == platform.now_ms);
  BOOST_TEST(view.feeds.at(0).stale_since_ms == 0);
  BOOST_TEST(view.feeds.at(0).problem.empty());
  BOOST_TEST(!view.feeds.at(0).offline);
}

BOOST_AUTO_TEST_CASE(a_kept_copy_newer_than_what_is_shown_is_shown_stale) {
  FakePlatform platform;
  FeedSession session(platform);  // a reload offline: nothing shown yet
  const std::int64_t fetched_ms = platform.now_ms - 30 * kMinute;

  const auto diff = session.Offline(PoliceFeed({1, 2, 3}), fetched_ms);
  BOOST_TEST_REQUIRE(diff.has_value());
  BOOST_TEST(diff->added.size() == 3u);
  const MapView view = Filled(session);
  BOOST_TEST(view.incidents->size() == 3u);
  BOOST_TEST(view.feeds.at(0).updated_ms == fetched_ms, "as of when the copy was fetched, never now");
  BOOST_TEST(view.feeds.at(0).stale_since_ms == platform.now_ms);
  BOOST_TEST(view.feeds.at(0).offline);
}

BOOST_AUTO_TEST_CASE(a_kept_copy_older_than_what_is_shown_is_ignored) {
  FakePlatform platform;
  FeedSession session(platform);
  session.Received(PoliceFeed({1, 2}, "Brand i byggnad"));
  const std::int64_t shown_ms = platform.now_ms;
  platform.now_ms += kMinute;

  BOOST_TEST(!session.Offline(PoliceFeed({9}), shown_ms - kMinute).has_value());
  BOOST_TEST(!session.Offline(PoliceFeed({9}), shown_ms).has_value(), "the same age is not newer");
  const MapView view = Filled(session);
  BOOST_TEST_REQUIRE(view.incidents->size() == 2u);
  BOOST_TEST(view.incidents->front().title.find("Brand i byggnad") != std::string::npos);
  BOOST_TEST(view.feeds.at(0).updated_ms == shown_ms);
  BOOST_TEST(view.feeds.at(0).stale_since_ms == platform.now_ms);
  BOOST_TEST(view.feeds.at(0).offline);
}

BOOST_AUTO_TEST_CASE(a_refused_copy_leaves_nothing_shown_and_says_offline) {
  FakePlatform platform;
  FeedSession session(platform);
  BOOST_TEST(!session.Offline("not json", platform.now_ms - kMinute).has_value());
  const MapView view = Filled(session);
  BOOST_TEST(view.incidents->empty());
  BOOST_TEST(view.feeds.at(0).updated_ms == 0);
  BOOST_TEST(view.feeds.at(0).stale_since_ms == platform.now_ms);
  BOOST_TEST(view.feeds.at(0).offline, "the network is the reason shown, not the copy");
}

BOOST_AUTO_TEST_CASE(an_update_says_which_incidents_changed_and_dropped_items_are_logged) {
  FakePlatform platform;
  FeedSession session(platform);
  session.Received(PoliceFeed({1, 2, 3}));
  const std::string with_a_bad_item = PoliceFeed({1, 3}, "Brand i skog").insert(1, R"({"id": 4},)");
  const auto diff = session.Received(with_a_bad_item);
  BOOST_TEST_REQUIRE(diff.has_value());
  BOOST_TEST((diff->removed == std::vector<std::string>{"2"}));
  BOOST_TEST(diff->changed.size() == 2u);
  BOOST_TEST(diff->added.empty());
  BOOST_TEST(session.State().dropped == 1);
  BOOST_TEST_REQUIRE(platform.warnings.size() == 1u);
  BOOST_TEST(platform.warnings[0].find("feed item dropped: /0") == 0, platform.warnings[0]);
}

// Most polls bring the bytes of the one before. Those are not read again, and what is shown is
// what reading them would show: the same incidents where they were, less any expired since.
BOOST_AUTO_TEST_CASE(a_repeated_poll_is_not_read_again_and_shows_what_reading_it_would) {
  FakePlatform platform;  // 05:32:06Z
  const std::string text = R"({"type": "FeatureCollection", "features": [)"
      R"({"type": "Feature", "id": "soon", "geometry": {"type": "Point", "coordinates": [18.0, 59.3]},)"
      R"( "properties": {"title": "Brand", "time": "2025-06-07T05:00:00Z", "expires": "2025-06-07T05:33:00Z"}},)"
      R"({"type": "Feature", "id": "later", "geometry": {"type": "Point", "coordinates": [18.1, 59.4]},)"
      R"( "properties": {"title": "Olycka", "time": "2025-06-07T04:00:00Z", "expires": "2025-06-07T09:00:00Z"}}]})";
  const auto read_fresh = [&] {
    FeedSession fresh(platform);
    BOOST_TEST_REQUIRE(fresh.Received(text).has_value());
    return fresh.incidents();
  };
  FeedSession session(platform);
  BOOST_TEST_REQUIRE(session.Received(text).has_value());
  BOOST_TEST_REQUIRE(session.incidents().size() == 2u);
  const Incident* first = session.incidents().data();
  const std::uint64_t generation = session.generation();

  platform.now_ms += 30000;  // 05:32:36Z: nothing expired yet
  const auto same = session.Received(text);
  BOOST_TEST_REQUIRE(same.has_value());
  BOOST_TEST(same->empty());
  BOOST_TEST(session.generation() == generation, "the incidents stay where they are");
  BOOST_TEST(session.incidents().data() == first);
  BOOST_TEST(session.State().updated_ms == platform.now_ms, "the poll still counts as the latest");
  BOOST_TEST((session.incidents() == read_fresh()));

  platform.now_ms += 60000;  // 05:33:36Z: "soon" expired
  const auto expired = session.Received(text);
  BOOST_TEST_REQUIRE(expired.has_value());
  BOOST_TEST((expired->removed == std::vector<std::string>{"soon"}));
  BOOST_TEST(expired->added.empty());
  BOOST_TEST(expired->changed.empty());
  BOOST_TEST(session.generation() != generation);
  BOOST_TEST((session.incidents() == read_fresh()));

  // The same items in other bytes are read again (and replace the vector).
  const std::uint64_t before_spaces = session.generation();
  const auto spaced = session.Received(text + " ");
  BOOST_TEST_REQUIRE(spaced.has_value());
  BOOST_TEST(spaced->empty());
  BOOST_TEST(session.generation() != before_spaces);

  // A clock set back is not trusted to expire nothing new: the feed is read again.
  BOOST_TEST_REQUIRE(session.Received(text).has_value());
  platform.now_ms -= 10 * kMinute;  // 05:23:36Z: "soon" has not expired at this time
  const auto back = session.Received(text);
  BOOST_TEST_REQUIRE(back.has_value());
  BOOST_TEST((back->added == std::vector<std::string>{"soon"}));
  BOOST_TEST((session.incidents() == read_fresh()));
}

BOOST_AUTO_TEST_SUITE_END()
