// Sweden's 21 counties by name and code, for feeds that name a county instead of a point.
// Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#include "core/base/swedish_counties.h"

#include "core/base/ascii_case.h"

namespace beredd::core {
namespace {

constexpr County kCounties[] = {
    {"01", "Stockholms län", {59.40, 18.10}},      {"03", "Uppsala län", {60.00, 17.65}},
    {"04", "Södermanlands län", {59.10, 16.60}},   {"05", "Östergötlands län", {58.40, 15.60}},
    {"06", "Jönköpings län", {57.60, 14.30}},      {"07", "Kronobergs län", {56.80, 14.60}},
    {"08", "Kalmar län", {57.10, 16.20}},          {"09", "Gotlands län", {57.50, 18.50}},
    {"10", "Blekinge län", {56.20, 15.30}},        {"12", "Skåne län", {55.80, 13.50}},
    {"13", "Hallands län", {56.90, 12.70}},        {"14", "Västra Götalands län", {58.00, 12.30}},
    {"17", "Värmlands län", {59.60, 13.30}},       {"18", "Örebro län", {59.30, 15.10}},
    {"19", "Västmanlands län", {59.65, 16.40}},    {"20", "Dalarnas län", {60.70, 15.00}},
    {"21", "Gävleborgs län", {61.30, 16.70}},      {"22", "Västernorrlands län", {62.80, 17.50}},
    {"23", "Jämtlands län", {63.20, 14.50}},       {"24", "Västerbottens län", {64.50, 19.50}},
    {"25", "Norrbottens län", {66.00, 21.50}},
};

// "Stockholms län" -> "Stockholm", "Kalmar län" -> "Kalmar".
std::string_view ShortName(std::string_view name) {
  constexpr std::string_view kSuffix = " län";
  if (name.size() > kSuffix.size() && name.substr(name.size() - kSuffix.size()) == kSuffix) {
    name.remove_suffix(kSuffix.size());
  }
  if (name.size() > 1 && name.back() == 's') name.remove_suffix(1);
  return name;
}

}  // namespace

std::optional<County> FindCounty(std::string_view key) {
  if (key.size() == 1 && key[0] >= '1' && key[0] <= '9') {
    const char code[] = {'0', key[0]};
    return FindCounty(std::string_view(code, 2));
  }
  for (const County& county : kCounties) {
    if (key == county.code || EqualsIgnoringCase(key, county.name) ||
        EqualsIgnoringCase(ShortName(key), ShortName(county.name))) {
      return county;
    }
  }
  return std::nullopt;
}

std::optional<County> CountyOfMunicipality(std::string_view code) {
  if (code.size() != 4) return std::nullopt;
  for (char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return FindCounty(code.substr(0, 2));
}

}  // namespace beredd::core
