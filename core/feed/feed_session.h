// The incident feed as the app shows it: the last good live incidents, when they came, and
// whether the polls since then failed (stale, and why). The runner hands it what the poller
// reports; it says what changed, so the map layer updates in place. Layer: core.
// Must not include ui, web or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/feed/alert_screen.h"
#include "core/feed/feed.h"
#include "core/feed/incident.h"
#include "core/feed/map_screen.h"
#include "core/base/platform.h"

namespace beredd::core {

class FeedSession {
 public:
  // `name`: the source's, shown with its state when the pack polls several ("" for one).
  explicit FeedSession(Platform& platform, FeedLimits limits = {}, std::string name = {})
      : platform_(&platform), limits_(limits), name_(std::move(name)) {}

  // A poll answered with `text`. Returns what changed in incidents(), or nullopt when the feed
  // was refused: then it counts as a failure and the last good incidents stay.
  std::optional<FeedDiff> Received(std::string_view text);
  // The network did not answer. `copy` is the feed this browser last accepted, fetched at
  // `fetched_ms` ("" without one): it is shown, marked stale, only if it is newer than what is
  // shown (after a reload offline it is all there is).
  std::optional<FeedDiff> Offline(std::string_view copy, std::int64_t fetched_ms);
  // A poll failed (an HTTP error, a refused size): the last good incidents stay, marked stale.
  void Failed(std::string reason);

  const std::vector<Incident>& incidents() const { return incidents_; }  // newest first
  // Moves each time incidents() is replaced: what points into it must be made again. A poll
  // that brings the very bytes of the last one (most polls) keeps it where it is.
  std::uint64_t generation() const { return generation_; }
  const Incident* Find(std::string_view id) const;  // nullptr: not (or no longer) in the feed
  std::int64_t updated_ms() const { return updated_ms_; }
  const FeedLimits& limits() const { return limits_; }

  // The feed's part of the map screen: incidents (borrowed from this session) and its state.
  void Fill(MapView& view) const;
  FeedState State() const;
  // The alert bar at `now_ms`: alerts that have not expired, and cancellations of the last day.
  void FillAlerts(AlertsView& view, std::int64_t now_ms) const;
  // The visitor closed the notice that alert `id` was cancelled.
  void DismissCancelled(std::string_view id);

  // How long "VMA upphävt" stays in the bar unless closed.
  static constexpr std::int64_t kCancelledShownMs = 24 * 3'600'000LL;

 private:
  std::optional<FeedDiff> Load(std::string_view text, std::int64_t updated_ms);
  // The bytes of the last accepted poll again, read at `now_ms`: only the clock can have
  // changed the live incidents (some expired), so nothing is read again.
  FeedDiff Repeated(std::int64_t now_ms, std::int64_t updated_ms);
  // And the alerts' indexes; `sources`: parallel, where each was in accepted_text_.
  void Replace(std::vector<Incident> incidents, std::vector<ItemSource> sources);
  void NoteCancellations(const std::vector<Cancellation>& cancellations);
  void MarkStale(std::string reason, bool offline);

  Platform* platform_;
  FeedLimits limits_;
  std::string name_;
  std::vector<Incident> incidents_;  // live (Actual) only, newest first
  std::vector<std::size_t> alerts_;  // indexes of incidents_ that are alerts, found once per poll
  std::uint64_t generation_ = 0;
  std::vector<ItemSource> sources_;    // parallel to incidents_: their items in accepted_text_
  std::string accepted_text_;        // the last good poll's bytes, to know a repeat without reading it
  FeedFormat accepted_format_ = FeedFormat::Auto;  // what it was read as
  std::int64_t accepted_now_ms_ = 0; // the clock when it was read (expiry depends on it)
  JsonTape tape_;                    // what each poll is read into, its memory kept for the next
  std::int64_t updated_ms_ = 0;      // the last good poll; 0: none yet
  std::int64_t stale_since_ms_ = 0;  // the first failure after it; 0: up to date
  std::string problem_;              // why the last poll failed
  bool offline_ = false;             // the last failure was the network not answering
  int dropped_ = 0;                  // items the last good feed left out
  std::vector<CancelledAlert> cancelled_;  // newest first; a feed repeats them, each is kept once
  std::vector<std::string> dismissed_;     // cancellation ids the visitor closed
};

}  // namespace beredd::core
