// The kiosk layer's view-model and intents: plain data that core's KioskSession fills and
// applies, and ui's attract screen and idle warning read and emit. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

namespace beredd::core {

// Kiosk mode (an unattended touch screen at an event): no calls or outside links, an attract
// screen while nobody uses it, and a warning before an idle session is wiped.
struct KioskView {
  bool enabled = false;
  bool attract = false;          // nobody is using it: the attract screen is shown
  enum class Slide { Numbers, Practice, Map };
  Slide slide = Slide::Numbers;  // what the attract screen shows now (it rotates)
  int warning_seconds_left = 0;  // > 0: the idle warning, with this many seconds to the reset
};

// The attract screen's slides, in the order they rotate.
inline constexpr KioskView::Slide kAttractSlides[] = {KioskView::Slide::Numbers, KioskView::Slide::Practice,
                                                      KioskView::Slide::Map};

// What a kiosk visitor asked of the kiosk layer during a frame.
struct KioskIntents {
  bool leave_attract = false;   // someone tapped the attract screen
  bool extend_session = false;  // "continue" on the idle warning
  bool operator==(const KioskIntents&) const = default;
};

}  // namespace beredd::core
