// Clock text. Layer: ui.
#include "ui/widgets/clock_text.h"

#include <cstdio>

#include "core/drill/drill_report.h"

namespace beredd::ui {

std::string MinutesSeconds(double seconds) {
  const long long whole = seconds > 0 ? static_cast<long long>(seconds) : 0;
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%lld:%02lld", whole / 60, whole % 60);
  return buffer;
}

namespace {
constexpr std::int64_t kMinuteMs = 60 * 1000;
}  // namespace

std::string LocalDateTime(std::int64_t utc_ms, int utc_offset_minutes) {
  std::string iso = core::IsoUtc(utc_ms + utc_offset_minutes * kMinuteMs);  // 2026-11-22T09:15:03Z
  iso[10] = ' ';
  return iso.substr(0, 16);
}

std::string LocalDate(std::int64_t utc_ms, int utc_offset_minutes) {
  return LocalDateTime(utc_ms, utc_offset_minutes).substr(0, 10);
}

}  // namespace beredd::ui
