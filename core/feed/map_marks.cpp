// The map's marks: area incidents grouped by place, polygons and exact spots, diffed by key.
// Layer: core (std only). Must not include ui, web or Emscripten headers.
#include "core/feed/map_marks.h"

#include <cmath>
#include <utility>

namespace beredd::core {
namespace {

// A place's key: its position to 1/10,000 degree (about 10 m), so incidents a feed places at
// the same municipality or county centre share one ring.
std::string PlaceKey(const GeoPoint& position) {
  return "place:" + std::to_string(std::llround(position.lat * 10000)) + "," +
         std::to_string(std::llround(position.lon * 10000));
}

MarkKind KindOf(const Incident& incident) {
  if (!incident.polygon.empty()) return MarkKind::Shape;
  return incident.precision == LocationPrecision::Area ? MarkKind::Place : MarkKind::Point;
}

}  // namespace

MarkDiff MapMarks::Update(const std::vector<Incident>& incidents) {
  std::map<std::string, MapMark, std::less<>> marks;
  // Where each incident went, in feed order: its mark (a map's nodes stay put) and its place in
  // the mark's incident_ids (views are taken once those stop growing).
  std::vector<std::pair<const MapMark*, std::size_t>> placed;
  placed.reserve(incidents.size());
  int area_incidents = 0;
  for (const Incident& incident : incidents) {
    if (!IsPlaced(incident)) continue;
    const MarkKind kind = KindOf(incident);
    std::string key = kind == MarkKind::Place ? PlaceKey(incident.position) : incident.id;
    auto [it, added] = marks.try_emplace(key);
    MapMark& mark = it->second;
    if (added) {
      mark.key = key;
      mark.kind = kind;
      mark.position = incident.position;
      mark.title = kind == MarkKind::Place ? incident.area_name : incident.title;
      if (kind == MarkKind::Shape) mark.polygon = incident.polygon;
    } else if (mark.kind != MarkKind::Place) {
      continue;  // an id given twice: the feed keeps the first, and so does the map
    }
    placed.emplace_back(&mark, mark.incident_ids.size());
    mark.incident_ids.push_back(incident.id);
    if (kind != MarkKind::Point) ++area_incidents;
  }

  MarkDiff diff;
  for (const auto& [key, mark] : marks_) {
    const auto now = marks.find(key);
    if (now == marks.end() || now->second.kind != mark.kind) diff.removed.push_back(key);
  }
  for (const auto& [key, mark] : marks) {
    const auto before = marks_.find(key);
    if (before == marks_.end() || before->second.kind != mark.kind) {
      diff.added.push_back(key);
    } else if (!(before->second == mark)) {
      diff.changed.push_back(key);
    }
  }
  marks_ = std::move(marks);  // moving a map keeps its nodes where they are
  marked_.clear();
  mark_of_.Reset(placed.size());
  for (const auto& [mark, index] : placed) {
    const std::string_view id = mark->incident_ids[index];
    if (MarkOf(id) != nullptr) continue;  // an id given twice: the first place it was drawn
    mark_of_.Insert(id, static_cast<std::uint32_t>(marked_.size()));
    marked_.emplace_back(id, mark);
  }
  area_incidents_ = area_incidents;
  return diff;
}

const MapMark* MapMarks::Find(std::string_view key) const {
  const auto it = marks_.find(key);
  return it != marks_.end() ? &it->second : nullptr;
}

const MapMark* MapMarks::MarkOf(std::string_view incident_id) const {
  const auto found = mark_of_.FindKey(incident_id, [&](std::uint32_t i) { return marked_[i].first; });
  return found ? marked_[*found].second : nullptr;
}

}  // namespace beredd::core
