// Incident feeds: detect the format, parse it into Incidents, and say what changed since the
// last poll. A feed is untrusted input from the network: limits are checked before any JSON
// is built, a bad item is dropped and counted, and nothing here throws. A whole feed is
// refused only when it cannot be read at all, or when it has items and none of them is valid.
// Layer: core (std only; the JSON side is feed_json.h). Must not include nlohmann, ui or web.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/json_tape.h"
#include "core/feed/incident.h"

namespace beredd::core {

enum class FeedFormat { Auto, GeoJson, Polisen, Cap, Krisinformation, Smhi };

// "auto", "geojson", "polisen", "cap", "krisinformation", "smhi" and back.
const char* FeedFormatName(FeedFormat format);
std::optional<FeedFormat> ParseFeedFormat(std::string_view name);

struct FeedLimits {
  // core/feed/feed_limits.json, through the build: serve.py's proxy reads the same file.
  std::size_t max_bytes = BEREDD_FEED_MAX_BYTES;
  int max_depth = 64;  // nlohmann's recursive copy and dump() crash wasm at a few thousand
  // A day of national events is a few hundred; the list and map are measured at 20,000
  // (tests/bench), so a burst or a long window still shows in full.
  std::size_t max_items = 20000;
};

// Why a whole feed was refused, and where: "line 1, column 65: nesting deeper than 64".
struct FeedError {
  std::size_t offset = 0;  // byte offset
  int line = 0, column = 0;  // 1-based; 0 when the error is about the whole text
  std::string message;
  std::string ToString() const;
};

// An item that was left out, and why ("/3: latitude and longitude are swapped").
struct DroppedItem {
  std::string where;  // JSON pointer of the item
  std::string id;     // when the item had one
  std::string reason;
};

// A CAP Cancel: the alert `id` (the first of its chain, as incidents are named) is over.
struct Cancellation {
  std::string id;
  std::int64_t time_ms = 0;  // when it was cancelled (the Cancel's `sent`)
  std::string headline;      // the Cancel's own headline, if it has one
  bool operator==(const Cancellation&) const = default;
};

// Where an incident's item is in the text it was read from: what the next poll needs to take
// it over.
struct ItemSource {
  JsonSpan bytes;        // size 0: not known (the item makes several incidents, or the text
                         // was not read in one pass)
  std::size_t hash = 0;  // of those bytes (std::hash), so the next poll need not hash them again
  std::int32_t taken_from = -1;  // its index in the PollBefore's incidents; -1: read from its bytes
};

struct Feed {
  FeedFormat format = FeedFormat::Auto;
  std::vector<Incident> incidents;  // in feed order
  // Where each incident's item is in the text, parallel to `incidents`; size 0 where one item
  // can make several incidents (CAP, SMHI, Krisinformation) or the text was not read in one pass.
  std::vector<ItemSource> sources;
  std::vector<Cancellation> cancellations;  // CAP only
  std::vector<DroppedItem> dropped;  // problems: each was bad input
  int skipped = 0;  // left out by design: Police day/night summaries, CAP cancellations
};

// The poll before, as it was read: an item sent again byte for byte reads as the same
// incident, so it is taken over instead of read again (most items of most polls).
struct PollBefore {
  FeedFormat format = FeedFormat::Auto;
  std::string_view text;
  const std::vector<Incident>* incidents = nullptr;
  const std::vector<ItemSource>* sources = nullptr;  // parallel to *incidents, as Feed::sources
  // The same vector as `incidents`, when the caller lets the incidents taken over be moved out
  // of it rather than copied: after an accepted feed only those not taken over are whole (a
  // feed that takes one over is never refused, so a refused feed leaves it untouched).
  std::vector<Incident>* movable = nullptr;
  // Incidents that are not live, or have expired at `now_ms` (0: no clock), are read again
  // rather than taken over: a reader leaves them out, so they are never moved.
  std::int64_t now_ms = 0;
  // What the text is read into, kept by the caller from poll to poll (JsonTape::Read); nullptr:
  // a tape of its own.
  JsonTape* tape = nullptr;
};

// Parses `text`. On a refused feed, returns nullopt and fills `error`. With `before`, the result
// is the same as without it, only sooner.
std::optional<Feed> ParseFeed(std::string_view text, FeedFormat format, FeedError* error,
                              const FeedLimits& limits = {}, const PollBefore* before = nullptr);

struct FeedDiff {
  std::vector<std::string> added, changed, removed;  // incident ids
  // Of `changed`: drawn another way now (its precision, or polygon or not: a map makes a new
  // layer, so it is in neither of the others), moved (position or polygon), and retitled. A map
  // updates only these, in place.
  std::vector<std::string> reshaped, moved, retitled;
  // Parallel to the incidents after: the index before of each incident equal in every field to
  // one before, -1 for the others. Empty when not worked out; what keeps state per incident (the
  // list's texts) then makes it again.
  std::vector<std::int32_t> unchanged_from;
  bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};

// What changed from `before` to `after`, matched by id. `after_sources` (parallel to `after`),
// when `after` was read with `before` as the PollBefore: those taken over are not compared.
FeedDiff DiffIncidents(const std::vector<Incident>& before, const std::vector<Incident>& after,
                       const std::vector<ItemSource>* after_sources = nullptr);

}  // namespace beredd::core
