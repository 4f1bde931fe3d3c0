// Sweden's municipalities by code and name. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include "core/base/swedish_municipalities.h"

#include "core/base/ascii_case.h"

namespace beredd::core {
namespace {

constexpr Municipality kMunicipalities[] = {
#include "core/swedish_municipalities.inc"  // generated: build/<tree>/generated/core/
};

// "Örebro kommun" -> "Örebro", "Göteborgs stad" -> "Göteborg", "Ystads kommun" -> "Ystad".
std::string_view ShortName(std::string_view name) {
  for (std::string_view suffix : {std::string_view(" kommun"), std::string_view(" stad")}) {
    if (name.size() > suffix.size() && name.substr(name.size() - suffix.size()) == suffix) {
      name.remove_suffix(suffix.size());
      break;
    }
  }
  return name;
}

bool NamesMunicipality(std::string_view key, std::string_view name) {
  if (EqualsIgnoringCase(key, name)) return true;
  const std::string_view genitive = ShortName(name);  // "Ystads"
  if (genitive.size() == name.size()) return false;
  if (EqualsIgnoringCase(key, genitive)) return true;
  return genitive.back() == 's' && EqualsIgnoringCase(key, genitive.substr(0, genitive.size() - 1));
}

}  // namespace

std::span<const Municipality> SwedishMunicipalities() { return kMunicipalities; }

const Municipality* FindMunicipality(std::string_view key) {
  for (const Municipality& municipality : kMunicipalities) {
    if (key == municipality.code || NamesMunicipality(key, municipality.name)) return &municipality;
  }
  return nullptr;
}

std::optional<County> CountyOf(const Municipality& municipality) {
  return FindCounty(municipality.code.substr(0, 2));
}

const Municipality& NearestMunicipality(const GeoPoint& point) {
  const Municipality* nearest = &kMunicipalities[0];
  double nearest_km = DistanceKm(point, nearest->position);
  for (const Municipality& municipality : kMunicipalities) {
    const double km = DistanceKm(point, municipality.position);
    if (km < nearest_km) {
      nearest = &municipality;
      nearest_km = km;
    }
  }
  return *nearest;
}

std::optional<GeoPoint> PositionOfPlace(std::string_view key) {
  if (const Municipality* municipality = FindMunicipality(key)) return municipality->position;
  if (auto county = FindCounty(key)) return county->centre;
  return std::nullopt;
}

}  // namespace beredd::core
