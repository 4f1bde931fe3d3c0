// Elapsed time on a clock face ("1:05").
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include "ui/widgets/clock_text.h"

#include <cstdio>


namespace beredd::ui {

std::string MinutesSeconds(double seconds) {
  const long long whole = seconds > 0 ? static_cast<long long>(seconds) : 0;
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%lld:%02lld", whole / 60, whole % 60);
  return buffer;
}

}  // namespace beredd::ui
