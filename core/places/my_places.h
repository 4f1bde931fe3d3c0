// A visitor's places (up to five municipalities, one of them perhaps "where I am now") and
// which alerts concern them: those take over the alert bar, the rest stay on the map and in
// the list. Layer: core (std only). Must not include nlohmann, ui, web or Emscripten headers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/base/geo.h"
#include "core/feed/incident.h"

namespace beredd::core {

inline constexpr std::size_t kMaxPlaces = 5;

struct SavedPlace {
  std::string code;  // the municipality's SCB code, "1880"; one entry per municipality
  std::string name;  // "Örebro kommun"
  // "Where I am now": the position the browser gave when it was saved. nullopt for a
  // municipality chosen from the list (its whole area counts).
  std::optional<GeoPoint> position;
  bool operator==(const SavedPlace&) const = default;
};

// Whether `alert` concerns `place`: it names the place's municipality or county (area_codes),
// or its drawn area holds the place's position, or it has neither and lies in the place's
// municipality (the municipality nearest its marker).
bool Concerns(const Incident& alert, const SavedPlace& place);

// Whether it concerns everybody: all of Sweden, or an alert whose area cannot be placed
// (nobody can tell it is not theirs).
bool ConcernsEveryone(const Incident& alert);

// Whether `alert` is for one of `places` or for everybody. With no places, every alert is:
// a visitor who has chosen none misses nothing.
bool ConcernsAny(const Incident& alert, const std::vector<SavedPlace>& places);

}  // namespace beredd::core
