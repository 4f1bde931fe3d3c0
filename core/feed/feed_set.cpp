// Several feed sources as one (feed_set.h). Layer: core (std only).
// Must not include nlohmann, ui, web or Emscripten headers.
#include "core/feed/feed_set.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace beredd::core {
namespace {

std::string Qualified(const FeedSource& source, std::string_view id) {
  return source.id + "/" + std::string(id);
}

void Qualify(const FeedSource& source, std::vector<std::string>& ids) {
  for (std::string& id : ids) id = Qualified(source, id);
}

}  // namespace

FeedSet::FeedSet(Platform& platform, FeedLimits limits) : platform_(&platform), limits_(limits) {
  Configure({FeedSource{"main", "", FeedSettings{}.endpoint}});
}

std::optional<FeedDiff> FeedSet::Configure(const std::vector<FeedSource>& sources) {
  if (sources == sources_) return std::nullopt;
  ++version_;
  change_.reset();  // every session starts afresh: nothing is kept
  FeedDiff gone;
  for (const Incident& incident : incidents()) gone.removed.push_back(incident.id);
  sources_ = sources;
  sessions_.clear();
  merged_.clear();
  merged_alerts_.clear();
  // With one source its state needs no name: the map says "Uppdaterad 14:05" as it always has.
  for (const FeedSource& source : sources_) sessions_.emplace_back(*platform_, limits_, sources_.size() > 1 ? source.name : "");
  return gone;
}

FeedSession* FeedSet::Session(std::string_view source) {
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    if (sources_[i].id == source) return &sessions_[i];
  }
  platform_->Warn("feed: a poll for a source the pack no longer lists: " + std::string(source));
  return nullptr;
}

std::optional<FeedDiff> FeedSet::Received(std::string_view source, std::string_view text) {
  FeedSession* session = Session(source);
  if (session == nullptr) return std::nullopt;
  const std::uint64_t generation = session->generation();
  std::optional<FeedDiff> diff = session->Received(text);
  return Merged(source, std::move(diff), session->generation() != generation);
}

std::optional<FeedDiff> FeedSet::Offline(std::string_view source, std::string_view copy, std::int64_t fetched_ms) {
  FeedSession* session = Session(source);
  if (session == nullptr) return std::nullopt;
  const std::uint64_t generation = session->generation();
  std::optional<FeedDiff> diff = session->Offline(copy, fetched_ms);
  return Merged(source, std::move(diff), session->generation() != generation);
}

void FeedSet::Failed(std::string_view source, std::string reason) {
  if (FeedSession* session = Session(source)) session->Failed(std::move(reason));
}

// After one source changed: the merged list again, and its diff in merged ids.
std::optional<FeedDiff> FeedSet::Merged(std::string_view source_id, std::optional<FeedDiff> diff, bool replaced) {
  // A session's vector can be replaced when nothing changed (the same items in other bytes):
  // what points into the incidents (the list's rows) must be made again all the same.
  if (!replaced || !diff) return diff;
  ++version_;
  if (merging()) Merge(source_id, *diff);
  change_ = diff;
  return diff;
}

// Every session's incidents again in one list, and `diff` in its ids ("<source>/<id>") and
// its positions.
void FeedSet::Merge(std::string_view source_id, FeedDiff& diff) {
  const std::vector<Incident> before = std::move(merged_);
  merged_.clear();
  for (std::size_t i = 0; i < sessions_.size(); ++i) {
    for (const Incident& incident : sessions_[i].incidents()) {
      Incident copy = incident;
      copy.id = Qualified(sources_[i], incident.id);
      if (copy.source.empty()) copy.source = sources_[i].name;
      merged_.push_back(std::move(copy));
    }
  }
  std::stable_sort(merged_.begin(), merged_.end(),
                   [](const Incident& a, const Incident& b) { return a.time_ms > b.time_ms; });
  merged_alerts_.clear();
  for (std::size_t i = 0; i < merged_.size(); ++i) {
    if (IsAlert(merged_[i])) merged_alerts_.push_back(i);
  }
  const auto source = std::find_if(sources_.begin(), sources_.end(),
                                   [&](const FeedSource& s) { return s.id == source_id; });
  for (auto* ids : {&diff.added, &diff.changed, &diff.removed, &diff.reshaped, &diff.moved, &diff.retitled}) {
    Qualify(*source, *ids);
  }
  // A few hundred incidents from a handful of sources: found again by id.
  std::unordered_map<std::string_view, std::size_t> index_before;
  for (std::size_t k = 0; k < before.size(); ++k) index_before.emplace(before[k].id, k);
  diff.unchanged_from.assign(merged_.size(), -1);
  for (std::size_t i = 0; i < merged_.size(); ++i) {
    const auto was = index_before.find(merged_[i].id);
    if (was != index_before.end() && before[was->second] == merged_[i]) {
      diff.unchanged_from[i] = static_cast<std::int32_t>(was->second);
    }
  }
}

const std::vector<Incident>& FeedSet::incidents() const {
  return merging() || sessions_.empty() ? merged_ : sessions_.front().incidents();
}

const Incident* FeedSet::Find(std::string_view id) const {
  if (!merging()) return sessions_.empty() ? nullptr : sessions_.front().Find(id);
  for (const Incident& incident : merged_) {
    if (incident.id == id) return &incident;
  }
  return nullptr;
}

void FeedSet::Fill(MapView& view) const {
  for (const FeedSession& session : sessions_) session.Fill(view);
  view.incidents = &incidents();
  view.incidents_version = version_;
  if (change_) {
    view.change = &*change_;
    view.change_from_version = version_ - 1;
  }
}

void FeedSet::FillAlerts(AlertsView& view, std::int64_t now_ms) const {
  if (!merging()) {
    if (!sessions_.empty()) sessions_.front().FillAlerts(view, now_ms);
    return;
  }
  for (std::size_t i : merged_alerts_) {
    if (!HasExpired(merged_[i], now_ms)) view.active.push_back(&merged_[i]);
  }
  for (std::size_t i = 0; i < sessions_.size(); ++i) {
    AlertsView own;
    sessions_[i].FillAlerts(own, now_ms);
    for (CancelledAlert& cancelled : own.cancelled) {
      cancelled.id = Qualified(sources_[i], cancelled.id);
      view.cancelled.push_back(std::move(cancelled));
    }
  }
  std::stable_sort(view.cancelled.begin(), view.cancelled.end(),
                   [](const CancelledAlert& a, const CancelledAlert& b) { return a.time_ms > b.time_ms; });
}

void FeedSet::DismissCancelled(std::string_view id) {
  if (!merging()) {
    if (!sessions_.empty()) sessions_.front().DismissCancelled(id);
    return;
  }
  const std::size_t slash = id.find('/');
  if (slash == std::string_view::npos) return;
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    if (sources_[i].id == id.substr(0, slash)) sessions_[i].DismissCancelled(id.substr(slash + 1));
  }
}

}  // namespace beredd::core
