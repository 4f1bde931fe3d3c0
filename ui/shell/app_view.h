// The whole app as one view: the view-model it reads, the intents it emits, and DrawApp.
// Layer: ui. The runner (web/ or a test) builds an AppView each frame and acts on Intents.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/drill/class_roster.h"
#include "core/content/content_pack.h"
#include "core/cpr/cpr_practice.h"
#include "core/cpr/cpr_timeline.h"
#include "core/drill/drill_engine.h"
#include "core/feed/incident.h"
#include "core/feed/map_screen.h"
#include "core/base/screen.h"

namespace beredd::ui {

// The CPR coach's state, on the metronome's clock.
struct CprView {
  std::string mode_id;       // the selected mode of pack.cpr.modes
  bool running = false;
  double elapsed_s = 0;      // seconds since the metronome started (audio clock)
  core::CprMoment moment;    // what to do now, from core::CprTimeline::At(elapsed_s)
};

// A completed drill kept in the history, with what its report needs.
struct PastDrill {
  std::string key;                      // stable and unique: its start time in ms
  const core::DrillScenario* scenario;  // in the current pack's language
  const core::DrillState* state;        // replayed from its stored log
  int utc_offset_minutes = 0;           // local time when it ran (for dates and times shown)
};

// The school drill: no scenario chosen yet, running, or ended (showing its results).
struct DrillView {
  const core::DrillScenario* scenario = nullptr;  // nullptr: choose one
  const core::DrillState* state = nullptr;        // set with `scenario`
  std::int64_t now_ms = 0;                        // wall clock, for the timer and targets
  int utc_offset_minutes = 0;                     // local time now (and of the current drill)
  bool confirm_end = false;                       // "End exercise" was pressed once
  bool saved = true;                              // every event is confirmed in storage
  std::string save_problem;                       // non-empty: storage refused an event
  const std::vector<core::RosterClass>* roster = nullptr;  // the school's remembered classes
  std::string class_problem;                      // why the last class could not be added
  std::vector<PastDrill> history;                 // completed drills, newest first
  const PastDrill* open_report = nullptr;         // a past drill's report is shown
};

// The incident map's view-model and intents are core's (core/feed/map_screen.h): its sessions fill
// and apply them.
using core::MapView;
using core::MapIntents;

// The CPR practice trainer: taps on a pad in time with compressions on a manikin.
struct PracticeView {
  bool running = false;
  // The session on screen (running, or the last one for its summary); nullptr: none yet.
  const core::CprPractice* session = nullptr;
  double now_ms = 0;  // on the taps' clock
};

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
  std::string select_cpr_mode;  // a mode id
  bool start_cpr = false;
  bool stop_cpr = false;
  std::string start_drill;   // a scenario id
  std::string check_step;    // a step id of the running drill
  bool request_end_drill = false;
  bool confirm_end_drill = false;
  bool cancel_end_drill = false;
  bool close_drill = false;  // leave an ended drill's results for the scenario list
  std::string add_note;      // a note for the running drill
  struct RollCall {
    std::string class_name;
    core::ClassCount count;
    bool operator==(const RollCall&) const = default;
  };
  std::optional<RollCall> roll_call;  // a class's new counts in the running drill
  struct NewClass {
    std::string name;
    std::string expected;  // as typed; the runner checks it (core::CheckNewClass)
    bool operator==(const NewClass&) const = default;
  };
  std::optional<NewClass> add_class;  // to the roster (and the running drill's roll call)
  std::string remove_class;           // from the roster
  std::string open_report;            // a PastDrill key
  bool close_report = false;
  // Of the report on screen: the ended drill, or the past one that is open.
  bool export_json = false;
  bool export_csv = false;
  bool print_report = false;
  MapIntents map;
  bool start_practice = false;
  bool stop_practice = false;
  bool practice_tap = false;            // a compression on the practice pad
  bool leave_attract = false;           // someone tapped the attract screen
  bool extend_session = false;          // "continue" on the kiosk's idle warning
  bool operator==(const Intents&) const = default;  // == Intents{}: the user asked for nothing
};

// Draws the top bar with the four numbers and the current screen, filling the display.
void DrawApp(const AppView& vm, Intents& out);

}  // namespace beredd::ui
