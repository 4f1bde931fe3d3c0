// One poll's worth of feed handling: parse the text, keep the live incidents newest first, and
// say what changed since the incidents already shown. The app runs this on every poll and the
// benchmark times exactly this. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/feed/feed.h"
#include "core/feed/incident.h"

namespace beredd::core {

struct IngestedFeed {
  FeedFormat format = FeedFormat::Auto;
  std::vector<Incident> live;        // Actual incidents only (never Exercise or Test), newest first
  std::vector<ItemSource> sources;     // parallel to `live`, as Feed::sources: for the next poll
  FeedDiff diff;                     // from the incidents shown before to `live`
  std::vector<DroppedItem> dropped;  // items left out as bad input
  std::vector<Cancellation> cancellations;  // alerts the feed says are over
};

// Parses `text` (any known format) against the incidents shown now. On a refused feed,
// returns nullopt and fills `error`; the incidents shown stay as they are. Incidents whose
// `expires` has passed at `now_ms` are left out (0: no clock, all kept): a VMA or a weather
// warning that no longer applies leaves the map and the list at the next poll.
// `shown_from`: the text `shown` was read from, its format and their sources (an earlier
// result's), so that items sent again are taken over; the result is the same without it.
struct ShownFrom {
  FeedFormat format = FeedFormat::Auto;
  std::string_view text;
  const std::vector<ItemSource>* sources = nullptr;  // parallel to `shown`
  // `shown` itself, when the incidents taken over may be moved out of it (PollBefore::movable):
  // the caller replaces it with `live` once the feed is accepted.
  std::vector<Incident>* movable_shown = nullptr;
  JsonTape* tape = nullptr;  // what to read into, kept from poll to poll (PollBefore::tape)
};
std::optional<IngestedFeed> IngestFeed(std::string_view text, const std::vector<Incident>& shown,
                                       FeedError* error, const FeedLimits& limits = {},
                                       std::int64_t now_ms = 0, const ShownFrom* shown_from = nullptr);

}  // namespace beredd::core
