// The sample feeds in tests/feeds/, shaped like the live APIs, and reading feeds that must
// parse, for core's tests.
#pragma once

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "core/feed/feed.h"

namespace beredd::test {

inline std::string ReadFeedFile(const std::string& name) {
  std::ifstream in(std::string(BEREDD_FEEDS_DIR) + "/" + name, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The feed `text` parses to; the test case stops with the parser's reason when it does not.
inline core::Feed MustParse(const std::string& text, core::FeedFormat format = core::FeedFormat::Auto) {
  core::FeedError error;
  auto feed = core::ParseFeed(text, format, &error);
  BOOST_TEST_REQUIRE(feed.has_value(), error.ToString());
  return *feed;
}

// The incident `id` of `feed`; the test case stops when there is none.
inline const core::Incident& FindIncident(const core::Feed& feed, const std::string& id) {
  for (const core::Incident& incident : feed.incidents) {
    if (incident.id == id) return incident;
  }
  BOOST_FAIL("no incident " + id);
  return feed.incidents.front();
}

}  // namespace beredd::test
