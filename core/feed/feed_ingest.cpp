// Feed ingest: parse, keep what is live, order, diff. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/feed/feed_ingest.h"

#include <algorithm>
#include <utility>

namespace beredd::core {
namespace {

// A stable sort of `live` by time, newest first, with `sources` kept parallel to it.
void SortNewestFirst(std::vector<Incident>& live, std::vector<ItemSource>& sources) {
  std::vector<std::size_t> order(live.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return live[a].time_ms > live[b].time_ms; });
  std::vector<Incident> sorted_live;
  std::vector<ItemSource> sorted_sources;
  sorted_live.reserve(live.size());
  sorted_sources.reserve(live.size());
  for (std::size_t i : order) {
    sorted_live.push_back(std::move(live[i]));
    sorted_sources.push_back(sources[i]);
  }
  live = std::move(sorted_live);
  sources = std::move(sorted_sources);
}

}  // namespace

std::optional<IngestedFeed> IngestFeed(std::string_view text, const std::vector<Incident>& shown,
                                       FeedError* error, const FeedLimits& limits, std::int64_t now_ms,
                                       const ShownFrom* shown_from) {
  std::optional<PollBefore> before;
  if (shown_from != nullptr && shown_from->sources != nullptr && shown_from->sources->size() == shown.size()) {
    std::vector<Incident>* movable = shown_from->movable_shown == &shown ? shown_from->movable_shown : nullptr;
    before = PollBefore{shown_from->format, shown_from->text, &shown, shown_from->sources, movable, now_ms,
                        shown_from->tape};
  }
  std::optional<Feed> feed = ParseFeed(text, FeedFormat::Auto, error, limits, before ? &*before : nullptr);
  if (!feed) return std::nullopt;
  IngestedFeed result;
  result.format = feed->format;
  // What is not live is left out in place, so the feed's 20,000 incidents become the result
  // without being moved into a second array.
  std::vector<Incident>& incidents = feed->incidents;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    const bool expired = now_ms > 0 && HasExpired(incidents[i], now_ms);
    if (!IsLive(incidents[i]) || expired) continue;
    if (kept != i) {
      incidents[kept] = std::move(incidents[i]);
      feed->sources[kept] = feed->sources[i];
    }
    ++kept;
  }
  incidents.erase(incidents.begin() + static_cast<std::ptrdiff_t>(kept), incidents.end());
  feed->sources.resize(kept);
  result.live = std::move(incidents);
  result.sources = std::move(feed->sources);
  const auto newest_first = [](const Incident& a, const Incident& b) { return a.time_ms > b.time_ms; };
  // Feeds are usually newest first already; sorting them anyway moves every incident.
  if (!std::is_sorted(result.live.begin(), result.live.end(), newest_first)) {
    SortNewestFirst(result.live, result.sources);
  }
  result.diff = DiffIncidents(shown, result.live, before ? &result.sources : nullptr);
  result.dropped = std::move(feed->dropped);
  result.cancellations = std::move(feed->cancellations);
  return result;
}

}  // namespace beredd::core
