// The visitor's places and alert choices, and their stored form.
// Layer: core (std + nlohmann in this file only). Must not include ui, web or Emscripten headers.
#include "core/places/places_session.h"

#include <algorithm>
#include <iterator>

#include <nlohmann/json.hpp>

namespace beredd::core {
namespace {

using nlohmann::json;

constexpr int kVersion = 1;
constexpr std::size_t kShownMatches = 8;  // a phone's screen of buttons

std::string AnnouncedKey(const Incident& alert) {
  return alert.id + "@" + std::to_string(alert.updated_ms);
}

}  // namespace

PlacesSession::PlacesSession(Platform& platform, bool keep) : platform_(&platform), keep_(keep) {
  if (!keep_) return;
  const std::optional<std::string> text = platform_->Load(kPlacesStorageKey);
  if (!text) return;
  const json root = json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (!root.is_object() || root.value("version", 0) != kVersion) {
    platform_->Warn("beredd.places: not a stored list of places; left as it is");
    return;
  }
  if (const auto list = root.find("places"); list != root.end() && list->is_array()) {
    for (const json& item : *list) {
      if (!item.is_object()) continue;
      // Only codes the table knows: the name shown is the table's, not the stored text.
      const Municipality* municipality = FindMunicipality(item.value("code", std::string()));
      if (municipality == nullptr) continue;
      SavedPlace place{std::string(municipality->code), std::string(municipality->name), std::nullopt};
      const auto lat = item.find("lat");
      const auto lon = item.find("lon");
      if (lat != item.end() && lon != item.end() && lat->is_number() && lon->is_number()) {
        place.position = GeoPoint{lat->get<double>(), lon->get<double>()};
      }
      Add(std::move(place));
    }
  }
  notify_ = root.value("notify", false);
  sound_ = root.value("sound", false);
}

void PlacesSession::Save() {
  if (!keep_) return;
  json list = json::array();
  for (const SavedPlace& place : places_) {
    json item = {{"code", place.code}, {"name", place.name}};
    if (place.position) {
      item["lat"] = place.position->lat;
      item["lon"] = place.position->lon;
    }
    list.push_back(std::move(item));
  }
  const json root = {{"version", kVersion}, {"places", list}, {"notify", notify_}, {"sound", sound_}};
  platform_->Store(kPlacesStorageKey, root.dump(2, ' ', false, json::error_handler_t::replace));
}

// One entry per municipality: a new position for one already saved replaces the old.
void PlacesSession::Add(SavedPlace place) {
  const auto same = std::find_if(places_.begin(), places_.end(),
                                 [&](const SavedPlace& saved) { return saved.code == place.code; });
  if (same != places_.end()) {
    if (place.position) same->position = place.position;
    return;
  }
  if (places_.size() < kMaxPlaces) places_.push_back(std::move(place));
}

void PlacesSession::Fill(PlacesView& view) const {
  view.places = places_;
  view.query = query_;
  view.matches = matches_;
  view.full = places_.size() >= kMaxPlaces;
  view.locating = locating_;
  view.location_error = location_error_;
  view.permission = permission_;
  view.notify = notify_;
  view.sound = sound_;
}

void PlacesSession::Apply(const PlacesIntents& intents) {
  bool changed = false;
  if (intents.query && *intents.query != query_) {
    query_ = *intents.query;
    matches_ = SearchMunicipalities(query_, kShownMatches);
  }
  if (!intents.add.empty()) {
    if (const Municipality* municipality = FindMunicipality(intents.add)) {
      Add({std::string(municipality->code), std::string(municipality->name), std::nullopt});
      query_.clear();
      matches_.clear();
      changed = true;
    }
  }
  if (!intents.remove.empty()) {
    std::erase_if(places_, [&](const SavedPlace& place) { return place.code == intents.remove; });
    changed = true;
  }
  if (intents.notify) {
    notify_ = *intents.notify;
    changed = true;
  }
  if (intents.sound) {
    sound_ = *intents.sound;
    changed = true;
  }
  if (changed) Save();
  if (!intents.locate || places_.size() >= kMaxPlaces) return;
  locating_ = true;
  location_error_.reset();
  platform_->Locate();
}

void PlacesSession::Located(const GeoPoint& point) {
  if (!locating_) return;  // an answer nobody here asked for (the map's own)
  locating_ = false;
  const Municipality& municipality = NearestMunicipality(point);
  Add({std::string(municipality.code), std::string(municipality.name), point});
  Save();
}

void PlacesSession::LocationFailed(LocationError error) {
  if (!locating_) return;
  locating_ = false;
  location_error_ = error;
}

void PlacesSession::Classify(const std::vector<const Incident*>& alerts) {
  elsewhere_.clear();
  for (const Incident* alert : alerts) {
    if (!ConcernsAny(*alert, places_)) elsewhere_.insert(alert->id);
  }
}

void PlacesSession::Split(AlertsView& view) const {
  if (elsewhere_.empty()) return;
  const auto other = [&](const Incident* alert) { return elsewhere_.count(alert->id) != 0; };
  std::copy_if(view.active.begin(), view.active.end(), std::back_inserter(view.elsewhere), other);
  std::erase_if(view.active, other);
}

std::vector<const Incident*> PlacesSession::TakeUnannounced(const AlertsView& view) {
  std::set<std::string> shown;
  std::vector<const Incident*> fresh;
  for (const Incident* alert : view.active) {
    std::string key = AnnouncedKey(*alert);
    if (announced_.count(key) == 0) fresh.push_back(alert);
    shown.insert(std::move(key));
  }
  announced_ = std::move(shown);  // only what is shown: the set never grows past the bar
  return fresh;
}

}  // namespace beredd::core
