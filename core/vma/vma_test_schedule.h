// When the outdoor warning signal ("Viktigt meddelande till allmänheten", VMA) is next
// tested. MSB: at 15:00 on the first Monday of March, June, September and December that is
// not a public holiday. Layer: core (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include "core/base/time.h"

namespace beredd::core {

inline constexpr int kVmaTestMonths[] = {3, 6, 9, 12};
inline constexpr int kVmaTestMinuteOfDay = 15 * 60;  // 15:00 Swedish time

// The test day of `month` (one of kVmaTestMonths) in `year`: its first Monday that is not a
// public holiday (6 June on a Monday moves June's test a week).
CivilDate VmaTestDay(int year, int month);

// The next test at or after `today` at `minute_of_day` (local): today's until 15:00, then the
// next one.
CivilDate NextVmaTest(CivilDate today, int minute_of_day);

}  // namespace beredd::core
