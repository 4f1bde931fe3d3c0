// Time as Beredd stores and shows it. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/base/time.h"

#include <algorithm>
#include <cstdio>

namespace beredd::core {
namespace {

constexpr std::int64_t kMinuteMs = 60 * 1000;
constexpr std::int64_t kDayMs = 24 * 60 * kMinuteMs;

// Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// `value` (0 or more) as exactly `width` decimal digits at `out`, zero-padded.
void PutDigits(char* out, int value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

constexpr unsigned kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

unsigned DaysInMonth(std::int64_t year, unsigned month) {
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDaysInMonth[month - 1];
}

// Reads exactly `count` digits (or 1..count when `at_least_one`) from `text` at `at`.
bool Digits(std::string_view text, std::size_t& at, int count, int& out, bool up_to = false) {
  int read = 0;
  out = 0;
  while (read < count && at < text.size() && text[at] >= '0' && text[at] <= '9') {
    out = out * 10 + (text[at] - '0');
    ++at;
    ++read;
  }
  return up_to ? read > 0 : read == count;
}

}  // namespace

std::int64_t DaysSinceEpoch(CivilDate date) {
  return DaysFromCivil(date.year, static_cast<unsigned>(date.month), static_cast<unsigned>(date.day));
}

CivilDate DateFromDays(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return {static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

CivilDate AddDays(CivilDate date, int days) { return DateFromDays(DaysSinceEpoch(date) + days); }

CivilDate AddMonths(CivilDate date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  CivilDate out{index / 12, index % 12 + 1, 1};
  // The first of the next month, one day back: the length of `out`'s month.
  const int next_index = index + 1;
  const int days_in_month = AddDays(CivilDate{next_index / 12, next_index % 12 + 1, 1}, -1).day;
  out.day = std::min(date.day, days_in_month);
  return out;
}

int IsoWeekday(CivilDate date) {
  const std::int64_t days = DaysSinceEpoch(date);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((days + 3) % 7 + 7) % 7) + 1;
}

CivilDate LocalCivilDate(std::int64_t utc_ms, int utc_offset_minutes) {
  const std::int64_t local_ms = utc_ms + utc_offset_minutes * kMinuteMs;
  std::int64_t days = local_ms / kDayMs;
  if (local_ms % kDayMs < 0) --days;
  return DateFromDays(days);
}

int LocalMinuteOfDay(std::int64_t utc_ms, int utc_offset_minutes) {
  const std::int64_t local_ms = utc_ms + utc_offset_minutes * kMinuteMs;
  return static_cast<int>(((local_ms % kDayMs) + kDayMs) % kDayMs / kMinuteMs);
}

std::string IsoDate(CivilDate date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string IsoUtc(std::int64_t unix_ms) {
  std::int64_t seconds = unix_ms / 1000;
  if (unix_ms % 1000 < 0) --seconds;
  std::int64_t days = seconds / 86400;
  std::int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  const CivilDate date = DateFromDays(days);
  if (date.year >= 0 && date.year <= 9999) {
    // Without printf, which is slow in wasm: the incident list formats a time for every row.
    std::string text = "0000-00-00T00:00:00Z";
    PutDigits(&text[0], date.year, 4);
    PutDigits(&text[5], date.month, 2);
    PutDigits(&text[8], date.day, 2);
    PutDigits(&text[11], static_cast<int>(rest / 3600), 2);
    PutDigits(&text[14], static_cast<int>(rest / 60 % 60), 2);
    PutDigits(&text[17], static_cast<int>(rest % 60), 2);
    return text;
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02lld:%02lld:%02lldZ", date.year, date.month,
                date.day, static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60),
                static_cast<long long>(rest % 60));
  return buffer;
}

std::string IsoUtcExact(std::int64_t unix_ms) {
  std::string text = IsoUtc(unix_ms);
  const std::int64_t millis = ((unix_ms % 1000) + 1000) % 1000;
  if (millis == 0) return text;
  char fraction[8];
  std::snprintf(fraction, sizeof fraction, ".%03lld", static_cast<long long>(millis));
  return text.insert(text.size() - 1, fraction);
}

std::optional<std::int64_t> ParseIsoTime(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  std::size_t at = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!Digits(text, at, 4, year) || at >= text.size() || text[at++] != '-') return std::nullopt;
  if (!Digits(text, at, 2, month) || at >= text.size() || text[at++] != '-') return std::nullopt;
  if (!Digits(text, at, 2, day) || at >= text.size()) return std::nullopt;
  const char separator = text[at++];
  if (separator != 'T' && separator != 't' && separator != ' ') return std::nullopt;
  if (!Digits(text, at, 2, hour, /*up_to=*/true) || at >= text.size() || text[at++] != ':') return std::nullopt;
  if (!Digits(text, at, 2, minute)) return std::nullopt;
  if (at < text.size() && text[at] == ':') {
    ++at;
    if (!Digits(text, at, 2, second)) return std::nullopt;
  }
  int millis = 0;
  if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
    ++at;
    int scale = 100;
    const std::size_t start = at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
      millis += (text[at] - '0') * scale;
      scale /= 10;
      ++at;
    }
    if (at == start) return std::nullopt;
  }
  while (at < text.size() && text[at] == ' ') ++at;
  int offset_minutes = 0;
  if (at < text.size()) {
    const char zone = text[at++];
    if (zone == 'Z' || zone == 'z') {
      // UTC
    } else if (zone == '+' || zone == '-') {
      int zone_hours = 0, zone_minutes = 0;
      if (!Digits(text, at, 2, zone_hours)) return std::nullopt;
      if (at < text.size() && text[at] == ':') ++at;
      if (at < text.size() && !Digits(text, at, 2, zone_minutes)) return std::nullopt;
      if (zone_hours > 14 || zone_minutes > 59) return std::nullopt;
      offset_minutes = (zone == '+' ? 1 : -1) * (zone_hours * 60 + zone_minutes);
    } else {
      return std::nullopt;
    }
  }
  if (at != text.size()) return std::nullopt;
  if (year < 1970 || month < 1 || month > 12 || day < 1 ||
      day > static_cast<int>(DaysInMonth(year, static_cast<unsigned>(month))) || hour > 23 ||
      minute > 59 || second > 60) {
    return std::nullopt;
  }
  const std::int64_t days = DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  const std::int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + std::min(second, 59) -
                               static_cast<std::int64_t>(offset_minutes) * 60;
  return seconds * 1000 + millis;
}

std::string LocalDateTime(std::int64_t utc_ms, int utc_offset_minutes) {
  std::string iso = IsoUtc(utc_ms + utc_offset_minutes * kMinuteMs);  // 2026-11-22T09:15:03Z
  iso[10] = ' ';
  return iso.substr(0, 16);
}

std::string LocalDate(std::int64_t utc_ms, int utc_offset_minutes) {
  return LocalDateTime(utc_ms, utc_offset_minutes).substr(0, 10);
}

}  // namespace beredd::core
