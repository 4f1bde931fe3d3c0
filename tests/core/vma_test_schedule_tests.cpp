// The VMA outdoor signal's test days (MSB: 15:00 on the first Monday of March, June,
// September and December that is not a public holiday) and the Swedish public holidays they
// depend on. The expected days were worked out with Python's datetime, not with this code;
// tests/content/holidays_crosscheck.mjs compares the holidays with npm `swedish-holidays`.
#include <boost/test/unit_test.hpp>

#include <string>

#include "core/base/swedish_holidays.h"
#include "core/base/time.h"
#include "core/vma/vma_test_schedule.h"

using namespace beredd::core;

BOOST_AUTO_TEST_SUITE(vma_test_schedule)

BOOST_AUTO_TEST_CASE(calendar_days_weekdays_and_local_dates) {
  BOOST_TEST(IsoWeekday({1970, 1, 1}) == 4);  // a Thursday
  BOOST_TEST(IsoWeekday({2026, 12, 4}) == 5);
  BOOST_TEST(IsoWeekday({2000, 2, 29}) == 2);
  for (std::int64_t days = -800000; days <= 800000; days += 997) {
    BOOST_TEST(DaysSinceEpoch(DateFromDays(days)) == days);
  }
  BOOST_TEST(IsoDate(AddDays({2024, 2, 28}, 1)) == "2024-02-29");
  BOOST_TEST(IsoDate(AddDays({2023, 12, 31}, 1)) == "2024-01-01");
  // 2026-12-06T23:30Z is already Monday 7 December at 00:30 in Swedish winter time (+60).
  const std::int64_t instant = DaysSinceEpoch({2026, 12, 6}) * 86400000 + (23 * 60 + 30) * 60000;
  BOOST_TEST(IsoDate(LocalCivilDate(instant, 60)) == "2026-12-07");
  BOOST_TEST(LocalMinuteOfDay(instant, 60) == 30);
  BOOST_TEST(IsoDate(LocalCivilDate(instant, 0)) == "2026-12-06");
}

BOOST_AUTO_TEST_CASE(easter_and_the_moving_holidays) {
  BOOST_TEST(IsoDate(EasterSunday(2024)) == "2024-03-31");
  BOOST_TEST(IsoDate(EasterSunday(2025)) == "2025-04-20");
  BOOST_TEST(IsoDate(EasterSunday(2026)) == "2026-04-05");
  BOOST_TEST(IsoDate(EasterSunday(2038)) == "2038-04-25");  // the latest possible
  BOOST_TEST(IsoDate(EasterSunday(2285)) == "2285-03-22");  // the earliest possible
  std::string listed;
  for (const PublicHoliday& holiday : SwedishPublicHolidays(2026)) {
    listed += IsoDate(holiday.date) + " " + std::string(holiday.name) + "\n";
  }
  BOOST_TEST(listed ==
             "2026-01-01 Nyårsdagen\n2026-01-06 Trettondedag jul\n2026-04-03 Långfredagen\n"
             "2026-04-05 Påskdagen\n2026-04-06 Annandag påsk\n2026-05-01 Första maj\n"
             "2026-05-14 Kristi himmelsfärdsdag\n2026-05-24 Pingstdagen\n"
             "2026-06-06 Sveriges nationaldag\n2026-06-20 Midsommardagen\n"
             "2026-10-31 Alla helgons dag\n2026-12-25 Juldagen\n2026-12-26 Annandag jul\n");
  // Before 2005 Whit Monday was the holiday, not 6 June.
  BOOST_TEST(IsSwedishHoliday({2004, 5, 31}));
  BOOST_TEST(!IsSwedishHoliday({2004, 6, 7}));
  BOOST_TEST(IsSwedishHoliday({2026, 12, 6}));   // a Sunday
  BOOST_TEST(!IsSwedishHoliday({2026, 12, 7}));  // a Monday
}

BOOST_AUTO_TEST_CASE(test_days_over_twelve_years) {
  const char* expected[][4] = {
      {"2020-03-02", "2020-06-01", "2020-09-07", "2020-12-07"},
      {"2021-03-01", "2021-06-07", "2021-09-06", "2021-12-06"},
      {"2022-03-07", "2022-06-13", "2022-09-05", "2022-12-05"},
      {"2023-03-06", "2023-06-05", "2023-09-04", "2023-12-04"},
      {"2024-03-04", "2024-06-03", "2024-09-02", "2024-12-02"},
      {"2025-03-03", "2025-06-02", "2025-09-01", "2025-12-01"},
      {"2026-03-02", "2026-06-01", "2026-09-07", "2026-12-07"},
      {"2027-03-01", "2027-06-07", "2027-09-06", "2027-12-06"},
      {"2028-03-06", "2028-06-05", "2028-09-04", "2028-12-04"},
      {"2029-03-05", "2029-06-04", "2029-09-03", "2029-12-03"},
      {"2030-03-04", "2030-06-03", "2030-09-02", "2030-12-02"},
      {"2031-03-03", "2031-06-02", "2031-09-01", "2031-12-01"},
  };
  for (int year = 2020; year <= 2031; ++year) {
    for (int i = 0; i < 4; ++i) {
      BOOST_TEST(IsoDate(VmaTestDay(year, kVmaTestMonths[i])) == expected[year - 2020][i]);
    }
  }
}

BOOST_AUTO_TEST_CASE(june_test_moves_a_week_when_the_first_monday_is_national_day) {
  for (int year : {2022, 2033, 2039, 2044}) {
    BOOST_TEST(IsoWeekday({year, 6, 6}) == 1, year);
    BOOST_TEST(IsoDate(VmaTestDay(year, 6)) == std::to_string(year) + "-06-13");
  }
}

BOOST_AUTO_TEST_CASE(the_next_test_is_today_until_three_pm) {
  BOOST_TEST(IsoDate(NextVmaTest({2026, 12, 4}, 10 * 60)) == "2026-12-07");
  BOOST_TEST(IsoDate(NextVmaTest({2026, 12, 7}, 14 * 60 + 59)) == "2026-12-07");
  BOOST_TEST(IsoDate(NextVmaTest({2026, 12, 7}, 15 * 60)) == "2027-03-01");
  BOOST_TEST(IsoDate(NextVmaTest({2026, 12, 31}, 0)) == "2027-03-01");
  BOOST_TEST(IsoDate(NextVmaTest({2022, 6, 6}, 0)) == "2022-06-13");
}

BOOST_AUTO_TEST_SUITE_END()
