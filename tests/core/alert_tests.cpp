// Alerts, not just incidents: what counts as one (a live VMA, a Krisinformation item, anything
// Severe or Extreme; never an exercise or a test), the CAP lifecycle as the alert bar sees it
// (an Update replaces, a Cancel removes and is shown as "VMA upphävt" with its time, `expires`
// is respected), dismissing a cancellation, and the key that decides whether a poll needs a
// frame.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/feed/feed.h"
#include "core/feed/feed_json.h"
#include "core/feed/feed_session.h"
#include "tests/core/fake_platform.h"

using namespace beredd::core;
using beredd::test::FakePlatform;

namespace {

// One CAP message as Sveriges Radio's API sends it: Örebro kommun by its SCB code.
std::string Cap(const std::string& identifier, const std::string& type, const std::string& sent,
                const std::string& headline, const std::string& references = "",
                const std::string& status = "Actual", const std::string& expires = "") {
  std::string info = R"({"event": "Viktigt meddelande till allmänheten", "severity": "Severe", "urgency": "Immediate",)"
                     R"( "senderName": "Sveriges Radio", "headline": ")" + headline + R"(",)"
                     R"( "description": "Brand i industribyggnad med kraftig rök.", "instruction": "Gå inomhus och stäng dörrar, fönster och ventilation.",)";
  if (!expires.empty()) info += R"( "expires": ")" + expires + R"(",)";
  info += R"( "area": [{"areaDesc": "Örebro kommun", "geocode": [{"valueName": "Kommun", "value": "1880"}]}]})";
  return R"({"identifier": ")" + identifier + R"(", "sender": "sr.se", "sent": ")" + sent +
         R"(", "status": ")" + status + R"(", "msgType": ")" + type + R"(", "scope": "Public", "references": ")" +
         references + R"(", "info": )" + info + "}";
}

std::string CapFeed(std::initializer_list<std::string> alerts) {
  std::string text = R"({"alerts": [)";
  bool first = true;
  for (const std::string& alert : alerts) {
    text += (first ? "" : ",") + alert;
    first = false;
  }
  return text + "]}";
}

constexpr std::int64_t kSent = 1764856800000;  // 2025-12-04T14:00:00Z
const std::string kSentText = "2025-12-04T15:00:00+01:00";
const std::string kVma = Cap("SR-1", "Alert", kSentText, "Brand i Örebro");

AlertsView Alerts(const FeedSession& session, std::int64_t now_ms) {
  AlertsView view;
  session.FillAlerts(view, now_ms);
  return view;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(alerts)

BOOST_AUTO_TEST_CASE(a_live_vma_krisinformation_or_severe_item_is_an_alert_an_exercise_never) {
  Incident incident;
  incident.origin = IncidentOrigin::Cap;
  BOOST_TEST(IsAlert(incident));
  incident.status = IncidentStatus::Exercise;
  BOOST_TEST(!IsAlert(incident));
  incident.status = IncidentStatus::Test;
  BOOST_TEST(!IsAlert(incident));
  Incident news;
  news.origin = IncidentOrigin::Krisinformation;
  BOOST_TEST(IsAlert(news));
  Incident police;
  police.origin = IncidentOrigin::Police;
  BOOST_TEST(!IsAlert(police));
  police.severity = "Severe";
  BOOST_TEST(IsAlert(police));
  police.severity = "Extreme";
  BOOST_TEST(IsAlert(police));
  police.severity = "Moderate";
  BOOST_TEST(!IsAlert(police));
}

BOOST_AUTO_TEST_CASE(a_vma_carries_what_to_do_and_when_it_expires) {
  FeedError error;
  const auto feed = ParseFeed(CapFeed({Cap("SR-1", "Alert", kSentText, "Brand i Örebro", "", "Actual",
                                           "2025-12-04T18:00:00+01:00")}),
                              FeedFormat::Auto, &error);
  BOOST_TEST_REQUIRE(feed.has_value(), error.ToString());
  BOOST_TEST_REQUIRE(feed->incidents.size() == 1u);
  const Incident& vma = feed->incidents[0];
  BOOST_TEST((vma.origin == IncidentOrigin::Cap));
  BOOST_TEST(vma.instruction == "Gå inomhus och stäng dörrar, fönster och ventilation.");
  BOOST_TEST(vma.expires_ms == kSent + 3 * 3'600'000LL);
  BOOST_TEST(vma.area_name == "Örebro kommun");
  BOOST_TEST(IsAlert(vma));
}

BOOST_AUTO_TEST_CASE(the_bar_shows_live_alerts_until_they_expire_and_never_exercises) {
  FakePlatform platform;
  FeedSession session(platform);
  const std::string exercise = Cap("SR-2", "Alert", kSentText, "Övning: brand", "", "Exercise");
  const std::string expiring = Cap("SR-3", "Alert", kSentText, "Gasutsläpp", "", "Actual", "2025-12-04T16:00:00+01:00");
  BOOST_TEST_REQUIRE(session.Received(CapFeed({kVma, exercise, expiring})).has_value());
  AlertsView view = Alerts(session, kSent + 30 * 60'000);
  BOOST_TEST_REQUIRE(view.active.size() == 2u);
  for (const Incident* alert : view.active) BOOST_TEST(alert->id != "SR-2", "an exercise never shows");
  view = Alerts(session, kSent + 3'600'000);  // 16:00: the gas alert has expired
  BOOST_TEST_REQUIRE(view.active.size() == 1u);
  BOOST_TEST(view.active[0]->id == "SR-1");
  BOOST_TEST(session.Find("SR-3") != nullptr, "until the next poll it is still on the map");
  // The next poll after it expired: gone from the map and the list too, said by the diff.
  platform.now_ms = kSent + 3'600'000;
  const auto diff = session.Received(CapFeed({kVma, exercise, expiring}));
  BOOST_TEST_REQUIRE(diff.has_value());
  BOOST_TEST((diff->removed == std::vector<std::string>{"SR-3"}));
  BOOST_TEST(session.Find("SR-3") == nullptr);
  BOOST_TEST(session.Find("SR-1") != nullptr);
}

BOOST_AUTO_TEST_CASE(an_update_replaces_and_a_cancel_removes_and_says_when) {
  FakePlatform platform;
  FeedSession session(platform);
  BOOST_TEST_REQUIRE(session.Received(CapFeed({kVma})).has_value());
  const std::string key_first = AlertsKey(Alerts(session, kSent));
  // An Update keeps the first alert's id and replaces its text.
  const std::string update = Cap("SR-1b", "Update", "2025-12-04T15:20:00+01:00", "Brand i Örebro: rök mot centrum",
                                 "sr.se,SR-1,2025-12-04T15:00:00+01:00");
  const auto updated = session.Received(CapFeed({kVma, update}));
  BOOST_TEST_REQUIRE(updated.has_value());
  BOOST_TEST(updated->changed == std::vector<std::string>{"SR-1"});
  AlertsView view = Alerts(session, kSent + 30 * 60'000);
  BOOST_TEST_REQUIRE(view.active.size() == 1u);
  BOOST_TEST(view.active[0]->title == "Brand i Örebro: rök mot centrum");
  BOOST_TEST(AlertsKey(view) != key_first, "an update changes what the bar shows");
  // The Cancel references the whole chain.
  const std::string cancel = Cap("SR-1c", "Cancel", "2025-12-04T16:05:00+01:00", "",
                                 "sr.se,SR-1,2025-12-04T15:00:00+01:00 sr.se,SR-1b,2025-12-04T15:20:00+01:00");
  const auto cancelled = session.Received(CapFeed({kVma, update, cancel}));
  BOOST_TEST_REQUIRE(cancelled.has_value());
  BOOST_TEST(cancelled->removed == std::vector<std::string>{"SR-1"});
  view = Alerts(session, kSent + 70 * 60'000);
  BOOST_TEST(view.active.empty());
  BOOST_TEST_REQUIRE(view.cancelled.size() == 1u);
  BOOST_TEST(view.cancelled[0].id == "SR-1");
  BOOST_TEST(view.cancelled[0].headline == "Brand i Örebro: rök mot centrum", "named as it was last shown");
  BOOST_TEST(view.cancelled[0].time_ms == kSent + 65 * 60'000);
  // The feed keeps listing the Cancel: it is noted once.
  BOOST_TEST_REQUIRE(session.Received(CapFeed({kVma, update, cancel})).has_value());
  BOOST_TEST(Alerts(session, kSent + 71 * 60'000).cancelled.size() == 1u);
  // Closed by the visitor, or a day later, it is gone.
  BOOST_TEST(Alerts(session, kSent + 65 * 60'000 + FeedSession::kCancelledShownMs).cancelled.empty());
  session.DismissCancelled("SR-1");
  BOOST_TEST(Alerts(session, kSent + 72 * 60'000).cancelled.empty());
}

BOOST_AUTO_TEST_CASE(an_unchanged_poll_leaves_the_key_alone) {
  FakePlatform platform;
  FeedSession session(platform);
  BOOST_TEST_REQUIRE(session.Received(CapFeed({kVma})).has_value());
  const std::string before = AlertsKey(Alerts(session, kSent));
  BOOST_TEST_REQUIRE(session.Received(CapFeed({kVma})).has_value());
  BOOST_TEST(AlertsKey(Alerts(session, kSent)) == before);
}

BOOST_AUTO_TEST_CASE(converted_to_geojson_an_alert_stays_an_alert) {
  FeedError error;
  const auto feed = ParseFeed(CapFeed({kVma}), FeedFormat::Auto, &error);
  BOOST_TEST_REQUIRE(feed.has_value());
  FakePlatform platform;
  FeedSession session(platform);
  BOOST_TEST_REQUIRE(session.Received(IncidentsToGeoJson(feed->incidents).dump()).has_value());
  const AlertsView view = Alerts(session, kSent);
  BOOST_TEST_REQUIRE(view.active.size() == 1u);
  BOOST_TEST(view.active[0]->instruction == "Gå inomhus och stäng dörrar, fönster och ventilation.");
}

BOOST_AUTO_TEST_SUITE_END()
