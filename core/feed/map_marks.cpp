// The map's marks: area incidents grouped by place, polygons and exact spots, diffed by key.
// Layer: core (std only). Must not include ui, web or Emscripten headers.
#include "core/feed/map_marks.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
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

// The index of the mark with `key` among `marks`, filed by key in `index`.
std::optional<std::uint32_t> FindMark(const IndexTable& index, const std::vector<MapMark>& marks,
                                      std::string_view key) {
  return index.FindKey(key, [&](std::uint32_t i) -> std::string_view { return marks[i].key; });
}

}  // namespace

// A spot or drawn area is one incident's mark: the one drawn before moves over whole (its
// strings) and is compared with its incident in place, so 20,000 spots of which a tenth changed
// cost no new mark for the rest. Places gather many incidents: they are made anew and compared
// with the ones before. Marks are found by their key's hash, before and now.
MarkDiff MapMarks::Update(const std::vector<Incident>& incidents) {
  MarkDiff diff;
  // Marks are named by their index while they are made (the vector grows); about as many as
  // before, and at most one per incident (the index never fills).
  std::vector<MapMark> marks;
  marks.reserve(marks_.size());
  IndexTable index;
  index.Reset(incidents.size());
  const auto find_now = [&](std::string_view key) { return FindMark(index, marks, key); };
  const auto add = [&](MapMark&& mark) {
    index.Insert(mark.key, static_cast<std::uint32_t>(marks.size()));
    marks.push_back(std::move(mark));
    return static_cast<std::uint32_t>(marks.size() - 1);
  };
  // The marks before that moved over or were made anew: what is left was removed or is a place.
  std::vector<bool> taken(marks_.size(), false);
  // Where each incident went, in feed order: its mark and its place in the mark's incident_ids
  // (views are taken once those stop growing).
  std::vector<std::pair<std::uint32_t, std::size_t>> placed;
  placed.reserve(incidents.size());
  std::vector<std::uint32_t> places;
  int area_incidents = 0;
  for (const Incident& incident : incidents) {
    if (!IsPlaced(incident)) continue;
    const MarkKind kind = KindOf(incident);
    // Made only for a place or an escaped id: a spot's key is a view of its id.
    const std::string own_key = kind == MarkKind::Place ? PlaceKey(incident.position) : EscapedId(incident.id);
    const std::string_view key = own_key.empty() ? std::string_view(incident.id) : std::string_view(own_key);
    std::optional<std::uint32_t> now = find_now(key);
    // An id given twice: the feed keeps the first, and so does the map.
    if (now && marks[*now].kind != MarkKind::Place) continue;
    if (kind != MarkKind::Point) ++area_incidents;
    if (now) {  // another incident at a place already marked: it joins the ring
    } else if (kind == MarkKind::Place) {
      now = add(NewMark(incident, kind, own_key));
      places.push_back(*now);
    } else {
      const std::optional<std::uint32_t> before = FindMark(mark_index_, marks_, key);
      if (before) taken[*before] = true;  // it moves over, or is made anew below
      if (!before) {
        diff.added.emplace_back(key);
      } else if (DrawnAsBefore(marks_[*before], incident, kind)) {
        placed.emplace_back(add(std::move(marks_[*before])), 0);
        continue;
      } else if (marks_[*before].kind == kind) {
        diff.changed.emplace_back(key);
      } else {
        diff.removed.emplace_back(key);  // a kind changed: a map makes it anew
        diff.added.emplace_back(key);
      }
      now = add(NewMark(incident, kind, std::string(key)));
    }
    MapMark& mark = marks[*now];
    placed.emplace_back(*now, mark.incident_ids.size());
    mark.incident_ids.push_back(incident.id);
  }
  // What is left of the marks before: gone, or a place's (changed or not).
  for (std::size_t i = 0; i < marks_.size(); ++i) {
    if (taken[i]) continue;
    const MapMark& mark = marks_[i];
    const std::optional<std::uint32_t> now = find_now(mark.key);
    if (!now || marks[*now].kind != mark.kind) {
      diff.removed.push_back(mark.key);
    } else if (!(marks[*now] == mark)) {
      diff.changed.push_back(mark.key);
    }
  }
  for (const std::uint32_t place : places) {
    const std::optional<std::uint32_t> before = FindMark(mark_index_, marks_, marks[place].key);
    if (!before || marks_[*before].kind != MarkKind::Place) diff.added.push_back(marks[place].key);
  }
  Sort(diff.added);
  Sort(diff.changed);
  Sort(diff.removed);

  marks_ = std::move(marks);  // moving a vector keeps its elements where they are
  mark_index_ = std::move(index);
  marked_.clear();
  mark_of_.Reset(placed.size());
  for (const auto& [mark, position] : placed) {
    const std::string_view id = marks_[mark].incident_ids[position];
    if (MarkOf(id) != nullptr) continue;  // an id given twice: the first place it was drawn
    mark_of_.Insert(id, static_cast<std::uint32_t>(marked_.size()));
    marked_.emplace_back(id, &marks_[mark]);
  }
  area_incidents_ = area_incidents;
  return diff;
}

const MapMark* MapMarks::Find(std::string_view key) const {
  const std::optional<std::uint32_t> index = FindMark(mark_index_, marks_, key);
  return index ? &marks_[*index] : nullptr;
}

const MapMark* MapMarks::MarkOf(std::string_view incident_id) const {
  const auto found = mark_of_.FindKey(incident_id, [&](std::uint32_t i) { return marked_[i].first; });
  return found ? marked_[*found].second : nullptr;
}

}  // namespace beredd::core
