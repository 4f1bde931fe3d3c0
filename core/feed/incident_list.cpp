// The incident list's rows and their texts, built again only when what they show changed.
// Layer: core (std only). Must not include ui, web or Emscripten headers.
#include "core/feed/incident_list.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "core/base/time.h"
#include "core/feed/feed.h"
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
    // A few dozen kinds among 20,000 incidents: each is hashed once, and only the kinds sorted.
    std::unordered_set<std::string_view> categories;
    if (view.incidents != nullptr) {
      for (const Incident& incident : *view.incidents) {
        if (!incident.category.empty()) categories.insert(incident.category);
      }
    }
    categories_.assign(categories.begin(), categories.end());
    std::sort(categories_.begin(), categories_.end());
    categories_of_ = view.incidents;
    categories_version_ = view.incidents_version;
  }
  view.categories = &categories_;

  Inputs inputs{view.incidents, view.incidents_version, &strings, std::string(language),
                view.now_ms / 60000, view.utc_offset_minutes, view.category, view.within_hours, view.near,
                view.only_map_area ? view.map_bounds : std::nullopt};
  view.rows = &rows_;
  if (built_ && inputs == built_for_) return;
  Build(view, strings, KeepsTexts(inputs, view));
  built_for_ = std::move(inputs);
  built_ = true;
  ++builds_;
}

bool IncidentList::KeepsTexts(const Inputs& inputs, const MapView& view) const {
  if (!built_ || view.change == nullptr || view.change_from_version != built_for_.incidents_version) return false;
  if (view.incidents == nullptr || view.change->unchanged_from.size() != view.incidents->size()) return false;
  Inputs same_incidents = inputs;
  same_incidents.incidents = built_for_.incidents;
  same_incidents.incidents_version = built_for_.incidents_version;
  return same_incidents == built_for_;
}

void IncidentList::Build(const MapView& view, const Catalog& strings, bool keep_texts) {
  std::vector<ListedIncident> rows;
  std::vector<std::int32_t> row_of_incident;  // for the next build: -1 where filtered out
  texts_made_ = 0;
  if (view.incidents != nullptr) {
    // An incident the change left as it was keeps the texts of its row before: found by its
    // position, as the change gives it, with no lookup by id.
    const std::vector<std::int32_t>* unchanged_from = keep_texts ? &view.change->unchanged_from : nullptr;
    rows.reserve(view.incidents->size());
    row_of_incident.assign(view.incidents->size(), -1);
    const std::string today = LocalDate(view.now_ms, view.utc_offset_minutes);
    for (std::size_t i = 0; i < view.incidents->size(); ++i) {
      const Incident& incident = (*view.incidents)[i];
      if (!PassesFilters(incident, view)) continue;
      row_of_incident[i] = static_cast<std::int32_t>(rows.size());
      // -1 (changed or new) becomes beyond any index.
      const auto before = static_cast<std::size_t>(unchanged_from != nullptr ? (*unchanged_from)[i] : -1);
      const std::int32_t old_row = before < row_of_incident_.size() ? row_of_incident_[before] : -1;
      if (old_row >= 0) {
        ListedIncident& was = rows_[static_cast<std::size_t>(old_row)];
        rows.push_back({&incident, std::move(was.detail), std::move(was.description)});
        continue;
      }
      std::string detail = Detail(incident, view, strings, today);
      std::string description = incident.summary.empty() ? detail : detail + ". " + incident.summary;
      rows.push_back({&incident, std::move(detail), std::move(description)});
      ++texts_made_;
    }
  }
  rows_ = std::move(rows);
  row_of_incident_ = std::move(row_of_incident);
}

}  // namespace beredd::core
