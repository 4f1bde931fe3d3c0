// The map's exact incident spots, clustered by supercluster (npm): all of them are handed over in
// one call as coordinates, and only what is in view becomes DOM, a marker per cluster or lone
// spot (a few hundred at most, whatever the feed's size). The app (web/bridge/incident_map.cpp)
// names each spot when it is first shown; its text reaches the DOM only as attributes.

// Spots closer than this (px) at a zoom share a cluster; above MAX_CLUSTER_ZOOM none do.
const CLUSTER_RADIUS_PX = 60;
const MAX_CLUSTER_ZOOM = 16;
// Clusters are made for a band of zooms when a view in it first needs them, each band by its own
// supercluster (it can only index every spot anew, and a zoom's clusters are made from those of
// the zoom above, so a band costs one level per zoom in it). From the region's zooms in, almost
// no spot joins a cluster, so each level is every spot again: a poll seen at the country's zooms
// need not wait for them, nor one seen at a city's for the country's. A cluster at a band's last
// zoom that splits only further in zooms to the next band, where it is clustered anew.
const ZOOM_BANDS = [
  { minZoom: 0, maxZoom: 8 }, { minZoom: 9, maxZoom: 12 }, { minZoom: 13, maxZoom: MAX_CLUSTER_ZOOM },
];
// Markers just outside the view are made too, so a small pan shows no gap.
const VIEW_PADDING = 0.25;

// A cluster's icon: its count, hidden from screen readers, which hear the marker's title.
function clusterIcon(count) {
  const label = document.createElement('span');
  label.textContent = count > 999 ? '999+' : String(count);
  label.setAttribute('aria-hidden', 'true');
  const className = count > 999 ? 'incident-cluster large' : 'incident-cluster';
  return L.divIcon({ className, html: label, iconSize: [40, 40] });
}

export class PointLayer {
  // `hooks`, from the app: describe(slot) -> { key, title } of the spot at `slot`;
  // clusterName(count); popup(layer), the content of a spot's popup; select(event), a spot
  // chosen; popupOptions.
  constructor(map, hooks) {
    this.map = map;
    this.hooks = hooks;
    this.group = L.layerGroup().addTo(map);
    this.indexes = [];               // by band, made when first needed; empty until points come
    this.features = [];              // by slot, as supercluster reads them
    this.spots = [];                 // by slot: { key, title } once described
    this.markers = new Map();        // shown: "spot:<mark key>", "cluster:<zoom>/<count>@<lat>,<lon>"
    this.pinIcon = L.divIcon({ className: 'incident-pin', iconSize: [22, 22] });
    this.onMoveEnd = () => this.render();
    map.on('moveend', this.onMoveEnd);
  }

  // Every spot, as [lat, lon] pairs in slot order (a view into the app's memory: read at once).
  // Spots are named again as they are shown: a slot may stand for another mark now.
  setPoints(latLons) {
    const count = latLons.length / 2;
    const features = new Array(count);
    for (let slot = 0; slot < count; slot++) {
      features[slot] = {
        type: 'Feature',
        properties: { slot },
        geometry: { type: 'Point', coordinates: [latLons[2 * slot + 1], latLons[2 * slot]] },
      };
    }
    this.features = features;
    this.indexes = new Array(ZOOM_BANDS.length).fill(null);
    this.spots = new Array(count);
    this.render();
  }

  // The clusters at `zoom` (whole), from its band's index, made now if this is its first use
  // since the points came.
  indexAt(zoom) {
    const band = ZOOM_BANDS.findIndex((b) => zoom <= b.maxZoom);
    const at = band < 0 ? ZOOM_BANDS.length - 1 : band;  // beyond the last: its lone spots
    this.indexes[at] ??= new Supercluster({ radius: CLUSTER_RADIUS_PX, ...ZOOM_BANDS[at] }).load(this.features);
    return this.indexes[at];
  }

  // The spot at `slot` standing alone at the view's zoom or closer: shown at the zoom where it
  // leaves its cluster, centred. Returns its marker (for its popup), or null.
  showSpot(slot, minZoom) {
    if (this.indexes.length === 0 || slot >= this.spots.length) return null;
    let zoom = Math.max(Math.round(this.map.getZoom()), minZoom);
    const [lon, lat] = this.features[slot].geometry.coordinates;
    while (zoom <= MAX_CLUSTER_ZOOM && !this.standsAlone(slot, lon, lat, zoom)) zoom++;
    this.map.setView([lat, lon], Math.min(zoom, this.map.getMaxZoom()), { animate: false });
    this.render();  // at once, not on the next moveend: the caller opens its popup now
    return this.markerOf(this.describe(slot).key);
  }

  // The marker shown for the spot with mark `key`, or null (clustered, or out of view).
  markerOf(key) {
    return this.markers.get(`spot:${key}`) ?? null;
  }

  // The mark key of the shown spot whose popup is open, or null.
  openSpotKey() {
    for (const [key, marker] of this.markers) {
      if (key.startsWith('spot:') && marker.isPopupOpen()) return marker.options.markKey;
    }
    return null;
  }

  // The language changed: clusters are named again (a spot's name is its incident's title).
  renameClusters() {
    for (const [key, marker] of this.markers) {
      if (!key.startsWith('cluster:')) continue;
      this.group.removeLayer(marker);
      this.markers.delete(key);
    }
    this.render();
  }

  remove() {
    this.map.off('moveend', this.onMoveEnd);
    this.group.remove();
    this.markers.clear();
  }

  standsAlone(slot, lon, lat, zoom) {
    const near = this.indexAt(zoom).getClusters([lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6], zoom);
    return near.some((item) => !item.properties.cluster && item.properties.slot === slot);
  }

  describe(slot) {
    this.spots[slot] ??= this.hooks.describe(slot);
    return this.spots[slot];
  }

  // Makes the markers in view, keeping those already there (focus and an open popup stay).
  render() {
    if (this.indexes.length === 0) return;
    const bounds = this.map.getBounds().pad(VIEW_PADDING);
    const west = Math.max(bounds.getWest(), -180);
    const east = Math.min(bounds.getEast(), 180);
    const zoom = Math.round(this.map.getZoom());
    const items = this.indexAt(zoom).getClusters([west, bounds.getSouth(), east, bounds.getNorth()], zoom);
    const shown = new Map();
    for (const item of items) {
      const [lon, lat] = item.geometry.coordinates;
      if (item.properties.cluster) {
        // Known by where it is and how many it holds: supercluster numbers its clusters anew
        // for new points, and a cluster a poll left alone keeps its marker (and focus).
        const count = item.properties.point_count;
        const key = `cluster:${zoom}/${count}@${lat},${lon}`;
        const marker = this.markers.get(key) ?? this.clusterMarker(zoom, lat, lon, count);
        marker.options.clusterId = item.id;
        shown.set(key, marker);
      } else {
        const spot = this.describe(item.properties.slot);
        const key = `spot:${spot.key}`;
        const marker = this.markers.get(key);
        shown.set(key, marker ? this.follow(marker, lat, lon, spot.title) : this.spotMarker(spot, lat, lon));
      }
    }
    for (const [key, marker] of this.markers) {
      if (!shown.has(key)) this.group.removeLayer(marker);
    }
    for (const [key, marker] of shown) {
      if (!this.markers.has(key)) this.group.addLayer(marker);
    }
    this.markers = shown;
  }

  spotMarker(spot, lat, lon) {
    // The name is set as an attribute by Leaflet, never as HTML.
    const marker = L.marker([lat, lon], { icon: this.pinIcon, title: spot.title, keyboard: true, markKey: spot.key });
    marker.bindPopup(this.hooks.popup, this.hooks.popupOptions);
    marker.on('click', this.hooks.select);
    return marker;
  }

  // A spot's marker that stays: moved and renamed if its mark changed (the app remakes an open
  // popup of a changed mark).
  follow(marker, lat, lon, title) {
    const at = marker.getLatLng();
    if (at.lat !== lat || at.lng !== lon) marker.setLatLng([lat, lon]);
    if (marker.options.title !== title) {
      marker.options.title = title;
      marker.getElement()?.setAttribute('title', title);
    }
    return marker;
  }

  // A cluster is a button that zooms to where it splits: its id, set by render, is of the
  // points it was last shown for.
  clusterMarker(zoom, lat, lon, count) {
    const marker = L.marker([lat, lon], { icon: clusterIcon(count), title: this.hooks.clusterName(count), keyboard: true });
    marker.on('click', () => {
      const expansion = this.indexAt(zoom).getClusterExpansionZoom(marker.options.clusterId);
      this.map.setView([lat, lon], Math.min(expansion, this.map.getMaxZoom()));
    });
    return marker;
  }
}
