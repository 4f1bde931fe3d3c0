// The map's marks: area incidents grouped by place, polygons and exact spots, diffed by key.
// Layer: core (std only). Must not include ui, web or Emscripten headers.
#include "core/feed/map_marks.h"

#include <algorithm>
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

// An incident's own key is its id, unless the id could be taken for a place's key or for
// another id kept this way: then "id:" goes before it. A feed's id never shares a key with a place.
std::string EscapedId(std::string_view id) {
  const bool ambiguous = id.starts_with("place:") || id.starts_with("id:");
  return ambiguous ? "id:" + std::string(id) : std::string();
}

MarkKind KindOf(const Incident& incident) {
  if (!incident.polygon.empty()) return MarkKind::Shape;
  return incident.precision == LocationPrecision::Area ? MarkKind::Place : MarkKind::Point;
}

// The mark `incident` makes first (a place's gathers the others there as they come).
MapMark NewMark(const Incident& incident, MarkKind kind, std::string key) {
  MapMark mark;
  mark.key = std::move(key);
  mark.kind = kind;
  mark.position = incident.position;
  mark.title = kind == MarkKind::Place ? incident.area_name : incident.title;
  if (kind == MarkKind::Shape) mark.polygon = incident.polygon;
  return mark;
}

// Whether a spot's or drawn area's mark is still what `incident` makes.
bool DrawnAsBefore(const MapMark& mark, const Incident& incident, MarkKind kind) {
  return mark.kind == kind && mark.position == incident.position && mark.title == incident.title &&
         mark.incident_ids.size() == 1 && mark.incident_ids.front() == incident.id && mark.polygon == incident.polygon;
}

void Sort(std::vector<std::string>& keys) { std::sort(keys.begin(), keys.end()); }

}  // namespace

// A spot or drawn area is one incident's mark: the one drawn before moves over whole (its node,
// its strings) and is compared with its incident in place, so 20,000 spots of which a tenth
// changed cost no new mark for the rest. Places gather many incidents: they are made anew and
// compared with the ones before.
MarkDiff MapMarks::Update(const std::vector<Incident>& incidents) {
  MarkDiff diff;
  std::map<std::string, MapMark, std::less<>> marks;
  // Where each incident went, in feed order: its mark (a map's nodes stay put) and its place in
  // the mark's incident_ids (views are taken once those stop growing).
  std::vector<std::pair<const MapMark*, std::size_t>> placed;
  placed.reserve(incidents.size());
  std::vector<const MapMark*> places;
  int area_incidents = 0;
  for (const Incident& incident : incidents) {
    if (!IsPlaced(incident)) continue;
    const MarkKind kind = KindOf(incident);
    // Made only for a place or an escaped id: a spot's key is a view of its id.
    const std::string own_key = kind == MarkKind::Place ? PlaceKey(incident.position) : EscapedId(incident.id);
    const std::string_view key = own_key.empty() ? std::string_view(incident.id) : std::string_view(own_key);
    auto it = marks.find(key);
    // An id given twice: the feed keeps the first, and so does the map.
    if (it != marks.end() && it->second.kind != MarkKind::Place) continue;
    if (kind != MarkKind::Point) ++area_incidents;
    if (it != marks.end()) {  // another incident at a place already marked: it joins the ring
    } else if (kind == MarkKind::Place) {
      it = marks.emplace(own_key, NewMark(incident, kind, own_key)).first;
      places.push_back(&it->second);
    } else {
      const auto before = marks_.find(key);
      if (before == marks_.end()) {
        diff.added.emplace_back(key);
      } else if (DrawnAsBefore(before->second, incident, kind)) {
        placed.emplace_back(&marks.insert(marks_.extract(before)).position->second, 0);
        continue;
      } else {
        if (before->second.kind == kind) {
          diff.changed.emplace_back(key);
        } else {
          diff.removed.emplace_back(key);  // a kind changed: a map makes it anew
          diff.added.emplace_back(key);
        }
        marks_.erase(before);
      }
      it = marks.emplace(std::string(key), NewMark(incident, kind, std::string(key))).first;
    }
    MapMark& mark = it->second;
    placed.emplace_back(&mark, mark.incident_ids.size());
    mark.incident_ids.push_back(incident.id);
  }
  // What is left of the marks before: gone, a place's that changed, or a kind that changed.
  for (const auto& [key, mark] : marks_) {
    const auto now = marks.find(key);
    if (now == marks.end() || now->second.kind != mark.kind) {
      diff.removed.push_back(key);
    } else if (!(now->second == mark)) {
      diff.changed.push_back(key);
    }
  }
  for (const MapMark* place : places) {
    const auto before = marks_.find(place->key);
    if (before == marks_.end() || before->second.kind != MarkKind::Place) diff.added.push_back(place->key);
  }
  Sort(diff.added);
  Sort(diff.changed);
  Sort(diff.removed);

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
