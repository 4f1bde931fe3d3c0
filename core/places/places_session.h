// "Mina platser": the visitor's places, kept in this browser only (nothing on a kiosk), the
// search that finds a municipality, "where I am now" (asked only after a tap), the choices of
// notification and sound, and which alerts were already announced.
// Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/base/platform.h"
#include "core/feed/alert_screen.h"
#include "core/places/places_screen.h"

namespace beredd::core {

// The storage key; the value is {"version": 1, "places": [...], "notify": b, "sound": b}.
inline constexpr std::string_view kPlacesStorageKey = "beredd.places";

class PlacesSession {
 public:
  // `keep`: store the places in the browser (false on a kiosk, whose visitors share it). A
  // stored text that cannot be read is reported to the developer log and left in place.
  PlacesSession(Platform& platform, bool keep);

  void Fill(PlacesView& view) const;
  // "Where I am now" asks the platform, which answers through Located or LocationFailed.
  void Apply(const PlacesIntents& intents);
  void Located(const GeoPoint& point);
  void LocationFailed(LocationError error);
  bool locating() const { return locating_; }

  void SetPermission(NotifyPermission permission) { permission_ = permission; }
  bool notify() const { return notify_ && permission_ == NotifyPermission::Granted; }
  bool sound() const { return sound_; }
  const std::vector<SavedPlace>& places() const { return places_; }

  // Decides which of `alerts` concern none of the places: once per poll and per change of
  // places, since a point alert's municipality is a search of all 290 (not a per-frame cost).
  void Classify(const std::vector<const Incident*>& alerts);
  // Moves the alerts Classify found for other places from view.active to view.elsewhere.
  void Split(AlertsView& view) const;
  // The alerts in `view.active` not announced before (new, or changed since): each is
  // returned once.
  std::vector<const Incident*> TakeUnannounced(const AlertsView& view);

 private:
  void Save();
  void Add(SavedPlace place);

  Platform* platform_;
  bool keep_;
  std::vector<SavedPlace> places_;
  std::string query_;
  std::vector<const Municipality*> matches_;  // for query_, found when it changes (not per frame)
  bool locating_ = false;
  std::optional<LocationError> location_error_;
  NotifyPermission permission_ = NotifyPermission::Unsupported;
  bool notify_ = false;
  bool sound_ = false;
  std::set<std::string, std::less<>> elsewhere_;  // ids of alerts for none of the places
  std::set<std::string> announced_;  // "id@updated_ms" of the alerts shown at the last poll
};

}  // namespace beredd::core
