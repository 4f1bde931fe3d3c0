// Sweden's public holidays. Layer: core/base (std only).
// Must not include nlohmann, ui or web headers.
#include "core/base/swedish_holidays.h"

#include <algorithm>

namespace beredd::core {
namespace {

constexpr int kSaturday = 6;
constexpr int kSunday = 7;

// The day in [first, first + 6] that falls on `weekday` (midsummer, All Saints).
CivilDate WeekdayFrom(CivilDate first, int weekday) {
  return AddDays(first, (weekday - IsoWeekday(first) + 7) % 7);
}

}  // namespace

CivilDate EasterSunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

std::vector<PublicHoliday> SwedishPublicHolidays(int year) {
  const CivilDate easter = EasterSunday(year);
  std::vector<PublicHoliday> holidays = {
      {{year, 1, 1}, "Nyårsdagen"},
      {{year, 1, 6}, "Trettondedag jul"},
      {AddDays(easter, -2), "Långfredagen"},
      {easter, "Påskdagen"},
      {AddDays(easter, 1), "Annandag påsk"},
      {{year, 5, 1}, "Första maj"},
      {AddDays(easter, 39), "Kristi himmelsfärdsdag"},
      {AddDays(easter, 49), "Pingstdagen"},
      // The National Day replaced Whit Monday as a public holiday from 2005.
      year >= 2005 ? PublicHoliday{{year, 6, 6}, "Sveriges nationaldag"}
                   : PublicHoliday{AddDays(easter, 50), "Annandag pingst"},
      {WeekdayFrom({year, 6, 20}, kSaturday), "Midsommardagen"},
      {WeekdayFrom({year, 10, 31}, kSaturday), "Alla helgons dag"},
      {{year, 12, 25}, "Juldagen"},
      {{year, 12, 26}, "Annandag jul"},
  };
  std::stable_sort(holidays.begin(), holidays.end(),
                   [](const PublicHoliday& a, const PublicHoliday& b) { return a.date < b.date; });
  return holidays;
}

bool IsSwedishHoliday(CivilDate date) {
  if (IsoWeekday(date) == kSunday) return true;
  const auto holidays = SwedishPublicHolidays(date.year);
  return std::any_of(holidays.begin(), holidays.end(),
                     [&](const PublicHoliday& holiday) { return holiday.date == date; });
}

}  // namespace beredd::core
