// The school's classes and how many pupils each has: entered once, remembered between drills,
// and the starting point of every roll call. Also the roll-call stepper maths, so a tap on
// "one more missing" in a full class moves a pupil out of "accounted" instead of being refused.
// Layer: core (std only; stored as JSON by class_roster_json.h). Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/drill/drill_engine.h"

namespace beredd::core {

struct RosterClass {
  std::string name;  // "4B"
  int expected = 0;  // pupils in the class
  bool operator==(const RosterClass&) const = default;
};

inline constexpr int kMaxClassSize = 10000;
inline constexpr std::size_t kMaxClassNameBytes = 40;

// Why `name` and `expected_text` cannot be added to `roster`, or nullopt with `out` filled.
// The count must be a plain whole number (no sign, no decimals) from 1 to kMaxClassSize.
// Names are trimmed; a name already in the roster (ignoring case) is refused.
enum class RosterProblem { EmptyName, NameTooLong, DuplicateName, BadCount };
std::optional<RosterProblem> CheckNewClass(const std::vector<RosterClass>& roster,
                                           std::string_view name, std::string_view expected_text,
                                           RosterClass& out);

enum class CountField { Accounted, Injured, Missing };

// `count` with `field` changed by `delta` (usually +1 or -1), kept within 0..expected. Raising
// injured or missing in a full class takes the pupil from accounted: they were counted as safe.
ClassCount AdjustCount(ClassCount count, CountField field, int delta);

// Everyone not reported as injured or missing is accounted for.
ClassCount AllAccounted(ClassCount count);

}  // namespace beredd::core
