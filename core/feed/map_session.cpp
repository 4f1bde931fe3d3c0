// The map screen's selection and filters. Layer: core.
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/feed/map_session.h"

#include <utility>

namespace beredd::core {

std::string MapSession::Apply(const MapIntents& intents) {
  if (intents.category) category_ = *intents.category;
  if (intents.within_hours) within_hours_ = *intents.within_hours;
  if (intents.locate && !locating_) {
    locating_ = true;
    location_problem_.clear();
    platform_->Locate();
  }
  if (intents.clear_near) near_.reset();
  if (intents.only_map_area) only_map_area_ = *intents.only_map_area;
  if (intents.select_incident.empty()) return {};
  selected_id_ = intents.select_incident;
  return selected_id_;
}

void MapSession::MapSelected(std::string incident_id) {
  selected_id_ = std::move(incident_id);
  reveal_selected_ = true;
}

bool MapSession::MapMoved(MapView::Bounds bounds) {
  bounds_ = bounds;
  return only_map_area_;
}

void MapSession::Located(GeoPoint position) {
  if (!locating_) return;
  locating_ = false;
  location_problem_.clear();
  near_ = position;
}

void MapSession::LocationFailed(LocationError error) {
  if (!locating_) return;
  locating_ = false;
  switch (error) {
    case LocationError::Denied: location_problem_ = "map.location.denied"; break;
    case LocationError::Timeout: location_problem_ = "map.location.timeout"; break;
    case LocationError::Unavailable: location_problem_ = "map.location.unavailable"; break;
  }
}

void MapSession::Fill(MapView& view) {
  view.selected_id = selected_id_;
  view.reveal_selected = std::exchange(reveal_selected_, false);
  view.category = category_;
  view.within_hours = within_hours_;
  view.near = near_;
  view.map_bounds = bounds_;
  view.only_map_area = only_map_area_;
  view.locating = locating_;
  view.location_problem = location_problem_;
}

}  // namespace beredd::core
