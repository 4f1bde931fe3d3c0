// The drill screen's view-model and intents: plain data that core's DrillSession fills and
// applies, and ui's drill views read and emit. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/drill/class_roster.h"
#include "core/drill/drill_engine.h"
#include "core/drill/drill_scenario.h"

namespace beredd::core {

// A completed drill kept in the history, with what its report needs.
struct PastDrill {
  std::string key;                // stable and unique: its start time in ms
  const DrillScenario* scenario;  // in the current pack's language
  const DrillState* state;        // replayed from its stored log
  int utc_offset_minutes = 0;     // local time when it ran (for dates and times shown)
};

// The school drill: no scenario chosen yet, running, or ended (showing its results).
struct DrillView {
  const DrillScenario* scenario = nullptr;        // nullptr: choose one
  const DrillState* state = nullptr;              // set with `scenario`
  std::int64_t now_ms = 0;                        // wall clock, for the timer and targets
  int utc_offset_minutes = 0;                     // local time now (and of the current drill)
  bool confirm_end = false;                       // "End exercise" was pressed once
  bool saved = true;                              // every event is confirmed in storage
  std::string save_problem;                       // non-empty: storage refused an event
  const std::vector<RosterClass>* roster = nullptr;  // the school's remembered classes
  std::string class_problem;                      // catalog key: why the last class was refused
  std::vector<PastDrill> history;                 // completed drills, newest first
  const PastDrill* open_report = nullptr;         // a past drill's report is shown
};

// What the user asked of the drill screen during a frame.
struct DrillIntents {
  std::string start_drill;   // a scenario id
  std::string check_step;    // a step id of the running drill
  bool request_end_drill = false;
  bool confirm_end_drill = false;
  bool cancel_end_drill = false;
  bool close_drill = false;  // leave an ended drill's results for the scenario list
  std::string add_note;      // a note for the running drill
  struct RollCall {
    std::string class_name;
    ClassCount count;
    bool operator==(const RollCall&) const = default;
  };
  std::optional<RollCall> roll_call;  // a class's new counts in the running drill
  struct NewClass {
    std::string name;
    std::string expected;  // as typed; the session checks it (CheckNewClass)
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
  bool operator==(const DrillIntents&) const = default;
};

}  // namespace beredd::core
