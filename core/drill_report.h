// What a drill leaves behind: the after-action report (JSON and CSV exports carrying every
// event), the stored form of each event, and the compliance overview of when each scenario
// was last practised and is next due. Layer: core (std + nlohmann).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/drill_engine.h"

namespace beredd::core {

// "2026-11-22T09:15:03Z"
std::string IsoUtc(std::int64_t unix_ms);

// An event as stored (IndexedDB/localStorage record) and back. Reading never throws: a
// malformed record yields nullopt and `error` says why.
nlohmann::json DrillEventToJson(const DrillEvent& event);
std::optional<DrillEvent> DrillEventFromJson(const nlohmann::json& record, std::string* error);

// A stored log (a JSON array of records) as events. Records that cannot be read are skipped and
// counted in `skipped`, so one damaged record never loses the rest.
std::vector<DrillEvent> DrillLogFromJson(const nlohmann::json& records, int* skipped = nullptr);

// The after-action report: scenario, times, every event with its offset, targets with their
// results, the roll call per class with totals, and the notes. status is always "Exercise".
nlohmann::json DrillReportJson(const DrillScenario& scenario, const DrillState& state,
                               std::int64_t now_ms);

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
