// Sweden's public holidays ("allmänna helgdagar"), as Lag (1989:253) om allmänna helgdagar
// lists them, for the VMA test date. Sundays are holidays too; they are not listed here.
// Layer: core/base (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <string_view>
#include <vector>

#include "core/base/time.h"

namespace beredd::core {

struct PublicHoliday {
  CivilDate date;
  std::string_view name;  // Swedish, as the law names it: "Sveriges nationaldag"
};

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
CivilDate EasterSunday(int year);

// The year's public holidays other than Sundays, in date order.
std::vector<PublicHoliday> SwedishPublicHolidays(int year);

// A Sunday or one of SwedishPublicHolidays.
bool IsSwedishHoliday(CivilDate date);

}  // namespace beredd::core
