// Several sources at once: each polled and judged on its own (one failing marks only its own
// state stale and keeps its incidents), merged into one list with ids that cannot collide,
// alerts and cancellations from every source, and a new list of sources starting afresh.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/feed/feed_set.h"
#include "core/feed/incident_list.h"
#include "tests/core/fake_platform.h"
#include "tests/core/feed_files.h"

using namespace beredd::core;
using beredd::test::FakePlatform;
using beredd::test::ReadFeedFile;

namespace {

const std::vector<FeedSource> kTwo{{"vma", "Sveriges Radio (VMA)", "/api/feeds/vma"},
                                   {"smhi", "SMHI", "/api/feeds/smhi"}};

std::vector<std::string> Ids(const std::vector<const Incident*>& incidents) {
  std::vector<std::string> ids;
  for (const Incident* incident : incidents) ids.push_back(incident->id);
  return ids;
}

// The map's view of `feeds` with the list's rows, as a frame fills it.
MapView Listed(const FeedSet& feeds, IncidentList& list, const Catalog& strings) {
  MapView view;
  feeds.Fill(view);
  list.Fill(view, strings, "sv");
  return view;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(feed_set)

BOOST_AUTO_TEST_CASE(one_source_is_that_source_unchanged) {
  FakePlatform platform;
  FeedSet feeds(platform);
  BOOST_TEST(feeds.sources().size() == 1u);
  BOOST_TEST(feeds.sources()[0].endpoint == "/api/incidents");
  const auto diff = feeds.Received("main", ReadFeedFile("vma_cap.json"));
  BOOST_TEST_REQUIRE(diff.has_value());
  BOOST_TEST(!feeds.incidents().empty());
  BOOST_TEST(feeds.incidents()[0].id.find('/') == std::string::npos, "ids as the feed gives them");
  MapView view;
  feeds.Fill(view);
  BOOST_TEST_REQUIRE(view.feeds.size() == 1u);
  BOOST_TEST(view.feeds[0].name.empty());
  BOOST_TEST(view.incidents == &feeds.incidents());
}

BOOST_AUTO_TEST_CASE(one_failing_source_is_stale_alone_and_keeps_its_incidents) {
  FakePlatform platform;
  FeedSet feeds(platform);
  BOOST_TEST(feeds.Configure(kTwo).has_value());
  const auto vma = feeds.Received("vma", ReadFeedFile("vma_cap.json"));
  BOOST_TEST_REQUIRE(vma.has_value());
  BOOST_TEST(!vma->added.empty());
  for (const std::string& id : vma->added) BOOST_TEST(id.rfind("vma/", 0) == 0, id);
  BOOST_TEST_REQUIRE(feeds.Received("smhi", ReadFeedFile("smhi_warnings.json")).has_value());
  const std::size_t both = feeds.incidents().size();
  BOOST_TEST(feeds.Find("smhi/smhi-4001-10012") != nullptr);
  for (std::size_t i = 1; i < both; ++i) {
    BOOST_TEST(feeds.incidents()[i - 1].time_ms >= feeds.incidents()[i].time_ms, "newest first");
  }

  AlertsView alerts;
  feeds.FillAlerts(alerts, 1764856800000);  // 2025-12-04: before any of them expires
  const auto ids = Ids(alerts.active);
  BOOST_TEST((std::count_if(ids.begin(), ids.end(), [](const std::string& id) { return id.rfind("vma/", 0) == 0; }) >= 1));
  BOOST_TEST((std::find(ids.begin(), ids.end(), "smhi/smhi-4002-10021") != ids.end()), "SMHI's red warning");

  platform.now_ms += 60000;
  feeds.Failed("smhi", "HTTP 503");
  MapView view;
  feeds.Fill(view);
  BOOST_TEST_REQUIRE(view.feeds.size() == 2u);
  BOOST_TEST(view.feeds[0].name == "Sveriges Radio (VMA)");
  BOOST_TEST(view.feeds[0].stale_since_ms == 0, "the other source stays up to date");
  BOOST_TEST(view.feeds[1].name == "SMHI");
  BOOST_TEST(view.feeds[1].stale_since_ms == platform.now_ms);
  BOOST_TEST(view.feeds[1].problem == "HTTP 503");
  BOOST_TEST(feeds.incidents().size() == both, "its last good incidents stay");

  // A poll for a source the pack no longer lists changes nothing.
  BOOST_TEST(!feeds.Received("polisen", "[]").has_value());
  BOOST_TEST(!platform.warnings.empty());
}

BOOST_AUTO_TEST_CASE(a_cancellation_is_shown_and_dismissed_per_source) {
  FakePlatform platform;
  FeedSet feeds(platform);
  feeds.Configure(kTwo);
  const std::string alert = R"({"alerts": [{"identifier": "SR-1", "sender": "sr.se", "sent": "2025-12-04T15:00:00+01:00",)"
      R"( "status": "Actual", "msgType": "Alert", "scope": "Public", "info": {"event": "VMA", "headline": "Brand",)"
      R"( "area": [{"areaDesc": "Örebro kommun"}]}}]})";
  const std::string cancel = R"({"alerts": [{"identifier": "SR-2", "sender": "sr.se", "sent": "2025-12-04T15:30:00+01:00",)"
      R"( "status": "Actual", "msgType": "Cancel", "scope": "Public", "references": "sr.se,SR-1,2025-12-04T15:00:00+01:00"}]})";
  feeds.Received("vma", alert);
  BOOST_TEST(feeds.Find("vma/SR-1") != nullptr);
  feeds.Received("vma", cancel);
  BOOST_TEST(feeds.Find("vma/SR-1") == nullptr);
  AlertsView view;
  feeds.FillAlerts(view, 1764858600000);
  BOOST_TEST_REQUIRE(view.cancelled.size() == 1u);
  BOOST_TEST(view.cancelled[0].id == "vma/SR-1");
  BOOST_TEST(view.cancelled[0].headline == "Brand");
  feeds.DismissCancelled("vma/SR-1");
  AlertsView after;
  feeds.FillAlerts(after, 1764858600000);
  BOOST_TEST(after.cancelled.empty());
}

BOOST_AUTO_TEST_CASE(another_list_of_sources_starts_afresh) {
  FakePlatform platform;
  FeedSet feeds(platform);
  feeds.Configure(kTwo);
  feeds.Received("smhi", ReadFeedFile("smhi_warnings.json"));
  const std::size_t shown = feeds.incidents().size();
  BOOST_TEST(!feeds.Configure(kTwo).has_value(), "the same list keeps everything");
  BOOST_TEST(feeds.incidents().size() == shown);
  const auto gone = feeds.Configure({{"polisen", "Polisen", "/api/feeds/polisen"}});
  BOOST_TEST_REQUIRE(gone.has_value());
  BOOST_TEST(gone->removed.size() == shown, "the map removes what the old sources showed");
  BOOST_TEST(feeds.incidents().empty());
}

// Found by the benchmark's kiosk soak (a wasm "memory access out of bounds"): a poll that changes
// nothing still replaces the incidents' vector, so the list's rows, which point into it, must be
// made again; the version says so.
BOOST_AUTO_TEST_CASE(a_poll_that_replaces_the_incidents_moves_the_version_so_the_list_never_points_into_a_gone_feed) {
  FakePlatform platform;
  FeedSet feeds(platform);
  const std::string text = ReadFeedFile("vma_cap.json");
  BOOST_TEST_REQUIRE(feeds.Received("main", text).has_value());
  const Catalog strings;
  IncidentList list;
  const MapView before = Listed(feeds, list, strings);
  BOOST_TEST_REQUIRE(!before.rows->empty());
  // The same items in other bytes: nothing changed, but the feed was read into a new vector.
  const std::optional<FeedDiff> same = feeds.Received("main", text + "\n");
  BOOST_TEST_REQUIRE(same.has_value());
  BOOST_TEST(same->empty(), "nothing changed");
  const MapView after = Listed(feeds, list, strings);
  BOOST_TEST(after.incidents_version != before.incidents_version);
  BOOST_TEST((*after.rows)[0].incident == &feeds.incidents()[0], "the rows point into the feed as it is now");
  BOOST_TEST(list.texts_made() == 0u, "nothing changed: every row keeps its texts");
  // The very same bytes again are not read again: the incidents and the rows stay as they are.
  BOOST_TEST_REQUIRE(feeds.Received("main", text + "\n").has_value());
  const MapView repeated = Listed(feeds, list, strings);
  BOOST_TEST(repeated.incidents_version == after.incidents_version);
  BOOST_TEST((*repeated.rows)[0].incident == &feeds.incidents()[0]);
  feeds.Failed("main", "HTTP 500");
  MapView failed;
  feeds.Fill(failed);
  BOOST_TEST(failed.incidents_version == after.incidents_version, "a failed poll keeps the incidents where they are");
}

// Several sources: a poll of one keeps the list's texts of every incident it left as it was
// (the merged list is made anew, so the change says where each one was in it).
BOOST_AUTO_TEST_CASE(a_poll_of_one_source_makes_again_only_the_list_texts_of_what_it_changed) {
  FakePlatform platform;
  FeedSet feeds(platform);
  feeds.Configure(kTwo);
  const std::string smhi = ReadFeedFile("smhi_warnings.json");
  BOOST_TEST_REQUIRE(feeds.Received("vma", ReadFeedFile("vma_cap.json")).has_value());
  BOOST_TEST_REQUIRE(feeds.Received("smhi", smhi).has_value());
  const Catalog strings;
  IncidentList list;
  const std::size_t rows = Listed(feeds, list, strings).rows->size();
  BOOST_TEST_REQUIRE(rows > 2u);

  std::string edited = smhi;
  const std::string was = "Låga grundvattennivåer";
  edited.replace(edited.find(was), was.size(), "Mycket låga grundvattennivåer");
  const std::optional<FeedDiff> change = feeds.Received("smhi", edited);
  BOOST_TEST_REQUIRE(change.has_value());
  BOOST_TEST(change->changed.size() == 1u);
  const MapView after = Listed(feeds, list, strings);
  BOOST_TEST_REQUIRE(after.rows->size() == rows);
  BOOST_TEST(list.texts_made() == 1u, "only the edited warning's row");
  for (std::size_t i = 0; i < rows; ++i) {
    BOOST_TEST((*after.rows)[i].incident == &feeds.incidents()[i], "the rows point into the merged list as it is now");
  }
  IncidentList fresh;
  const MapView scratch = Listed(feeds, fresh, strings);
  for (std::size_t i = 0; i < rows; ++i) BOOST_TEST((*after.rows)[i].description == (*scratch.rows)[i].description);
}

BOOST_AUTO_TEST_SUITE_END()
