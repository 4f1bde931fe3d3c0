// Clinger's fast path. Layer: core (std only).
// Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#include "core/base/fast_decimal.h"

#include <cstdint>

namespace beredd::core {

std::optional<double> FastDecimal(std::string_view number) {
  constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  std::size_t i = 0;
  const bool negative = !number.empty() && number[0] == '-';
  if (!number.empty() && (number[0] == '-' || number[0] == '+')) ++i;
  std::uint64_t mantissa = 0;
  int digits = 0;
  long exponent = 0;
  bool fraction = false;
  for (; i < number.size(); ++i) {
    const char c = number[i];
    if (c == '.') {
      fraction = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    const int digit = c - '0';
    if (mantissa != 0 || digit != 0) {
      if (++digits > 19) return std::nullopt;
      mantissa = mantissa * 10 + static_cast<std::uint64_t>(digit);
    }
    if (fraction) --exponent;
  }
  if (i < number.size()) {  // the exponent, after 'e' or 'E'
    ++i;
    const bool minus = i < number.size() && number[i] == '-';
    if (i < number.size() && (number[i] == '-' || number[i] == '+')) ++i;
    long written = 0;
    for (; i < number.size(); ++i) {
      if (written > 100000) return std::nullopt;  // far beyond a double either way
      written = written * 10 + (number[i] - '0');
    }
    exponent += minus ? -written : written;
  }
  if (mantissa == 0) return negative ? -0.0 : 0.0;
  if (mantissa > (std::uint64_t{1} << 53) || exponent < -22 || exponent > 22) return std::nullopt;
  double value = static_cast<double>(mantissa);
  value = exponent < 0 ? value / kPowers[-exponent] : value * kPowers[exponent];
  return negative ? -value : value;
}

}  // namespace beredd::core
