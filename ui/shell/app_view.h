// The whole app as one view: the view-model it reads, the intents it emits, and DrawApp.
// Layer: ui. The runner (web/ or a test) builds an AppView each frame and acts on Intents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content/content_pack.h"
#include "core/cpr/cpr_screen.h"
#include "core/drill/drill_screen.h"
#include "core/feed/incident.h"
#include "core/feed/map_screen.h"
#include "core/base/screen.h"

namespace beredd::ui {

// The screens' view-models and intents are core's (core/*/..._screen.h): its sessions fill and
// apply them.
using core::CprView;
using core::PracticeView;
using core::CprIntents;
using core::PastDrill;
using core::DrillView;
using core::DrillIntents;
using core::MapView;
using core::MapIntents;

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

struct AppView {
  AppView(core::Screen screen, const core::ContentPack& pack) : screen(screen), pack(pack) {}

  core::Screen screen = core::Screen::Home;
  const core::ContentPack& pack;  // texts, numbers and CPR guidance of the current language
  std::string unknown_route;      // non-empty: the URL asked for a screen that does not exist
  std::string pack_error;         // non-empty: a pack failed to load; the built-in one is shown
  CprView cpr;
  DrillView drill;
  MapView map;
  PracticeView practice;
  KioskView kiosk;
  bool scroll_to_top = false;  // the screen was just entered: show it from its start
};

// What the user asked for during a frame. The runner carries these out; views never do.
struct Intents {
  std::optional<core::Screen> navigate;
  std::string open_url;         // "tel:112"; the runner decides whether the platform can open it
  bool switch_language = false;  // to the next available language
  CprIntents cpr;
  DrillIntents drill;
  MapIntents map;
  bool leave_attract = false;           // someone tapped the attract screen
  bool extend_session = false;          // "continue" on the kiosk's idle warning
  bool operator==(const Intents&) const = default;  // == Intents{}: the user asked for nothing
};

// Draws the top bar with the four numbers and the current screen, filling the display.
void DrawApp(const AppView& vm, Intents& out);

}  // namespace beredd::ui
