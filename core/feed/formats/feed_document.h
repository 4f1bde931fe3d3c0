// What both ways of reading a feed share (the one-pass ParseFeed and the nlohmann reference
// in feed_json.h): the limits on the raw text, UTF-8 repair, and a parsed document read into a
// Feed by its format's reader. Layer: core (std only), internal to core/feed.
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/base/json_tape.h"
#include "core/feed/feed.h"

namespace beredd::core::feed_reading {

// A refused feed: says why through `error` (when given) and returns nullopt, for
// `return Refuse(error, why);`.
inline std::nullopt_t Refuse(FeedError* error, FeedError why) {
  if (error) *error = std::move(why);
  return std::nullopt;
}

// An error at byte `offset` of `text`, with its line and column.
FeedError ErrorAt(std::string_view text, std::size_t offset, std::string message);

// Limits checked before any JSON exists: size, emptiness, and an HTML page where JSON belongs.
std::optional<FeedError> CheckStart(std::string_view text, const FeedLimits& limits);

// How deep arrays and objects nest, counted on the raw text (strings skipped, escapes
// honoured) whether or not it is valid JSON. A feed too deep is refused for that, even when
// it has a syntax error before the deep part.
std::optional<FeedError> CheckDepth(std::string_view text, const FeedLimits& limits);

bool IsValidUtf8(std::string_view text);
// Every invalid UTF-8 sequence becomes U+FFFD, one per byte.
std::string RepairUtf8(std::string_view text);

// Detects the format (unless `format` names one), reads the items and refuses a feed whose
// items are all bad. Returns nullopt and fills `error` on a refused feed.
std::optional<Feed> ReadDocument(JsonValue root, FeedFormat format, FeedError* error, const FeedLimits& limits,
                                 const PollBefore* before = nullptr);

}  // namespace beredd::core::feed_reading
