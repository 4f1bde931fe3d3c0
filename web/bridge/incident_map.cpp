// The Leaflet map of incidents: a layer per place's ring and per polygon, every exact spot to
// the clustering layer in one call, popups made on opening, the basemap.
// Layer: web (Emscripten only). Must not include nlohmann (core's *_json files read JSON).

// Index of this file:
// [SECTION] Leaflet values: points, rings, styles, the popup
// [SECTION] The map: basemap, attaching, detaching
// [SECTION] Layers: rings and areas updated in place, spots sent as one batch
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

val L() { return val::global("L"); }

// Leaflet and supercluster have both run (boot.js loads them after the first frame; a frame
// drawn in between must not build a map without clusters).
bool LeafletLoaded() {
  return !L().isUndefined() && !val::global("Supercluster").isUndefined();
}

//-----------------------------------------------------------------------------
// [SECTION] Leaflet values: points, rings, styles, the popup
//-----------------------------------------------------------------------------

val LatLng(const core::GeoPoint& point) {
  val pair = val::array();
  pair.call<void>("push", point.lat);
  pair.call<void>("push", point.lon);
  return pair;
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

// One incident's details as DOM nodes with textContent: feed text is never parsed as HTML.
// Without `links` (a kiosk) there is no link to the source's page.
void AppendDetails(val box, const core::Incident& incident, const core::Catalog& s, bool links) {
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
}

// "Stockholm: 12 händelser", the name of a place's ring and its popup's heading.
std::string PlaceName(const core::MapMark& mark, const core::Catalog& s) {
  const std::string count = std::to_string(mark.incident_ids.size());
  if (mark.title.empty()) return s.Format("map.place_unnamed", {{"count", count}});
  return s.Format(mark.incident_ids.size() == 1 ? "map.place_one" : "map.place", {{"place", mark.title}, {"count", count}});
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

val PathStyle() {
  val style = val::object();
  style.set("color", std::string("#0b4f9c"));
  style.set("weight", 2);
  style.set("dashArray", std::string("6 6"));  // dashed: an area, not a spot
  style.set("fillOpacity", 0.12);
  return style;
}

val PixelSize(int width, int height) {
  val size = val::array();
  size.call<void>("push", width);
  size.call<void>("push", height);
  return size;
}

// A place's ring: one DOM element per place (a few hundred at most), not one dashed circle per
// incident on a canvas (20,000 of those took 14 s to paint, benchmark 2026-12-03). Its name is
// the title attribute; the count inside is hidden from screen readers, which hear the name.
val PlaceIcon(const core::MapMark& mark) {
  val count = val::global("document").call<val>("createElement", std::string("span"));
  const std::size_t n = mark.incident_ids.size();
  if (n > 1) count.set("textContent", n > 999 ? std::string("999+") : std::to_string(n));
  count.call<void>("setAttribute", std::string("aria-hidden"), std::string("true"));
  val options = val::object();
  options.set("className", std::string("incident-place"));
  options.set("html", count);
  options.set("iconSize", PixelSize(32, 32));
  return L().call<val>("divIcon", options);
}

// What the clustering layer calls back (web/runner/main.cpp's bindings): a spot's name, a
// cluster's, a spot's popup and its choice.
val SpotHooks(val popup_options) {
  val hooks = val::object();
  hooks.set("describe", val::module_property("mapSpot"));
  hooks.set("clusterName", val::module_property("mapClusterName"));
  hooks.set("popup", val::module_property("incidentPopup"));
  hooks.set("select", val::module_property("onMapSelect"));
  hooks.set("popupOptions", popup_options);
  return hooks;
}

// An open popup is made anew (its incident changed); a closed one is made when it opens.
void RemakeOpenPopup(const val& layer) {
  if (!layer.isNull() && layer.call<bool>("isPopupOpen")) layer.call<val>("getPopup").call<void>("update");
}

val SwedenBounds() {
  val bounds = val::array();
  bounds.call<void>("push", LatLng({core::kSweden.south, core::kSweden.west}));
  bounds.call<void>("push", LatLng({core::kSweden.north, core::kSweden.east}));
  return bounds;
}

// A marker's name after it was made: Leaflet reads options.title only when it makes the element.
void SetTitle(val& marker, const std::string& title) {
  marker["options"].set("title", title);
  const val element = marker.call<val>("getElement");
  if (!element.isUndefined() && !element.isNull()) element.call<void>("setAttribute", std::string("title"), title);
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

// The rings' names follow the language; only their texts are kept (the pack may be replaced).
void IncidentMap::FollowLanguage(const core::Catalog& strings) {
  core::Catalog::Texts texts;
  for (const char* key : {"map.place", "map.place_one", "map.place_unnamed", "map.cluster"}) {
    texts.emplace(key, strings.Get(key));
  }
  bool same = true;
  for (const auto& [key, text] : texts) same = same && place_names_.Get(key) == text;
  if (same) return;
  core::Catalog names(std::move(texts));
  place_names_ = std::move(names);
  for (auto& [key, layer] : layers_) {
    const core::MapMark* mark = marks_.Find(key);
    if (mark != nullptr && mark->kind == core::MarkKind::Place) SetTitle(layer, PlaceName(*mark, place_names_));
  }
  if (!spots_.isNull()) spots_.call<void>("renameClusters");
}

void IncidentMap::Attach(val host, bool resized, const core::ContentPack& pack, bool interactive) {
  FollowLanguage(pack.strings);
  if (!map_.isNull() && host_.strictlyEquals(host) && interactive == interactive_) {
    if (resized) map_.call<void>("invalidateSize");
    AddBasemap();  // once it has been fetched
    return;
  }
  if (!LeafletLoaded()) return;  // not yet, or it did not load: the list still works
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
  areas_ = L().call<val>("layerGroup");
  areas_.call<void>("addTo", map_);
  spots_ = val::global("beredd").call<val>("pointLayer", map_, SpotHooks(PopupOptions()));
  // A new map (the screen opened, or Leaflet loaded after the feed): every mark on it.
  for (const core::MapMark& mark : marks_.all()) {
    if (mark.kind != core::MarkKind::Point) AddLayer(mark);
  }
  SendSpots();
}

void IncidentMap::Detach() {
  if (!spots_.isNull()) spots_.call<void>("remove");
  if (!map_.isNull()) map_.call<void>("remove");
  layers_.clear();  // made again for the next map: no map, no layers to keep in step
  spot_slots_.Reset(0);
  spot_keys_.clear();
  map_ = val::null();
  host_ = val::null();
  spots_ = val::null();
  areas_ = val::null();
}

//-----------------------------------------------------------------------------
// [SECTION] Layers: rings and areas updated in place, spots sent as one batch
//-----------------------------------------------------------------------------

val IncidentMap::CreateLayer(const core::MapMark& mark) const {
  val layer = val::null();
  val options = val::object();
  if (mark.kind == core::MarkKind::Shape) {
    options = PathStyle();
    val rings = val::array();
    for (const auto& ring : mark.polygon) {
      val points = val::array();
      for (const core::GeoPoint& point : ring) points.call<void>("push", LatLng(point));
      rings.call<void>("push", points);
    }
    options.set("markKey", mark.key);
    layer = L().call<val>("polygon", rings, options);
  } else {
    options.set("icon", PlaceIcon(mark));
    // The marker's name: set as an attribute by Leaflet, never as HTML.
    options.set("title", PlaceName(mark, place_names_));
    options.set("keyboard", true);
    options.set("markKey", mark.key);
    layer = L().call<val>("marker", LatLng(mark.position), options);
  }
  layer.call<void>("bindPopup", val::module_property("incidentPopup"), PopupOptions());  // PopupContent, on opening
  layer.call<void>("on", std::string("click"), val::module_property("onMapSelect"));
  return layer;
}

// A ring or area follows its mark: a place's count, a polygon's rings. A ring's element stays,
// so focus and an open popup stay with it.
void IncidentMap::ChangeLayer(val& layer, const core::MapMark& mark) const {
  if (mark.kind == core::MarkKind::Shape) {
    areas_.call<void>("removeLayer", layer);  // polygons are few: made anew
    layer = CreateLayer(mark);
    areas_.call<void>("addLayer", layer);
    return;
  }
  layer.call<void>("setLatLng", LatLng(mark.position));
  layer.call<void>("setIcon", PlaceIcon(mark));
  SetTitle(layer, PlaceName(mark, place_names_));
  RemakeOpenPopup(layer);
}

void IncidentMap::AddLayer(const core::MapMark& mark) {
  val layer = CreateLayer(mark);
  areas_.call<void>("addLayer", layer);
  layers_.insert_or_assign(mark.key, layer);
}

// Every spot, as [lat, lon] pairs by slot, in one call: the clustering layer indexes them all
// again for the zooms in view (supercluster has no partial update) and makes DOM only for what
// is in view, keeping the markers that stay.
void IncidentMap::SendSpots() {
  spot_keys_.clear();
  std::vector<double> lat_lons;
  for (const core::MapMark& mark : marks_.all()) {
    if (mark.kind != core::MarkKind::Point) continue;
    spot_keys_.push_back(mark.key);
    lat_lons.push_back(mark.position.lat);
    lat_lons.push_back(mark.position.lon);
  }
  spot_slots_.Reset(spot_keys_.size());
  for (std::size_t slot = 0; slot < spot_keys_.size(); ++slot) spot_slots_.Insert(spot_keys_[slot], static_cast<std::uint32_t>(slot));
  spots_.call<void>("setPoints", val(emscripten::typed_memory_view(lat_lons.size(), lat_lons.data())));
}

std::optional<int> IncidentMap::SlotOf(std::string_view key) const {
  const auto slot = spot_slots_.FindKey(key, [&](std::uint32_t i) -> std::string_view { return spot_keys_[i]; });
  return slot ? std::optional<int>(static_cast<int>(*slot)) : std::nullopt;
}

val IncidentMap::Spot(int slot) const {
  if (slot < 0 || static_cast<std::size_t>(slot) >= spot_keys_.size()) return val::null();
  const core::MapMark* mark = marks_.Find(spot_keys_[slot]);
  val spot = val::object();
  spot.set("key", spot_keys_[slot]);
  spot.set("title", mark != nullptr ? mark->title : std::string());
  return spot;
}

std::string IncidentMap::ClusterName(int count) const {
  return place_names_.Format("map.cluster", {{"count", std::to_string(count)}});
}

val IncidentMap::LayerOf(const core::MapMark& mark) const {
  if (mark.kind == core::MarkKind::Point) return spots_.isNull() ? val::null() : spots_.call<val>("markerOf", mark.key);
  const auto it = layers_.find(mark.key);
  return it != layers_.end() ? it->second : val::null();
}

// Only the marks that changed reach Leaflet: with 20,000 Police events that is a few rings, and
// spots go over in one call. Without a map (another screen, or Leaflet not loaded) only the
// marks are kept: Attach makes the layers.
void IncidentMap::Update(const std::vector<core::Incident>& incidents) {
  const core::MarkDiff diff = marks_.Update(incidents);
  if (map_.isNull()) return;
  bool spots_changed = false;
  for (const std::string& key : diff.removed) {
    const auto it = layers_.find(key);
    if (it == layers_.end()) {
      spots_changed = spots_changed || SlotOf(key).has_value();
      continue;
    }
    areas_.call<void>("removeLayer", it->second);
    layers_.erase(it);
  }
  for (const std::string& key : diff.added) {
    const core::MapMark& mark = *marks_.Find(key);
    if (mark.kind == core::MarkKind::Point) {
      spots_changed = true;
    } else {
      AddLayer(mark);
    }
  }
  for (const std::string& key : diff.changed) {
    const core::MapMark& mark = *marks_.Find(key);
    if (mark.kind == core::MarkKind::Point) {
      spots_changed = true;
    } else {
      ChangeLayer(layers_.at(key), mark);
    }
  }
  if (!spots_changed) return;
  SendSpots();
  // A changed spot's open popup tells it anew (at most one is open: asked once, not per spot).
  const val open = spots_.call<val>("openSpotKey");
  if (open.isString() && std::binary_search(diff.changed.begin(), diff.changed.end(), open.as<std::string>())) {
    RemakeOpenPopup(spots_.call<val>("markerOf", open));
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

std::string IncidentMap::IncidentOfMark(std::string_view key) const {
  const core::MapMark* mark = marks_.Find(key);
  return mark != nullptr ? mark->incident_ids.front() : std::string();
}

bool IncidentMap::MarkHolds(std::string_view key, std::string_view incident_id) const {
  const core::MapMark* mark = marks_.MarkOf(incident_id);
  return mark != nullptr && mark->key == key;
}

void IncidentMap::Refresh(const core::Incident& incident) {
  const core::MapMark* mark = marks_.MarkOf(incident.id);
  if (mark != nullptr && !map_.isNull()) RemakeOpenPopup(LayerOf(*mark));
}

// One incident: its details. A place's: its name, the chosen incident (else the newest) in full,
// then the others there as buttons that choose them, up to kPopupEntries.
val IncidentMap::PopupContent(std::string_view key, const core::FeedSet& feed, const core::ContentPack& pack,
                              std::string_view focus_id) const {
  constexpr std::size_t kPopupEntries = 10;
  const core::MapMark* mark = marks_.Find(key);
  if (mark == nullptr) return val::null();
  const core::Catalog& s = pack.strings;
  const auto& ids = mark->incident_ids;
  const bool focus_here = std::find(ids.begin(), ids.end(), focus_id) != ids.end();
  const core::Incident* focus = feed.Find(focus_here ? focus_id : std::string_view(ids.front()));
  if (focus == nullptr) return val::null();
  val box = val::global("document").call<val>("createElement", std::string("div"));
  box.set("className", std::string("incident-popup"));
  if (ids.size() > 1) box.call<void>("append", Element("p", PlaceName(*mark, s)));
  AppendDetails(box, *focus, s, links_);
  if (ids.size() == 1) return box;
  box.call<void>("append", Element("p", std::string(s.Get("map.also_here"))));
  val list = val::global("document").call<val>("createElement", std::string("ul"));
  std::size_t listed = 0;
  for (const std::string& id : ids) {
    const core::Incident* other = feed.Find(id);
    if (other == nullptr || other == focus) continue;
    if (listed == kPopupEntries) break;
    val choice = Element("button", other->title);
    choice.set("type", std::string("button"));
    choice.call<void>("setAttribute", std::string("data-incident-id"), id);
    choice.call<void>("addEventListener", std::string("click"), val::module_property("onPopupChoice"));
    val item = val::global("document").call<val>("createElement", std::string("li"));
    item.call<void>("append", choice);
    list.call<void>("append", item);
    ++listed;
  }
  box.call<void>("append", list);
  const std::size_t unlisted = ids.size() - 1 - listed;
  if (unlisted > 0) box.call<void>("append", Element("p", s.Format("map.more_in_list", {{"count", std::to_string(unlisted)}})));
  return box;
}

void IncidentMap::Select(const core::Incident& incident) {
  const core::MapMark* mark = marks_.MarkOf(incident.id);
  if (mark == nullptr || map_.isNull()) return;
  val layer = val::null();
  if (mark->kind == core::MarkKind::Point) {
    const std::optional<int> slot = SlotOf(mark->key);
    if (!slot) return;
    layer = spots_.call<val>("showSpot", *slot, kSelectZoom);  // out of its cluster
  } else {
    const double zoom = std::max(map_.call<double>("getZoom"), static_cast<double>(kSelectZoom));
    map_.call<void>("setView", LatLng(mark->position), zoom);
    layer = LayerOf(*mark);
  }
  if (layer.isNull()) return;
  if (layer.call<bool>("isPopupOpen")) {
    layer.call<val>("getPopup").call<void>("update");  // another of the place's incidents first
  } else {
    layer.call<void>("openPopup");
  }
}

}  // namespace beredd::web
