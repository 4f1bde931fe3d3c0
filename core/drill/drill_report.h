// What a drill leaves behind: the CSV export carrying every event, the names and times events
// are reported with, and the compliance overview of when each scenario was last practised and is
// next due. The JSON forms are in core/drill_report_json.h. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/time.h"
#include "core/drill/drill_engine.h"

namespace beredd::core {

// "start", "step", "roll_call", ... as reports and stored records name them, and back.
const char* DrillEventName(DrillEventType type);
bool ParseDrillEventName(std::string_view text, DrillEventType& type);

// When `at_ms` happened, in seconds since the drill started.
double SecondsIntoDrill(const DrillState& state, std::int64_t at_ms);

// One row per event: offset_s,time_utc,event,ref,text,expected,accounted,injured,missing.
std::string DrillReportCsv(const DrillScenario& scenario, const DrillState& state);

struct CompletedDrill {
  std::string scenario_id;
  std::int64_t ended_ms = 0;
};

struct ComplianceRow {
  std::string scenario_id;
  std::string name;
  std::optional<std::int64_t> last_ms;  // the latest completed drill of this scenario
  std::int64_t due_ms = 0;              // last + interval; `now` when never practised
  bool overdue = false;
};

std::vector<ComplianceRow> ComplianceOverview(const std::vector<DrillScenario>& scenarios,
                                              const std::vector<CompletedDrill>& history,
                                              std::int64_t now_ms);

}  // namespace beredd::core
