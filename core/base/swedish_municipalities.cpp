// Sweden's municipalities by code and name. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include "core/base/swedish_municipalities.h"

#include <algorithm>
#include <string>
#include <tuple>

#include "core/base/ascii_case.h"
#include "core/base/text_fold.h"

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

// Swedish alphabetical order: å, ä, ö after z in that order; é sorts as e and ü as y.
std::string SwedishSortKey(std::string_view name) {
  const std::string folded = FoldForSearch(name);
  std::string key;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (static_cast<unsigned char>(folded[i]) == 0xC3 && i + 1 < folded.size()) {
      switch (static_cast<unsigned char>(folded[++i])) {
        case 0xA5: key += '{'; continue;  // å; '{' '|' '}' follow 'z' in ASCII
        case 0xA4: key += '|'; continue;  // ä
        case 0xB6: key += '}'; continue;  // ö
        case 0xA9: key += 'e'; continue;  // é
        case 0xBC: key += 'y'; continue;  // ü
        default: key += folded[i - 1]; key += folded[i]; continue;
      }
    }
    key += folded[i];
  }
  return key;
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

std::optional<NamedPlace> FindPlace(std::string_view key) {
  if (const Municipality* municipality = FindMunicipality(key)) {
    return NamedPlace{municipality->code, municipality->position};
  }
  if (auto county = FindCounty(key)) return NamedPlace{county->code, county->centre};
  if (key == kSwedenCode) return NamedPlace{kSwedenCode, kSwedenCentre};
  const std::string folded = FoldForSearch(key);
  for (std::string_view country : {"sverige", "hela sverige", "hela landet", "sweden", "all of sweden"}) {
    if (folded == country) return NamedPlace{kSwedenCode, kSwedenCentre};
  }
  return std::nullopt;
}

std::optional<GeoPoint> PositionOfPlace(std::string_view key) {
  if (auto place = FindPlace(key)) return place->position;
  return std::nullopt;
}

std::vector<const Municipality*> SearchMunicipalities(std::string_view typed, std::size_t limit) {
  const std::string needle = FoldForSearch(typed);
  if (needle.empty()) return {};
  struct Found {
    bool inside;      // found inside the name, not at its start: listed after those that start with it
    std::string key;  // Swedish alphabetical order
    const Municipality* municipality;
  };
  std::vector<Found> found;
  for (const Municipality& municipality : kMunicipalities) {
    const std::size_t at = FoldForSearch(municipality.name).find(needle);
    if (at != std::string::npos) found.push_back({at != 0, SwedishSortKey(municipality.name), &municipality});
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return std::tie(a.inside, a.key) < std::tie(b.inside, b.key); });
  std::vector<const Municipality*> result;
  for (std::size_t i = 0; i < found.size() && i < limit; ++i) result.push_back(found[i].municipality);
  return result;
}

}  // namespace beredd::core
