// The incident list's rows and their texts, built again only when what they show changed.
// Layer: core (std only). Must not include ui, web or Emscripten headers.
#include "core/feed/incident_list.h"

#include <set>

#include "core/base/time.h"
#include "core/feed/incident_text.h"

namespace beredd::core {
namespace {

std::string Detail(const Incident& incident, const MapView& view, const Catalog& s, std::string_view today) {
  const std::string when = LocalDateTime(incident.time_ms, view.utc_offset_minutes);
  std::string detail = when.compare(0, today.size(), today) == 0 ? when.substr(11, 5) : when;
  const std::string what_where = IncidentWhatWhere(incident, s);
  if (!what_where.empty()) detail += " · " + what_where;
  if (view.near && IsPlaced(incident)) {
    const int km = static_cast<int>(DistanceKm(*view.near, incident.position) + 0.5);
    detail += " · " + s.Format("map.distance", {{"km", std::to_string(km)}});
  }
  const std::string source = IncidentSource(incident, s);
  if (!source.empty()) detail += " · " + source;
  return detail;
}

}  // namespace

bool PassesFilters(const Incident& incident, const MapView& view) {
  if (!view.category.empty() && incident.category != view.category) return false;
  // An unplaced alert has no distance and is in no map area: those filters leave it out.
  const bool placed = IsPlaced(incident);
  if (view.near && (!placed || DistanceKm(*view.near, incident.position) > MapView::kNearKm)) return false;
  if (view.only_map_area && view.map_bounds && (!placed || !view.map_bounds->Contains(incident.position))) return false;
  if (view.within_hours > 0 && view.now_ms - incident.time_ms > view.within_hours * 3600000LL) return false;
  return true;
}

void IncidentList::Fill(MapView& view, const Catalog& strings, std::string_view language) {
  if (categories_of_ != view.incidents || categories_version_ != view.incidents_version) {
    std::set<std::string> categories;
    if (view.incidents != nullptr) {
      for (const Incident& incident : *view.incidents) {
        if (!incident.category.empty()) categories.insert(incident.category);
      }
    }
    categories_.assign(categories.begin(), categories.end());
    categories_of_ = view.incidents;
    categories_version_ = view.incidents_version;
  }
  view.categories = &categories_;

  Inputs inputs{view.incidents, view.incidents_version, &strings, std::string(language),
                view.now_ms / 60000, view.utc_offset_minutes, view.category, view.within_hours, view.near,
                view.only_map_area ? view.map_bounds : std::nullopt};
  view.rows = &rows_;
  if (built_ && inputs == built_for_) return;
  rows_.clear();
  if (view.incidents != nullptr) {
    const std::string today = LocalDate(view.now_ms, view.utc_offset_minutes);
    for (const Incident& incident : *view.incidents) {
      if (!PassesFilters(incident, view)) continue;
      std::string detail = Detail(incident, view, strings, today);
      std::string description = incident.summary.empty() ? detail : detail + ". " + incident.summary;
      rows_.push_back({&incident, std::move(detail), std::move(description)});
    }
  }
  built_for_ = std::move(inputs);
  built_ = true;
  ++builds_;
}

}  // namespace beredd::core
