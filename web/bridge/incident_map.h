// The Leaflet map of incidents, driven through embind: the only code that touches `L`. It lives
// in the mirror's element for the Map node and keeps one layer per incident id, updated in place
// (the incidents stay in core::FeedSession). Feed text reaches the DOM only as textContent.
// Layer: web (Emscripten only). Must not include nlohmann (core's *_json files read JSON).
#pragma once

#include <emscripten/val.h>

#include <map>
#include <string>
#include <vector>

#include "core/content/content_pack.h"
#include "core/feed/feed.h"
#include "core/feed/incident.h"

namespace beredd::web {

class IncidentMap {
 public:
  // Shows the map in `host` (the mirror's element for the Map node), creating it when the host
  // is new; call after every mirror update. `resized` when the host's box changed. A map that
  // is not `interactive` only shows (no panning or zooming, taps pass through to the app).
  void Attach(emscripten::val host, bool resized, const core::ContentPack& pack, bool interactive);
  // The map screen is gone: the host element was removed with it.
  void Detach();

  // The incidents after a poll and what changed since the last one (core::DiffIncidents):
  // layers added, updated in place or removed by id.
  void Update(const std::vector<core::Incident>& incidents, const core::FeedDiff& diff);
  // Whether popups and the attribution may link to other sites (not on a kiosk).
  void AllowLinks(bool links);
  // Opens the incident's popup and brings it into view (a list row was chosen).
  void Select(const core::Incident& incident);
  // The popup's content for `incident`'s layer, made when it opens (Leaflet calls the page's
  // incidentPopup binding): thousands of incidents cost no DOM until one is opened.
  emscripten::val PopupContent(const core::Incident& incident, const core::ContentPack& pack) const;

  bool attached() const { return !map_.isNull(); }
  // For tests and the benchmark: incidents on the map, and those of them drawn as areas.
  int LayerCount() const { return static_cast<int>(layers_.size()); }
  int AreaCount() const;
  // For tests: the zoom level shown, or -1 without a map.
  double Zoom() const { return map_.isNull() ? -1 : map_.call<double>("getZoom"); }

 private:
  void Add(const core::Incident& incident);
  void Remove(const std::string& id);
  emscripten::val CreateLayer(const core::Incident& incident) const;
  emscripten::val GroupFor(bool area) const { return area ? areas_ : clusters_; }
  void AddBasemap();

  emscripten::val host_ = emscripten::val::null();
  emscripten::val map_ = emscripten::val::null();
  emscripten::val clusters_ = emscripten::val::null();  // exact points, clustered when dense
  emscripten::val areas_ = emscripten::val::null();     // circles and polygons, never pins
  bool basemap_added_ = false;
  bool interactive_ = true;
  bool links_ = true;
  struct Layer {
    emscripten::val layer;
    bool area = false;  // in areas_, else in clusters_
  };
  std::map<std::string, Layer> layers_;  // by incident id
};

}  // namespace beredd::web
