// One kiosk visitor's time at the screen: the idle clock with its warning and reset (the rules
// are core/kiosk/kiosk.h's IdleAt), and the attract screen with its rotating slides. A reset makes a
// new one. Times are the runner's monotonic clock in ms. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>

#include "core/kiosk/kiosk.h"
#include "core/kiosk/kiosk_screen.h"

namespace beredd::core {

// Each attract slide stays this long: long enough to read a phone number from a few metres.
inline constexpr double kAttractSlideMs = 8000;
// How long a dismissed warning stays up after the input that dismissed it, so that the tap lands
// on the warning and not on the button underneath (a view handles a press a frame or two after
// the platform reports the touch).
inline constexpr double kWarningHoldMs = 1000;

class KioskSession {
 public:
  // A new visitor at `now_ms`: in kiosk mode on the attract screen, the idle clock starting.
  KioskSession(const KioskSettings& settings, double now_ms);

  // New settings (a served pack, the page's query): the idle clock starts again; without kiosk
  // mode there is no attract screen.
  void Configure(const KioskSettings& settings, double now_ms);
  // Any touch, click, key or wheel: someone is there.
  void Input(double now_ms);
  // "Continue" on the warning itself: the warning goes at once.
  void Extend() { warning_held_until_ms_ = 0; }
  void LeaveAttract() { attract_ = false; }

  // Moves the idle clock to `now_ms`; `suspended` (CPR or practice running, a drill running)
  // holds it, and it starts again when the suspension ends. Returns true when the idle time ran
  // out away from the attract screen: the runner resets the session (new sessions).
  bool Advance(double now_ms, bool suspended);

  struct Shown {
    bool attract = false;
    long slide = 0;                // slides shown since the attract screen came (rotate by modulo)
    int warning_seconds_left = 0;  // > 0: the warning is up with this many seconds to go
    bool operator==(const Shown&) const = default;
  };
  // What the kiosk layer shows at `now_ms` (after Advance). Remembers the warning it showed.
  Shown Show(double now_ms, bool suspended);
  // The same as the kiosk layer's view-model (left untouched without kiosk mode).
  void Fill(KioskView& view, double now_ms, bool suspended);
  // The attract screen was tapped, or "continue" on the warning.
  void Apply(const KioskIntents& intents);

  // When something shown changes next (the warning, each second of its countdown, the reset,
  // the next slide, the end of a held warning); 0: nothing is due.
  double NextChangeMs(double now_ms, bool suspended) const;

  bool attract() const { return attract_; }
  long Slide(double now_ms) const;

  bool operator==(const KioskSession&) const = default;

 private:
  IdleState IdleNow(double now_ms, bool suspended) const;

  KioskSettings settings_;
  double last_input_ms_ = 0;
  bool attract_ = false;
  double attract_since_ms_ = 0;
  bool was_suspended_ = false;
  int warning_seconds_shown_ = 0;     // > 0: the last Show put the warning up
  double warning_held_until_ms_ = 0;  // see kWarningHoldMs
};

}  // namespace beredd::core
