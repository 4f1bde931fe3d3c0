// Times as people read them: elapsed on a clock ("1:05", "12:30") and local dates. Layer: ui.
#pragma once

#include <cstdint>
#include <string>

namespace beredd::ui {

// Whole minutes and seconds of `seconds`, rounded down; negative times show as "0:00".
std::string MinutesSeconds(double seconds);

// Wall-clock time as people read it where the drill ran: "2026-11-22 09:15" and "2026-11-22".
// `utc_offset_minutes` is the local offset (+60 in Swedish winter, +120 in summer).
std::string LocalDateTime(std::int64_t utc_ms, int utc_offset_minutes);
std::string LocalDate(std::int64_t utc_ms, int utc_offset_minutes);

}  // namespace beredd::ui
