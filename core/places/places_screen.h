// The "Mina platser" screen's view-model and intents: the saved places, the municipality
// search, "where I am now", and how a new alert for them reaches the visitor (a notification
// while the tab is hidden, a sound). Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/platform.h"
#include "core/base/swedish_municipalities.h"
#include "core/places/my_places.h"

namespace beredd::core {

// The browser's Notification permission, as the page reports it.
enum class NotifyPermission { Unsupported, Default, Granted, Denied };

struct PlacesView {
  std::vector<SavedPlace> places;
  std::string query;                         // what the search answered
  std::vector<const Municipality*> matches;  // for `query`, best first
  bool full = false;                         // kMaxPlaces saved: remove one to add another
  bool locating = false;                     // "where I am now" is waiting for the position
  std::optional<LocationError> location_error;
  NotifyPermission permission = NotifyPermission::Unsupported;
  bool notify = false;  // the visitor asked for notifications (they show only when granted)
  bool sound = false;   // the visitor chose a sound for a new alert
};

struct PlacesIntents {
  std::optional<std::string> query;  // the search text changed
  std::string add;                   // a municipality code from the matches
  std::string remove;                // a saved place's code
  bool locate = false;               // "where I am now"
  std::optional<bool> notify;        // turn notifications on or off
  std::optional<bool> sound;         // turn the sound on or off
  bool operator==(const PlacesIntents&) const = default;
};

}  // namespace beredd::core
