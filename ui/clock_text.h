// Elapsed time as people read it on a clock: "1:05", "12:30". Layer: ui.
#pragma once

#include <string>

namespace beredd::ui {

// Whole minutes and seconds of `seconds`, rounded down; negative times show as "0:00".
std::string MinutesSeconds(double seconds);

}  // namespace beredd::ui
