// The Leaflet map of incidents: layers by id, popups made on opening, the basemap.
// Layer: web (Emscripten only). Must not include nlohmann (core's *_json files read JSON).

// Index of this file:
// [SECTION] Leaflet values: points, rings, styles, the popup
// [SECTION] The map: basemap, attaching, detaching
// [SECTION] Layers: one per incident, updated in place
// [SECTION] Links, popups and selection

#include "web/bridge/incident_map.h"

#include <algorithm>
#include <string>

#include "core/base/geo.h"
#include "core/feed/incident_text.h"
#include "core/base/url_policy.h"

namespace beredd::web {
namespace {

using emscripten::val;

constexpr int kSelectZoom = 11;
// An area incident is a dashed ring of fixed size on screen: "somewhere around here" at every
// zoom, never a pin on a spot.
constexpr int kAreaRadiusPixels = 14;

val L() { return val::global("L"); }

//-----------------------------------------------------------------------------
// [SECTION] Leaflet values: points, rings, styles, the popup
//-----------------------------------------------------------------------------

val LatLng(const core::GeoPoint& point) {
  val pair = val::array();
  pair.call<void>("push", point.lat);
  pair.call<void>("push", point.lon);
  return pair;
}

val Rings(const core::Incident& incident) {
  val rings = val::array();
  for (const auto& ring : incident.polygon) {
    val points = val::array();
    for (const core::GeoPoint& point : ring) points.call<void>("push", LatLng(point));
    rings.call<void>("push", points);
  }
  return rings;
}

// Leaflet's attribution control writes HTML: the pack's text is escaped first.
std::string EscapeHtml(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&#39;"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

val Element(const char* tag, const std::string& text) {
  val element = val::global("document").call<val>("createElement", std::string(tag));
  element.set("textContent", text);
  return element;
}

// The popup as DOM nodes with textContent: feed text is never parsed as HTML. Without `links`
// (a kiosk) there is no link to the source's page.
val Popup(const core::Incident& incident, const core::ContentPack& pack, bool links) {
  const core::Catalog& s = pack.strings;
  val box = val::global("document").call<val>("createElement", std::string("div"));
  box.set("className", std::string("incident-popup"));
  box.call<void>("append", Element("strong", incident.title));
  const std::string what_where = core::IncidentWhatWhere(incident, s);
  if (!what_where.empty()) box.call<void>("append", Element("p", what_where));
  if (!incident.summary.empty()) box.call<void>("append", Element("p", incident.summary));
  // What to do (a VMA's CAP instruction), as the alert bar says it.
  if (!incident.instruction.empty()) {
    box.call<void>("append", Element("p", s.Format("alert.instruction", {{"text", incident.instruction}})));
  }
  const std::string source = core::IncidentSource(incident, s);
  if (!source.empty()) box.call<void>("append", Element("p", source));
  if (links && core::IsHttpsUrl(incident.url)) {
    val link = Element("a", std::string(s.Get("map.read_more")));
    link.set("href", incident.url);
    link.set("target", std::string("_blank"));
    link.set("rel", std::string("noopener noreferrer"));
    box.call<void>("append", link);
  }
  return box;
}

// A popup fits the map on a phone (about 350 x 240 px there): it scrolls rather than running off
// the map, and is panned clear of the zoom buttons.
val PopupOptions() {
  val options = val::object();
  options.set("maxWidth", 260);
  options.set("maxHeight", 170);
  val top_left = val::array();
  top_left.call<void>("push", 48);  // the zoom buttons' width and margin
  top_left.call<void>("push", 12);
  options.set("autoPanPaddingTopLeft", top_left);
  return options;
}

val PathStyle(const core::Incident& incident) {
  val style = val::object();
  style.set("color", std::string("#0b4f9c"));
  style.set("weight", 2);
  style.set("dashArray", std::string("6 6"));  // dashed: an area, not a spot
  style.set("fillOpacity", 0.12);
  style.set("incidentId", incident.id);
  return style;
}

// Drawn as a dashed ring or polygon (somewhere around here), never as a pin on a spot.
bool IsArea(const core::Incident& incident) {
  return incident.precision == core::LocationPrecision::Area || !incident.polygon.empty();
}

val SwedenBounds() {
  val bounds = val::array();
  bounds.call<void>("push", LatLng({core::kSweden.south, core::kSweden.west}));
  bounds.call<void>("push", LatLng({core::kSweden.north, core::kSweden.east}));
  return bounds;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The map: basemap, attaching, detaching
//-----------------------------------------------------------------------------

void IncidentMap::AddBasemap() {
  const val outline = val::global("beredd")["basemap"];
  if (basemap_added_ || map_.isNull() || outline.isNull() || outline.isUndefined()) return;
  val style = val::object();
  style.set("color", std::string("#8a8472"));
  style.set("weight", 1);
  style.set("fillColor", std::string("#e8e4d8"));
  style.set("fillOpacity", 1);
  val options = val::object();
  options.set("style", style);
  options.set("interactive", false);
  options.set("pane", std::string("basemap"));
  L().call<val>("geoJSON", outline, options).call<void>("addTo", map_);
  basemap_added_ = true;
}

void IncidentMap::Attach(val host, bool resized, const core::ContentPack& pack, bool interactive) {
  if (!map_.isNull() && host_.strictlyEquals(host) && interactive == interactive_) {
    if (resized) map_.call<void>("invalidateSize");
    AddBasemap();  // once it has been fetched
    return;
  }
  if (L().isUndefined()) return;  // Leaflet did not load: the list still works
  Detach();
  host_ = host;
  interactive_ = interactive;
  val options = val::object();
  // Areas and polygons are drawn on one canvas, not as one SVG element each: 10,000 dashed
  // rings as SVG took 11 s to paint in software GL (benchmark, 2026-11-22). The canvas still
  // hit-tests clicks (with a few pixels' tolerance for fingers); pins stay DOM markers.
  val renderer_options = val::object();
  renderer_options.set("tolerance", 6);
  options.set("renderer", L().call<val>("canvas", renderer_options));
  options.set("worldCopyJump", true);
  if (!interactive) {
    // Shown, not used (the kiosk's attract screen): a tap on it goes to the app underneath.
    for (const char* handler : {"dragging", "zoomControl", "scrollWheelZoom", "doubleClickZoom",
                                "touchZoom", "boxZoom", "keyboard"}) {
      options.set(handler, false);
    }
  }
  host["classList"].call<void>("toggle", std::string("passive"), !interactive);
  map_ = L().call<val>("map", host, options);
  // Leaflet's own prefix links to its website: not on a kiosk, which links nowhere.
  if (!links_) map_["attributionControl"].call<void>("setPrefix", false);
  map_.call<void>("on", std::string("moveend"), val::module_property("onMapMoved"));
  map_.call<void>("fitBounds", SwedenBounds());
  // Land under the tiles: where tiles cannot load, Sweden's outline still shows.
  map_.call<val>("createPane", std::string("basemap"))["style"].set("zIndex", 150);
  basemap_added_ = false;
  AddBasemap();
  val tile_options = val::object();
  tile_options.set("maxZoom", 18);
  tile_options.set("attribution", EscapeHtml(pack.feed.tile_attribution));
  L().call<val>("tileLayer", pack.feed.tile_url, tile_options).call<void>("addTo", map_);
  val cluster_options = val::object();
  cluster_options.set("showCoverageOnHover", false);
  clusters_ = L().call<val>("markerClusterGroup", cluster_options);
  areas_ = L().call<val>("layerGroup");
  areas_.call<void>("addTo", map_);
  clusters_.call<void>("addTo", map_);
  // A new map (the screen was left and opened again): every incident's layer joins it.
  for (auto& [id, entry] : layers_) GroupFor(entry.area).call<void>("addLayer", entry.layer);
}

void IncidentMap::Detach() {
  if (!map_.isNull()) map_.call<void>("remove");
  for (auto& [id, entry] : layers_) entry.layer.call<void>("remove");
  map_ = val::null();
  host_ = val::null();
  if (!clusters_.isNull()) clusters_.call<void>("clearLayers");
  clusters_ = val::null();
  areas_ = val::null();
}

int IncidentMap::AreaCount() const {
  return static_cast<int>(std::count_if(layers_.begin(), layers_.end(),
                                        [](const auto& entry) { return entry.second.area; }));
}

//-----------------------------------------------------------------------------
// [SECTION] Layers: one per incident, updated in place
//-----------------------------------------------------------------------------

val IncidentMap::CreateLayer(const core::Incident& incident) const {
  val layer = val::null();
  if (!incident.polygon.empty()) {
    layer = L().call<val>("polygon", Rings(incident), PathStyle(incident));
  } else if (incident.precision == core::LocationPrecision::Area) {
    val style = PathStyle(incident);
    style.set("radius", kAreaRadiusPixels);
    style.set("weight", 3);
    style.set("fillOpacity", 0.2);
    layer = L().call<val>("circleMarker", LatLng(incident.position), style);
  } else {
    val icon_options = val::object();
    icon_options.set("className", std::string("incident-pin"));
    val size = val::array();
    size.call<void>("push", 22);
    size.call<void>("push", 22);
    icon_options.set("iconSize", size);
    val options = val::object();
    options.set("icon", L().call<val>("divIcon", icon_options));
    options.set("title", incident.title);  // set as an attribute by Leaflet, never as HTML
    options.set("alt", incident.title);
    options.set("keyboard", true);
    options.set("incidentId", incident.id);
    layer = L().call<val>("marker", LatLng(incident.position), options);
  }
  layer.call<void>("bindPopup", val::module_property("incidentPopup"), PopupOptions());  // PopupContent, on opening
  layer.call<void>("on", std::string("click"), val::module_property("onMapSelect"));
  return layer;
}

void IncidentMap::Add(const core::Incident& incident) {
  if (!core::IsPlaced(incident)) return;  // listed only: nothing to draw
  Layer entry{CreateLayer(incident), IsArea(incident)};
  if (!map_.isNull()) GroupFor(entry.area).call<void>("addLayer", entry.layer);
  layers_.insert_or_assign(incident.id, std::move(entry));
}

void IncidentMap::Remove(const std::string& id) {
  auto it = layers_.find(id);
  if (it == layers_.end()) return;
  if (!map_.isNull()) GroupFor(it->second.area).call<void>("removeLayer", it->second.layer);
  layers_.erase(it);
}

// Only what changed reaches Leaflet (the diff says what): most updates edit a text, and every
// call into the page costs more than the comparison. A changed layer keeps its DOM and popup.
void IncidentMap::Update(const std::vector<core::Incident>& incidents, const core::FeedDiff& diff) {
  if (L().isUndefined()) return;
  std::map<std::string_view, const core::Incident*> by_id;
  for (const core::Incident& incident : incidents) by_id[incident.id] = &incident;
  for (const std::string& id : diff.removed) Remove(id);
  for (const std::string& id : diff.added) Add(*by_id.at(id));
  for (const std::string& id : diff.reshaped) {  // a pin became an area or the other way round
    Remove(id);
    Add(*by_id.at(id));
  }
  for (const std::string& id : diff.moved) {
    const core::Incident& incident = *by_id.at(id);
    const auto entry = layers_.find(id);
    if (entry == layers_.end()) continue;  // unplaced: no layer
    val& layer = entry->second.layer;
    if (!incident.polygon.empty()) {
      layer.call<void>("setLatLngs", Rings(incident));
    } else {
      layer.call<void>("setLatLng", LatLng(incident.position));
    }
  }
  for (const std::string& id : diff.retitled) {
    const core::Incident& incident = *by_id.at(id);
    const auto entry = layers_.find(id);
    if (entry == layers_.end() || !incident.polygon.empty() || incident.precision != core::LocationPrecision::Exact) continue;
    const val element = entry->second.layer.call<val>("getElement");  // a pin's title attribute
    if (!element.isUndefined() && !element.isNull()) {
      element.call<void>("setAttribute", std::string("title"), incident.title);
    }
  }
  for (const std::string& id : diff.changed) {
    const auto entry = layers_.find(id);
    if (entry == layers_.end()) continue;
    val& layer = entry->second.layer;
    if (layer.call<bool>("isPopupOpen")) layer.call<val>("getPopup").call<void>("update");  // made anew
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Links, popups and selection
//-----------------------------------------------------------------------------

void IncidentMap::AllowLinks(bool links) {
  if (links == links_) return;
  links_ = links;
  if (!map_.isNull()) Detach();  // closes any popup; the attribution is made again on the next Attach
}

val IncidentMap::PopupContent(const core::Incident& incident, const core::ContentPack& pack) const {
  return Popup(incident, pack, links_);
}

void IncidentMap::Select(const core::Incident& incident) {
  auto it = layers_.find(incident.id);
  if (it == layers_.end() || map_.isNull()) return;
  val& layer = it->second.layer;
  const double zoom = std::max(map_.call<double>("getZoom"), static_cast<double>(kSelectZoom));
  map_.call<void>("setView", LatLng(incident.position), zoom);
  if (!it->second.area) {
    clusters_.call<void>("zoomToShowLayer", layer);  // opens the cluster it is in
  }
  layer.call<void>("openPopup");
}

}  // namespace beredd::web
