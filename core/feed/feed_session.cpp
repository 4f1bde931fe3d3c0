// The feed's rules over time: refused feeds keep the last good incidents, the first failure
// starts the stale clock, a kept copy never replaces newer incidents. Layer: core.
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/feed/feed_session.h"

#include <algorithm>
#include <utility>

#include "core/feed/feed_ingest.h"

namespace beredd::core {

std::optional<FeedDiff> FeedSession::Received(std::string_view text) {
  std::optional<FeedDiff> diff = Load(text, platform_->NowMs());
  if (!diff) return std::nullopt;
  stale_since_ms_ = 0;
  problem_.clear();
  offline_ = false;
  return diff;
}

std::optional<FeedDiff> FeedSession::Offline(std::string_view copy, std::int64_t fetched_ms) {
  std::optional<FeedDiff> diff;
  // A refused copy is reported by Load and then overruled: the network is the reason shown.
  if (!copy.empty() && fetched_ms > updated_ms_) diff = Load(copy, fetched_ms);
  MarkStale({}, /*offline=*/true);
  return diff;
}

void FeedSession::Failed(std::string reason) { MarkStale(std::move(reason), /*offline=*/false); }

std::optional<FeedDiff> FeedSession::Load(std::string_view text, std::int64_t updated_ms) {
  const std::int64_t now_ms = platform_->NowMs();
  // A clock set back could bring expired incidents back: then the feed is read again.
  if (updated_ms_ != 0 && now_ms >= accepted_now_ms_ && text == accepted_text_) return Repeated(now_ms, updated_ms);
  FeedError error;
  // Items sent again byte for byte (most of them) are taken over from the last good poll, their
  // incidents moved out of incidents_: it is replaced below when the poll is accepted, and left
  // as it was when it is refused.
  const ShownFrom shown_from{accepted_format_, accepted_text_, &sources_, &incidents_, &tape_};
  std::optional<IngestedFeed> feed = IngestFeed(text, incidents_, &error, limits_, now_ms, &shown_from);
  if (!feed) {
    Failed(error.ToString());
    return std::nullopt;
  }
  for (const DroppedItem& dropped : feed->dropped) {
    platform_->Warn("feed item dropped: " + dropped.where + " " + dropped.reason);
  }
  // Before the incidents go: their headlines are named. (Cancellations come only with CAP
  // feeds, whose items are never taken over, so incidents_ is whole here.)
  NoteCancellations(feed->cancellations);
  Replace(std::move(feed->live), std::move(feed->sources));
  // Room for the feed to grow: a 6 MB poll that no longer fits moves (and can grow the wasm
  // heap, ~20 ms) on the poll that brings it.
  if (accepted_text_.capacity() < text.size()) accepted_text_.reserve(text.size() + text.size() / 4);
  accepted_text_.assign(text);
  accepted_format_ = feed->format;
  accepted_now_ms_ = now_ms;
  dropped_ = static_cast<int>(feed->dropped.size());
  updated_ms_ = updated_ms;
  return std::move(feed->diff);
}

// What IngestFeed would make of the same bytes now: the same incidents in the same order, less
// those expired since (the same dropped items and cancellations, already noted).
FeedDiff FeedSession::Repeated(std::int64_t now_ms, std::int64_t updated_ms) {
  FeedDiff diff;
  const auto expired = [&](const Incident& incident) { return HasExpired(incident, now_ms); };
  if (std::any_of(incidents_.begin(), incidents_.end(), expired)) {
    std::vector<Incident> live;
    std::vector<ItemSource> sources;
    live.reserve(incidents_.size());
    sources.reserve(incidents_.size());
    for (std::size_t i = 0; i < incidents_.size(); ++i) {
      if (expired(incidents_[i])) {
        diff.removed.push_back(incidents_[i].id);
      } else {
        diff.unchanged_from.push_back(static_cast<std::int32_t>(i));
        live.push_back(std::move(incidents_[i]));
        sources.push_back(sources_[i]);
      }
    }
    Replace(std::move(live), std::move(sources));
  }
  accepted_now_ms_ = now_ms;
  updated_ms_ = updated_ms;
  return diff;
}

void FeedSession::Replace(std::vector<Incident> incidents, std::vector<ItemSource> sources) {
  incidents_ = std::move(incidents);
  sources_ = std::move(sources);
  ++generation_;
  // The bar reads this every frame: a 20,000-incident feed is searched once per poll, not per frame.
  alerts_.clear();
  for (std::size_t i = 0; i < incidents_.size(); ++i) {
    if (IsAlert(incidents_[i])) alerts_.push_back(i);
  }
}

void FeedSession::MarkStale(std::string reason, bool offline) {
  if (stale_since_ms_ == 0) stale_since_ms_ = platform_->NowMs();
  problem_ = std::move(reason);
  offline_ = offline;
}

void FeedSession::Fill(MapView& view) const {
  view.incidents = &incidents_;
  view.feeds.push_back(State());
}

FeedState FeedSession::State() const {
  return {name_, updated_ms_, stale_since_ms_, problem_, offline_, dropped_};
}

void FeedSession::NoteCancellations(const std::vector<Cancellation>& cancellations) {
  for (const Cancellation& cancellation : cancellations) {
    const auto known = [&](const CancelledAlert& c) { return c.id == cancellation.id; };
    if (std::any_of(cancelled_.begin(), cancelled_.end(), known)) continue;
    const Incident* shown = Find(cancellation.id);
    cancelled_.push_back({cancellation.id, shown != nullptr ? shown->title : cancellation.headline,
                          cancellation.time_ms});
  }
  std::stable_sort(cancelled_.begin(), cancelled_.end(),
                   [](const CancelledAlert& a, const CancelledAlert& b) { return a.time_ms > b.time_ms; });
}

void FeedSession::FillAlerts(AlertsView& view, std::int64_t now_ms) const {
  for (std::size_t i : alerts_) {
    if (!HasExpired(incidents_[i], now_ms)) view.active.push_back(&incidents_[i]);
  }
  for (const CancelledAlert& cancelled : cancelled_) {
    if (now_ms - cancelled.time_ms >= kCancelledShownMs) continue;
    if (std::find(dismissed_.begin(), dismissed_.end(), cancelled.id) != dismissed_.end()) continue;
    view.cancelled.push_back(cancelled);
  }
}

void FeedSession::DismissCancelled(std::string_view id) {
  if (std::find(dismissed_.begin(), dismissed_.end(), id) == dismissed_.end()) dismissed_.emplace_back(id);
}

std::string AlertsKey(const AlertsView& view) {
  std::string key;
  for (const Incident* incident : view.active) {
    key.append(incident->id).append("@").append(std::to_string(incident->updated_ms)).append(";");
  }
  key.append("|").append(std::to_string(view.elsewhere.size())).append("|");
  for (const CancelledAlert& cancelled : view.cancelled) key.append(cancelled.id).append(";");
  return key;
}

const Incident* FeedSession::Find(std::string_view id) const {
  for (const Incident& incident : incidents_) {
    if (incident.id == id) return &incident;
  }
  return nullptr;
}

}  // namespace beredd::core
