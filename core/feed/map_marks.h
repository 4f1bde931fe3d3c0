// What the map draws for the incidents: area incidents grouped by place (one ring with a count
// per place, however many incidents are there), one drawn area per polygon and one pin per exact
// spot, and what changed since the last feed. Layer: core (std only). Must not include ui, web or
// Emscripten headers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/geo.h"
#include "core/base/index_table.h"
#include "core/feed/incident.h"

namespace beredd::core {

// Place: somewhere in a municipality or county, shared by every area incident there. Shape: a
// drawn area (a polygon). Point: an exact spot.
enum class MarkKind { Place, Shape, Point };

struct MapMark {
  // Stable across feeds: "place:<lat>,<lon>" in 1/10,000 degrees for a place (20,000 Police
  // events sit on a few hundred municipality centres), the incident's id otherwise ("id:" before
  // an id that begins "place:" or "id:", so no id shares a place's key).
  std::string key;
  MarkKind kind = MarkKind::Point;
  GeoPoint position;
  // The incidents it stands for, in feed order (the list's, newest first); one unless a Place.
  std::vector<std::string> incident_ids;
  std::string title;  // Place: the place's name as its first incident gives it; else the title
  std::vector<std::vector<GeoPoint>> polygon;  // Shape only
  bool operator==(const MapMark&) const = default;
};

// Marks by key, each list sorted. A mark whose kind changed is both removed and added: a map
// makes it anew.
struct MarkDiff {
  std::vector<std::string> added, changed, removed;
  bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};

class MapMarks {
 public:
  MapMarks() = default;
  // Not copied: marked_ points into marks_ (a move keeps a vector's elements where they are).
  MapMarks(const MapMarks&) = delete;
  MapMarks& operator=(const MapMarks&) = delete;
  MapMarks(MapMarks&&) = default;
  MapMarks& operator=(MapMarks&&) = default;

  // The marks for `incidents` (unplaced ones are listed only: no mark), and what changed.
  MarkDiff Update(const std::vector<Incident>& incidents);

  const MapMark* Find(std::string_view key) const;
  // The mark `incident_id` is drawn in, or null (unplaced, or not in the feed).
  const MapMark* MarkOf(std::string_view incident_id) const;

  // Every mark, in the order the feed first names each (its first incident's place in the list).
  const std::vector<MapMark>& all() const { return marks_; }
  int mark_count() const { return static_cast<int>(marks_.size()); }
  int incident_count() const { return static_cast<int>(marked_.size()); }
  int area_incident_count() const { return area_incidents_; }

 private:
  // Found by the key's hash in mark_index_. A tree of 20,000 marks by key took ~20 ms of a 10 %
  // update of exact spots (profile, 2026-12-06), and so did a tree of ids before marked_ below.
  std::vector<MapMark> marks_;
  IndexTable mark_index_;
  // Each incident drawn, first of its id in feed order: its id (a view into its mark's
  // incident_ids) and its mark; found by the id's hash in mark_of_.
  std::vector<std::pair<std::string_view, const MapMark*>> marked_;
  IndexTable mark_of_;
  int area_incidents_ = 0;
};

}  // namespace beredd::core
