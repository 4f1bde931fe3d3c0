// The whole app as one view: the view-model it reads, the intents it emits, and DrawApp.
// Layer: ui. The runner (web/ or a test) builds an AppView each frame and acts on Intents.
// Must not include web, Emscripten, GL or nlohmann headers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/content/content_pack.h"
#include "core/cpr/cpr_screen.h"
#include "core/drill/drill_screen.h"
#include "core/feed/alert_screen.h"
#include "core/feed/incident.h"
#include "core/feed/map_screen.h"
#include "core/guide/guide_screen.h"
#include "core/kiosk/kiosk_screen.h"
#include "core/places/places_screen.h"
#include "core/prepare/prepare_screen.h"
#include "core/where/where_screen.h"
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
using core::KioskView;
using core::KioskIntents;
using core::kAttractSlides;
using core::WhereView;
using core::WhereIntents;
using core::GuideView;
using core::GuideIntents;
using core::PrepareView;
using core::PrepareIntents;
using core::PlacesView;
using core::PlacesIntents;

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
  WhereView where;
  GuideView guide;
  PrepareView prepare;
  PlacesView places;
  core::AlertsView alerts;  // on every screen
  bool scroll_to_top = false;  // the screen was just entered: show it from its start
  bool printing = false;       // the page is being printed: long lists record every row
};

// What the user asked for during a frame. The runner carries these out; views never do.
struct Intents {
  std::optional<core::Screen> navigate;
  std::string open_guide;       // a guide id: navigate to "#/guide/<id>"
  std::string open_url;         // "tel:112"; the runner decides whether the platform can open it
  bool switch_language = false;  // to the next available language
  CprIntents cpr;
  DrillIntents drill;
  MapIntents map;
  KioskIntents kiosk;
  WhereIntents where;
  GuideIntents guide;
  PrepareIntents prepare;
  PlacesIntents places;
  core::AlertIntents alerts;
  bool operator==(const Intents&) const = default;  // == Intents{}: the user asked for nothing
};

// Draws the top bar with the four numbers and the current screen, filling the display.
void DrawApp(const AppView& vm, Intents& out);

}  // namespace beredd::ui
