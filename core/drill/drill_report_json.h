// A drill's events as stored (IndexedDB/localStorage records) and its after-action report, as
// JSON. Layer: core (std + nlohmann); ui must not include it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

// The same as text, for storage and files. Text typed by people (notes, class names) can arrive
// as invalid UTF-8 (a lone surrogate from the DOM): it is replaced, never a reason to lose an
// event.
std::string DrillEventRecordText(const DrillEvent& event);
std::string DrillReportText(const DrillScenario& scenario, const DrillState& state, std::int64_t now_ms);

// A running drill's stored records (a JSON array) as events, and how many records there were
// (each one confirmed by storage). nullopt: the text is not a JSON array.
struct StoredDrillLog {
  std::vector<DrillEvent> events;
  std::size_t records = 0;
};
std::optional<StoredDrillLog> DrillLogFromText(std::string_view text);
// Completed drills as stored: a JSON array of {"events": [...]}. Entries without events are
// skipped; text that is not an array gives none.
std::vector<std::vector<DrillEvent>> DrillLogsFromText(std::string_view text);

}  // namespace beredd::core
