// The "Var är jag?" screen's view-model and intents: plain data that core's WhereSession fills
// and applies, and ui's where view reads and emits. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <cstdint>
#include <string>

#include "core/base/position_text.h"

namespace beredd::core {

struct WhereView {
  enum class State { NotAsked, Locating, Located, Failed };
  State state = State::NotAsked;
  // Located: the position in every form, how far off it may be, and when it was taken.
  PositionText position;
  double accuracy_m = 0;
  bool poor_accuracy = false;  // worse than kPoorAccuracyMetres
  std::int64_t fix_ms = 0;     // wall clock
  int utc_offset_minutes = 0;
  std::string problem;         // Failed: catalog key of why there is no position
  // Located in Sweden: the nearest municipality of core's table and its county ("" abroad).
  std::string near_municipality;
  std::string near_county;
  // A kiosk shows where it stands (its pack's kiosk address), never a visitor's position.
  bool kiosk = false;
  std::string kiosk_address;  // "" when the pack gives none
};

struct WhereIntents {
  bool show_position = false;  // "Visa min position": only now is the browser asked
  bool copy = false;           // the position as text, to paste into a message
  bool read_aloud = false;     // spoken in the pack's language
  bool operator==(const WhereIntents&) const = default;
};

}  // namespace beredd::core
