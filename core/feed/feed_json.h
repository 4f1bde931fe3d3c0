// The feed as JSON: which format a parsed document is, and incidents written as Beredd's GeoJSON
// profile (README "Incident feeds"). Parsing text is ParseFeed (feed.h), which needs no JSON.
// Layer: core (std + nlohmann). Must not be included by ui or web; must not include either.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "core/feed/feed.h"

namespace beredd::core {

// Which format `root` looks like, or Auto when none.
FeedFormat DetectFeedFormat(const nlohmann::json& root);

// Beredd's GeoJSON profile, as `beredd-check feed` prints it.
nlohmann::json IncidentsToGeoJson(const std::vector<Incident>& incidents);

}  // namespace beredd::core
