// Feed ingest: parse, keep what is live, order, diff. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/feed/feed_ingest.h"

#include <algorithm>
#include <utility>

namespace beredd::core {

std::optional<IngestedFeed> IngestFeed(std::string_view text, const std::vector<Incident>& shown,
                                       FeedError* error, const FeedLimits& limits, std::int64_t now_ms) {
  std::optional<Feed> feed = ParseFeed(text, FeedFormat::Auto, error, limits);
  if (!feed) return std::nullopt;
  IngestedFeed result;
  result.live.reserve(feed->incidents.size());
  for (Incident& incident : feed->incidents) {
    const bool expired = now_ms > 0 && HasExpired(incident, now_ms);
    if (IsLive(incident) && !expired) result.live.push_back(std::move(incident));
  }
  const auto newest_first = [](const Incident& a, const Incident& b) { return a.time_ms > b.time_ms; };
  // Feeds are usually newest first already; sorting them anyway moves every incident.
  if (!std::is_sorted(result.live.begin(), result.live.end(), newest_first)) {
    std::stable_sort(result.live.begin(), result.live.end(), newest_first);
  }
  result.diff = DiffIncidents(shown, result.live);
  result.dropped = std::move(feed->dropped);
  result.cancellations = std::move(feed->cancellations);
  return result;
}

}  // namespace beredd::core
