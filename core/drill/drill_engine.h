// The drill engine: a drill is its event log (start, a step checked off, an inject, a roll-call
// change, a note, the end), each stored the moment it happens; the state is always recomputed
// from the log, so a resumed drill is exactly the same drill. Layer: core (std only): no clock,
// no storage. Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/drill/drill_scenario.h"

namespace beredd::core {

enum class DrillEventType { Start, Step, Inject, RollCall, Note, End };

struct DrillEvent {
  DrillEventType type = DrillEventType::Note;
  std::int64_t at_ms = 0;  // wall clock, ms since the Unix epoch
  std::string ref;         // scenario id (Start), step id, inject id, or class name (RollCall)
  std::string text;        // Note text
  int expected = 0;        // RollCall: pupils the class has
  int accounted = 0;       // RollCall: present and safe
  int injured = 0;         // RollCall: present and injured
  int missing = 0;         // RollCall: known to be missing
  bool operator==(const DrillEvent&) const = default;
};

struct ClassCount {
  int expected = 0, accounted = 0, injured = 0, missing = 0;
  int unreported() const { return expected - accounted - injured - missing; }
  // Someone is missing or not yet reported: highlighted until resolved.
  bool needs_attention() const { return missing > 0 || unreported() > 0; }
  bool operator==(const ClassCount&) const = default;
};

enum class TargetResult { Pending, Met, Missed };

struct DrillState {
  std::string scenario_id;
  std::int64_t started_ms = 0;
  std::optional<std::int64_t> ended_ms;
  std::map<std::string, std::int64_t> steps_done;   // step id -> when
  std::map<std::string, std::int64_t> injects_shown;
  std::map<std::string, ClassCount> classes;         // latest roll call per class
  std::vector<DrillEvent> log;                       // every event, in order
  bool running() const { return started_ms != 0 && !ended_ms; }
  // CAP status of everything this mode produces: never an actual alert.
  static constexpr const char* kCapStatus = "Exercise";
};

// Applies `event` to `state`, or returns why it cannot be (unknown step, a drill already
// ended, counts that do not add up ...) and leaves `state` unchanged.
std::optional<std::string> ApplyDrillEvent(const DrillScenario& scenario, DrillState& state,
                                           const DrillEvent& event);

// Rebuilds a drill from its saved log. Events that cannot apply are skipped and reported in
// `rejected`, so one bad record never loses the rest.
DrillState ReplayDrill(const DrillScenario& scenario, const std::vector<DrillEvent>& log,
                       std::vector<std::string>* rejected = nullptr);

// Injects whose time has come at `now_ms` and that have not been shown yet, in time order.
std::vector<const DrillInject*> DueInjects(const DrillScenario& scenario, const DrillState& state,
                                           std::int64_t now_ms);

TargetResult EvaluateTarget(const DrillTarget& target, const DrillState& state, std::int64_t now_ms);

ClassCount RollCallTotal(const DrillState& state);

}  // namespace beredd::core
