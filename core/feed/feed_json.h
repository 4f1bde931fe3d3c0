// The feed and nlohmann: incidents written as Beredd's GeoJSON profile (README "Incident
// feeds"), and the nlohmann way of reading a feed, kept as the reference the one-pass ParseFeed
// (feed.h) is checked against by the tests and the differential fuzzer.
// Layer: core (std + nlohmann). Must not be included by ui or web; must not include either.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/feed/feed.h"

namespace beredd::core {

// Beredd's GeoJSON profile, as `beredd-check feed` prints it.
nlohmann::json IncidentsToGeoJson(const std::vector<Incident>& incidents);

// ParseFeed the way it was before the one-pass reader: the limits and the depth checked on the
// raw text, invalid UTF-8 repaired in a copy, nlohmann::json::parse, and its document read by
// the same format readers. Same contract as ParseFeed; only syntax error texts differ.
std::optional<Feed> ParseFeedWithNlohmann(std::string_view text, FeedFormat format, FeedError* error,
                                          const FeedLimits& limits = {});

}  // namespace beredd::core
