// Time as Beredd stores and shows it: ms since the Unix epoch (UTC), written as ISO 8601, read
// from the forms Swedish feeds send, and shown as local date and time at a given UTC offset.
// Layer: core/base (std only). Must not include nlohmann, ui or web headers.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace beredd::core {

// A day of the proleptic Gregorian calendar, as a calendar shows it.
struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const CivilDate&) const = default;
};

// Days since 1970-01-01 and back (Howard Hinnant's algorithms).
std::int64_t DaysSinceEpoch(CivilDate date);
CivilDate DateFromDays(std::int64_t days);
CivilDate AddDays(CivilDate date, int days);
// `months` calendar months later; the day is capped at the end of a shorter month (Aug 31 + 6
// months is the last of February).
CivilDate AddMonths(CivilDate date, int months);
// 1 = Monday .. 7 = Sunday (ISO 8601).
int IsoWeekday(CivilDate date);
// The local calendar day of an instant at a UTC offset, and the minutes since its midnight.
CivilDate LocalCivilDate(std::int64_t utc_ms, int utc_offset_minutes);
int LocalMinuteOfDay(std::int64_t utc_ms, int utc_offset_minutes);
// "2026-12-07"
std::string IsoDate(CivilDate date);

// "2026-11-22T09:15:03Z"
std::string IsoUtc(std::int64_t unix_ms);
// The same with milliseconds when there are any ("2026-06-30T14:05:11.376Z"): a feed's times
// written out and read back stay exactly what they were.
std::string IsoUtcExact(std::int64_t unix_ms);

// ISO 8601 ("2026-11-22T09:15:03Z", "+01:00", "+0100", fractions) and the Police API's
// "2025-06-07 7:32:06 +02:00" (space separator, hour without a leading zero). No zone: UTC.
std::optional<std::int64_t> ParseIsoTime(std::string_view text);

// Wall-clock time as people read it where it happened: "2026-11-22 09:15" and "2026-11-22".
// `utc_offset_minutes` is the local offset (+60 in Swedish winter, +120 in summer).
std::string LocalDateTime(std::int64_t utc_ms, int utc_offset_minutes);
std::string LocalDate(std::int64_t utc_ms, int utc_offset_minutes);

}  // namespace beredd::core
