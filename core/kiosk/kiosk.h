// Kiosk mode's rules: when it is on, and when an unattended session is warned and then reset.
// Pure functions of settings and times, so the timing is tested without a browser.
// Layer: core (std only). Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/geo.h"

namespace beredd::core {

// WCAG 2.2.1 (Timing Adjustable): a warning of at least 20 s, in which one simple action
// extends the session.
inline constexpr int kMinWarningSeconds = 20;

struct KioskSettings {
  bool enabled = false;
  int idle_seconds = 90;     // without input, the session is reset after this long...
  int warning_seconds = 20;  // ...after a countdown warning over its last part
  // Where the kiosk stands, set by whoever installs it: "Var är jag?" shows this, never a
  // visitor's position. "" and nullopt: not set.
  std::string address;
  std::optional<GeoPoint> location;
  bool operator==(const KioskSettings&) const = default;
};

// The pack's settings with the page URL's query applied: "kiosk=1" (or 0) switches the mode;
// "idle=S" and "warning=W" shorten the timing for tests and demonstrations (a warning under
// kMinWarningSeconds does not meet WCAG 2.2.1, so packs cannot ask for one). Unknown or
// malformed parameters are ignored: the pack's values stay.
KioskSettings ApplyKioskQuery(KioskSettings settings, std::string_view query);

enum class IdlePhase { Active, Warning, Reset };

struct IdleState {
  IdlePhase phase = IdlePhase::Active;
  int seconds_left = 0;       // during the warning: whole seconds until the reset (rounded up)
  std::int64_t next_change_ms = 0;  // when to look again: the warning, the next second, the reset
};

// Where an unattended session stands at `now_ms` when the last input was at `last_input_ms`.
// `suspended` (CPR running, a drill running) holds it Active: the caller restarts the idle
// clock when the suspension ends.
IdleState IdleAt(const KioskSettings& settings, std::int64_t last_input_ms, std::int64_t now_ms,
                 bool suspended);

}  // namespace beredd::core
