// Every source the pack lists, polled at once (police events, VMA, Krisinformation, SMHI), one
// FeedSession each: one source failing marks only itself stale and keeps its last incidents.
// The map and the alert bar see one merged feed. Layer: core (std only).
// Must not include nlohmann, ui, web or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/platform.h"
#include "core/content/content_pack.h"
#include "core/feed/alert_screen.h"
#include "core/feed/feed_session.h"

namespace beredd::core {

// With one source it is that source's session, unchanged: ids as the feed gives them, no copy.
// With several, each incident is copied once per change into the merged list, its id made
// "<source>/<id>" (two feeds may use the same id) and its source named where the feed does not.
class FeedSet {
 public:
  explicit FeedSet(Platform& platform, FeedLimits limits = {});

  // The sources to poll. The same list changes nothing; another starts every source afresh,
  // and returns what the map must remove.
  std::optional<FeedDiff> Configure(const std::vector<FeedSource>& sources);
  const std::vector<FeedSource>& sources() const { return sources_; }

  // A source's poll answered, failed or found no network (FeedSession's rules, per source).
  // An unknown source (polled before the pack changed) is ignored.
  std::optional<FeedDiff> Received(std::string_view source, std::string_view text);
  std::optional<FeedDiff> Offline(std::string_view source, std::string_view copy, std::int64_t fetched_ms);
  void Failed(std::string_view source, std::string reason);

  const std::vector<Incident>& incidents() const;  // every source's, newest first
  const Incident* Find(std::string_view id) const;
  const FeedLimits& limits() const { return limits_; }

  void Fill(MapView& view) const;  // the incidents and each source's state
  void FillAlerts(AlertsView& view, std::int64_t now_ms) const;
  void DismissCancelled(std::string_view id);

 private:
  FeedSession* Session(std::string_view source);
  // `replaced`: the session's incidents() moved (FeedSession::generation).
  std::optional<FeedDiff> Merged(std::string_view source, std::optional<FeedDiff> diff, bool replaced);
  void Merge(std::string_view source, FeedDiff& diff);
  bool merging() const { return sessions_.size() > 1; }

  Platform* platform_;
  FeedLimits limits_;
  std::vector<FeedSource> sources_;
  std::vector<FeedSession> sessions_;  // one per source, in the same order
  std::vector<Incident> merged_;       // several sources: all incidents, newest first
  std::vector<std::size_t> merged_alerts_;  // indexes of merged_ that are alerts
  std::uint64_t version_ = 0;               // counts the changes to incidents()
  std::optional<FeedDiff> change_;          // from version_ - 1 to version_, when a poll made it
};

}  // namespace beredd::core
