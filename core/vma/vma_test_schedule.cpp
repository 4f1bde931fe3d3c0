// The VMA outdoor signal's test days. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#include "core/vma/vma_test_schedule.h"

#include "core/base/swedish_holidays.h"

namespace beredd::core {

CivilDate VmaTestDay(int year, int month) {
  constexpr int kMonday = 1;
  CivilDate day{year, month, 1};
  while (IsoWeekday(day) != kMonday) day = AddDays(day, 1);
  while (IsSwedishHoliday(day)) day = AddDays(day, 7);
  return day;
}

CivilDate NextVmaTest(CivilDate today, int minute_of_day) {
  for (int year = today.year;; ++year) {
    for (int month : kVmaTestMonths) {
      const CivilDate test = VmaTestDay(year, month);
      if (test > today || (test == today && minute_of_day < kVmaTestMinuteOfDay)) return test;
    }
  }
}

}  // namespace beredd::core
