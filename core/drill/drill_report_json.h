// A drill's events as stored (IndexedDB/localStorage records) and its after-action report, as
// JSON. Layer: core (std + nlohmann); ui must not include it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/drill/drill_engine.h"

namespace beredd::core {

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

}  // namespace beredd::core
