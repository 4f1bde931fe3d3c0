// Sweden's 21 counties (län) with their official codes and a point inside each, for feeds
// that name a county but give no coordinates (CAP geocodes, Krisinformation areas). Markers
// placed this way are always area precision. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <string_view>

#include "core/feed/incident.h"

namespace beredd::core {

struct County {
  std::string_view code;  // "01" Stockholm ... "25" Norrbotten
  std::string_view name;  // "Stockholms län"
  GeoPoint centre;        // inside the county, near its population centre of gravity
};

// By code ("01", "1") or by name ("Stockholms län", "Stockholm", any letter case).
std::optional<County> FindCounty(std::string_view code_or_name);

// The county of a municipality by its four-digit SCB code ("1880", Örebro): an SCB municipality
// code starts with its county's code, so "1880" lies in county 18, Örebro län. nullopt when
// `code` is not four digits of a known county.
std::optional<County> CountyOfMunicipality(std::string_view code);

// Where to put an incident that concerns the whole country.
inline constexpr GeoPoint kSwedenCentre{62.0, 15.5};

}  // namespace beredd::core
