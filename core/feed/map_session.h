// The map screen as one visitor uses it: the selected incident, the list's filters, "near me"
// and the region the map shows. A kiosk reset makes a new one. Layer: core.
// Must not include ui, web or Emscripten headers.
#pragma once

#include <optional>
#include <string>

#include "core/feed/map_screen.h"
#include "core/base/platform.h"

namespace beredd::core {

class MapSession {
 public:
  explicit MapSession(Platform& platform) : platform_(&platform) {}

  // Returns the incident to open on the map when the list chose one ("" otherwise).
  std::string Apply(const MapIntents& intents);
  // The map's own events: a marker was chosen, the view moved.
  void MapSelected(std::string incident_id);
  // Returns true when the list depends on the region (it must be drawn again).
  bool MapMoved(MapView::Bounds bounds);
  // The platform's answer to Platform::Locate. An answer nobody waits for any more (the
  // visitor who asked is gone) is ignored.
  void Located(GeoPoint position);
  void LocationFailed(LocationError error);

  const std::string& selected_id() const { return selected_id_; }

  // The filters and selection of the map screen. Takes the one-frame "reveal" request.
  void Fill(MapView& view);

  // Field by field: a kiosk reset must leave a session equal to a new one.
  bool operator==(const MapSession&) const = default;

 private:
  Platform* platform_;
  std::string selected_id_;
  bool reveal_selected_ = false;
  std::string category_;
  int within_hours_ = 0;
  std::optional<GeoPoint> near_;
  bool locating_ = false;
  std::string location_problem_;
  std::optional<MapView::Bounds> bounds_;
  bool only_map_area_ = false;
};

}  // namespace beredd::core
