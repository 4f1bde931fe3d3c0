// The whole app as one view: the view-model it reads, the intents it emits, and DrawApp.
// Layer: ui. The runner (web/ or a test) builds an AppView each frame and acts on Intents.
#pragma once

#include <optional>
#include <string>

#include "core/content_pack.h"
#include "core/cpr_timeline.h"
#include "core/drill_engine.h"
#include "core/screen.h"

namespace beredd::ui {

// The CPR coach's state, on the metronome's clock.
struct CprView {
  std::string mode_id;       // the selected mode of pack.cpr.modes
  bool running = false;
  double elapsed_s = 0;      // seconds since the metronome started (audio clock)
  core::CprMoment moment;    // what to do now, from core::CprTimeline::At(elapsed_s)
};

// The school drill: no scenario chosen yet, running, or ended (showing its results).
struct DrillView {
  const core::DrillScenario* scenario = nullptr;  // nullptr: choose one
  const core::DrillState* state = nullptr;        // set with `scenario`
  std::int64_t now_ms = 0;                        // wall clock, for the timer and targets
  bool confirm_end = false;                       // "End exercise" was pressed once
  bool saved = true;                              // every event is confirmed in storage
};

struct AppView {
  core::Screen screen = core::Screen::Home;
  const core::ContentPack& pack;  // texts, numbers and CPR guidance of the current language
  std::string unknown_route;      // non-empty: the URL asked for a screen that does not exist
  std::string pack_error;         // non-empty: a pack failed to load; the built-in one is shown
  CprView cpr;
  DrillView drill;
};

// What the user asked for during a frame. The runner carries these out; views never do.
struct Intents {
  std::optional<core::Screen> navigate;
  std::string open_url;         // "tel:112"; the runner decides whether the platform can open it
  bool switch_language = false;  // to the next available language
  std::string select_cpr_mode;  // a mode id
  bool start_cpr = false;
  bool stop_cpr = false;
  std::string start_drill;   // a scenario id
  std::string check_step;    // a step id of the running drill
  bool request_end_drill = false;
  bool confirm_end_drill = false;
  bool cancel_end_drill = false;
  bool close_drill = false;  // leave an ended drill's results for the scenario list
  bool operator==(const Intents&) const = default;  // == Intents{}: the user asked for nothing
};

// Draws the top bar with the four numbers and the current screen, filling the display.
void DrawApp(const AppView& vm, Intents& out);

}  // namespace beredd::ui
