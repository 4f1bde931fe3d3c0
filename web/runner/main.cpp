// Entry point of the web app and its JavaScript bindings. Layer: web.
// Must not include nlohmann (core's *_json files read JSON).
#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <string>
#include <vector>

#include "web/backend/embedded_files.h"
#include "web/runner/app.h"

namespace {

// The page's one app. It lives as long as the page, so it is never destroyed.
beredd::web::App* g_app = nullptr;

void Activate(const std::string& semantic_id) {
  if (g_app != nullptr) g_app->Activate(semantic_id);
}

void Reveal(const std::string& semantic_id) {
  if (g_app != nullptr) g_app->Reveal(semantic_id);
}

void RevealPosition(const std::string& list, int position) {
  if (g_app != nullptr) g_app->RevealPosition(list, position);
}

void RouteChanged(const std::string& hash) {
  if (g_app != nullptr) g_app->RouteChanged(hash);
}

emscripten::val PackLocales() {
  emscripten::val locales = emscripten::val::array();
  if (g_app != nullptr) {
    for (const std::string& locale : g_app->PackLocales()) locales.call<void>("push", locale);
  }
  return locales;
}

// The ETag of the pack at `url` ("content/sv.json") as built into the app ("" if none is).
std::string BuiltInPackTag(const std::string& url) {
  return std::string(beredd::web::EmbeddedFileETag("/" + url));
}

void LoadPack(const std::string& url, const std::string& text) {
  if (g_app != nullptr) g_app->LoadPack(url, text);
}

void PackUnavailable(const std::string& url, const std::string& reason) {
  if (g_app != nullptr) g_app->PackUnavailable(url, reason);
}

void FieldChanged(const std::string& semantic_id, const std::string& value) {
  if (g_app != nullptr) g_app->FieldChanged(semantic_id, value);
}

emscripten::val FeedSettings() {
  return g_app != nullptr ? g_app->FeedSettings() : emscripten::val::object();
}

emscripten::val FeedInbox(std::size_t bytes) {
  return g_app != nullptr ? g_app->FeedInbox(bytes) : emscripten::val::null();
}

bool FeedReceived(const std::string& source, std::size_t bytes) {
  return g_app != nullptr && g_app->FeedReceived(source, bytes);
}

void FeedOffline(const std::string& source, std::size_t bytes, double fetched_ms) {
  if (g_app != nullptr) g_app->FeedOffline(source, bytes, fetched_ms);
}

void FeedFailed(const std::string& source, const std::string& reason) {
  if (g_app != nullptr) g_app->FeedFailed(source, reason);
}

// Leaflet's click handler on an incident's layer: the event's target carries the id.
void OnMapSelect(emscripten::val event) {
  const emscripten::val key = event["target"]["options"]["markKey"];
  if (g_app != nullptr && key.isString()) g_app->MapMarkChosen(key.as<std::string>());
}

// A button in a place's popup: another incident there. The popup is made anew under the click,
// so the click stops here: Leaflet would no longer see it came from a popup and close it.
void OnPopupChoice(emscripten::val event) {
  event.call<void>("stopPropagation");
  const emscripten::val id = event["currentTarget"].call<emscripten::val>("getAttribute", std::string("data-incident-id"));
  if (g_app != nullptr && id.isString()) g_app->PopupChoice(id.as<std::string>());
}

// Leaflet asks for a popup's content when it opens: the layer carries its mark's key.
emscripten::val IncidentPopup(emscripten::val layer) {
  const emscripten::val key = layer["options"]["markKey"];
  if (g_app == nullptr || !key.isString()) return emscripten::val::null();
  return g_app->MapPopup(key.as<std::string>());
}

emscripten::val MapSpot(int slot) {
  return g_app != nullptr ? g_app->MapSpot(slot) : emscripten::val::null();
}

std::string MapClusterName(int count) {
  return g_app != nullptr ? g_app->MapClusterName(count) : std::string();
}

void Located(double lat, double lon) {
  if (g_app != nullptr) g_app->Located(lat, lon);
}

void LocationFailed(int code) {
  if (g_app != nullptr) g_app->LocationFailed(code);
}
void NotificationPermission(const std::string& permission) {
  if (g_app != nullptr) g_app->NotificationPermissionChanged(permission);
}
void OpenAlert(const std::string& alert_id) {
  if (g_app != nullptr) g_app->OpenAlert(alert_id);
}
void PositionWatched(double lat, double lon, double accuracy_m, double at_ms) {
  if (g_app != nullptr) g_app->PositionWatched(lat, lon, accuracy_m, at_ms);
}
void PositionWatchFailed(int code) {
  if (g_app != nullptr) g_app->PositionWatchFailed(code);
}

// Leaflet's moveend: the region the map shows, for the "only the map's area" filter.
void OnMapMoved(emscripten::val event) {
  const emscripten::val bounds = event["target"].call<emscripten::val>("getBounds");
  if (g_app != nullptr) {
    g_app->MapMoved(bounds.call<double>("getSouth"), bounds.call<double>("getWest"),
                    bounds.call<double>("getNorth"), bounds.call<double>("getEast"));
  }
}

void UserActive() {
  if (g_app != nullptr) g_app->UserActive();
}

double MapZoom() { return g_app != nullptr ? g_app->MapZoom() : -1; }

int MapLayerCount() { return g_app != nullptr ? g_app->MapLayerCount() : 0; }

int MapAreaCount() { return g_app != nullptr ? g_app->MapAreaCount() : 0; }

int MapMarkCount() { return g_app != nullptr ? g_app->MapMarkCount() : 0; }

emscripten::val FeedTimings() { return g_app != nullptr ? g_app->FeedTimings() : emscripten::val::object(); }

// How long (ms) each frame drawn since the last call took: the benchmark's frame times.
emscripten::val TakeFrameTimes() {
  emscripten::val times = emscripten::val::array();
  if (g_app == nullptr) return times;
  for (float ms : g_app->TakeFrameTimes()) times.call<void>("push", ms);
  return times;
}

// The wasm heap: its size (it only grows) and the bytes malloc has handed out and not had back.
// The benchmark's 24-hour kiosk run reads it at the start and the end.
emscripten::val HeapStats() {
  const struct mallinfo info = mallinfo();
  emscripten::val stats = emscripten::val::object();
  stats.set("heapBytes", static_cast<double>(emscripten_get_heap_size()));
  stats.set("usedBytes", static_cast<double>(info.uordblks));
  return stats;
}

void Redraw() {
  if (g_app != nullptr) g_app->Redraw();
}

void MapPartsArrived() {
  if (g_app != nullptr) g_app->MapPartsArrived();
}

void Printing(bool printing) {
  if (g_app != nullptr) g_app->Printing(printing);
}

void LoadDrillHistory(const std::string& drills_json) {
  if (g_app != nullptr) g_app->LoadDrillHistory(drills_json);
}

void DrillArchived(bool stored, const std::string& reason) {
  if (g_app != nullptr) g_app->DrillArchived(stored, reason);
}

void DrillEventSaved() {
  if (g_app != nullptr) g_app->DrillEventSaved();
}

void DrillEventNotSaved(const std::string& reason) {
  if (g_app != nullptr) g_app->DrillEventNotSaved(reason);
}

void ResumeDrill(const std::string& records_json) {
  if (g_app != nullptr) g_app->ResumeDrill(records_json);
}

emscripten::val CprBeatsBetween(double from_s, double to_s) {
  return g_app != nullptr ? g_app->CprBeatsBetween(from_s, to_s) : emscripten::val::array();
}

}  // namespace

EMSCRIPTEN_BINDINGS(beredd) {
  emscripten::function("activate", &Activate);
  emscripten::function("reveal", &Reveal);
  emscripten::function("revealPosition", &RevealPosition);
  emscripten::function("routeChanged", &RouteChanged);
  emscripten::function("packLocales", &PackLocales);
  emscripten::function("builtInPackTag", &BuiltInPackTag);
  emscripten::function("loadPack", &LoadPack);
  emscripten::function("packUnavailable", &PackUnavailable);
  emscripten::function("cprBeatsBetween", &CprBeatsBetween);
  emscripten::function("drillEventSaved", &DrillEventSaved);
  emscripten::function("drillEventNotSaved", &DrillEventNotSaved);
  emscripten::function("resumeDrill", &ResumeDrill);
  emscripten::function("fieldChanged", &FieldChanged);
  emscripten::function("redraw", &Redraw);
  emscripten::function("mapPartsArrived", &MapPartsArrived);
  emscripten::function("printing", &Printing);
  emscripten::function("feedSettings", &FeedSettings);
  emscripten::function("feedInbox", &FeedInbox);
  emscripten::function("feedReceived", &FeedReceived);
  emscripten::function("feedFailed", &FeedFailed);
  emscripten::function("feedOffline", &FeedOffline);
  emscripten::function("onMapSelect", &OnMapSelect);
  emscripten::function("onPopupChoice", &OnPopupChoice);
  emscripten::function("incidentPopup", &IncidentPopup);
  emscripten::function("mapSpot", &MapSpot);
  emscripten::function("mapClusterName", &MapClusterName);
  emscripten::function("mapLayerCount", &MapLayerCount);
  emscripten::function("mapAreaCount", &MapAreaCount);
  emscripten::function("mapMarkCount", &MapMarkCount);
  emscripten::function("located", &Located);
  emscripten::function("positionWatched", &PositionWatched);
  emscripten::function("positionWatchFailed", &PositionWatchFailed);
  emscripten::function("onMapMoved", &OnMapMoved);
  emscripten::function("locationFailed", &LocationFailed);
  emscripten::function("notificationPermission", &NotificationPermission);
  emscripten::function("openAlert", &OpenAlert);
  emscripten::function("loadDrillHistory", &LoadDrillHistory);
  emscripten::function("drillArchived", &DrillArchived);
  emscripten::function("userActive", &UserActive);
  emscripten::function("mapZoom", &MapZoom);
  emscripten::function("feedTimings", &FeedTimings);
  emscripten::function("takeFrameTimes", &TakeFrameTimes);
  emscripten::function("heapStats", &HeapStats);
}

int main() {
  g_app = new beredd::web::App();
  if (!g_app->Start()) {
    delete g_app;
    g_app = nullptr;
  }
  return 0;
}
