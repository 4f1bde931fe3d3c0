// Times as people read them: elapsed on a clock ("1:05", "12:30") and local dates. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include <cstdint>
#include <string>

#include "core/base/time.h"

namespace beredd::ui {

// Whole minutes and seconds of `seconds`, rounded down; negative times show as "0:00".
std::string MinutesSeconds(double seconds);

// Local dates and times are core's (core/base/time.h): reports and file names use them too.
using core::LocalDateTime;
using core::LocalDate;

}  // namespace beredd::ui
