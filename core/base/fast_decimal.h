// Decimal numbers to doubles without strtod where that is exact. wasm's musl runs strtod on
// software long doubles, which made it a third of a Police feed's reading time.
// Layer: core (std only). Must not include nlohmann, ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <string_view>

namespace beredd::core {

// `number` is [+-]digits[.digits][(e|E)[+-]digits], already checked by the caller. Returns the
// nearest double, exactly what strtod returns, when Clinger's fast path applies: at most 19
// significant digits, a mantissa up to 2^53 and a power of ten up to 1e22 (both exact as
// doubles, so one correctly rounded multiply or divide). Coordinates ("59.329323") always
// qualify. nullopt otherwise: the caller then uses strtod.
std::optional<double> FastDecimal(std::string_view number);

}  // namespace beredd::core
