// The Leaflet map of incidents through embind, the only C++ that touches `L`, in the mirror's Map
// node: a layer per place's ring and drawn area, updated in place; exact spots go to the shell's
// clustering layer (web/shell/point_layer.js) in one call. Feed text reaches the DOM only as
// textContent or attributes.
// Layer: web (Emscripten only). Must not include nlohmann (core's *_json files read JSON).
#pragma once

#include <emscripten/val.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_pack.h"
#include "core/base/index_table.h"
#include "core/feed/feed_set.h"
#include "core/feed/incident.h"
#include "core/feed/map_marks.h"

namespace beredd::web {

class IncidentMap {
 public:
  // Shows the map in `host` (the mirror's element for the Map node), creating it when the host
  // is new; call after every mirror update. `resized` when the host's box changed. A map that
  // is not `interactive` only shows (no panning or zooming, taps pass through to the app).
  void Attach(emscripten::val host, bool resized, const core::ContentPack& pack, bool interactive);
  // The map screen is gone: the host element was removed with it.
  void Detach();

  // The incidents after a poll: only the marks that changed reach Leaflet (core::MapMarks).
  void Update(const std::vector<core::Incident>& incidents);
  // Whether popups and the attribution may link to other sites (not on a kiosk).
  void AllowLinks(bool links);
  // Opens the popup of the mark `incident` is drawn in and brings it into view (a list row or
  // a popup's entry was chosen); the popup shows that incident first.
  void Select(const core::Incident& incident);
  // A place's other incident was chosen in its open popup: the popup tells that one now.
  void Refresh(const core::Incident& incident);
  // The first incident of a chosen mark (at a place, the newest there), or "".
  std::string IncidentOfMark(std::string_view key) const;
  bool MarkHolds(std::string_view key, std::string_view incident_id) const;
  // The spot at `slot` of the clustering layer as { key, title }, when it is first shown.
  emscripten::val Spot(int slot) const;
  // The name of a cluster of `count` spots ("12 händelser här: zooma in").
  std::string ClusterName(int count) const;
  // The popup's content for mark `key`, made when it opens (Leaflet calls the page's
  // incidentPopup binding): thousands of incidents cost no DOM until one is opened. `focus_id`
  // (the selected incident) is told in full when it is there, the others are listed.
  emscripten::val PopupContent(std::string_view key, const core::FeedSet& feed, const core::ContentPack& pack,
                               std::string_view focus_id) const;

  bool attached() const { return !map_.isNull(); }
  // For tests and the benchmark: incidents on the map, those of them drawn as areas, and the
  // layers Leaflet has for them.
  int LayerCount() const { return marks_.incident_count(); }
  int AreaCount() const { return marks_.area_incident_count(); }
  int MarkCount() const { return marks_.mark_count(); }
  // For tests: the zoom level shown, or -1 without a map.
  double Zoom() const { return map_.isNull() ? -1 : map_.call<double>("getZoom"); }

 private:
  emscripten::val CreateLayer(const core::MapMark& mark) const;
  void ChangeLayer(emscripten::val& layer, const core::MapMark& mark) const;
  // A ring's or area's layer, made, shown and kept by its mark's key.
  void AddLayer(const core::MapMark& mark);
  void AddBasemap();
  void FollowLanguage(const core::Catalog& strings);
  // Hands every exact spot to the clustering layer, in one call.
  void SendSpots();
  // The slot the clustering layer knows the spot with mark `key` by, if it has it.
  std::optional<int> SlotOf(std::string_view key) const;
  // The Leaflet layer `mark` is drawn as now: a ring's or area's own, a spot's marker while it
  // is shown alone (else null).
  emscripten::val LayerOf(const core::MapMark& mark) const;

  emscripten::val host_ = emscripten::val::null();
  emscripten::val map_ = emscripten::val::null();
  emscripten::val spots_ = emscripten::val::null();  // the shell's PointLayer: exact spots, clustered
  emscripten::val areas_ = emscripten::val::null();  // places' rings and polygons, never pins
  bool basemap_added_ = false;
  bool interactive_ = true;
  bool links_ = true;
  core::MapMarks marks_;
  core::Catalog place_names_;  // the "map.place…" and "map.cluster" texts of the language shown
  std::map<std::string, emscripten::val, std::less<>> layers_;  // rings and areas, by mark key
  // The spots as the clustering layer has them: mark keys by slot, and back.
  std::vector<std::string> spot_keys_;
  core::IndexTable spot_slots_;  // slots by key (spot_keys_ says which key a slot is)
};

}  // namespace beredd::web
