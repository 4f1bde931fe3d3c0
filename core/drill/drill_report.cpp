// Drill reports as CSV, event names and times, and compliance. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/drill/drill_report.h"

#include <cstdio>
#include <utility>

namespace beredd::core {
namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

constexpr std::pair<DrillEventType, const char*> kEventNames[] = {
    {DrillEventType::Start, "start"},        {DrillEventType::Step, "step"},
    {DrillEventType::Inject, "inject"},      {DrillEventType::RollCall, "roll_call"},
    {DrillEventType::Note, "note"},          {DrillEventType::End, "end"},
};

// RFC 4180: quote every field that holds a comma, quote, or line break; double the quotes.
// A leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula.
std::string CsvField(const std::string& text) {
  std::string value = text;
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + "\"";
}

}  // namespace

const char* DrillEventName(DrillEventType type) {
  for (const auto& [value, name] : kEventNames) {
    if (value == type) return name;
  }
  return "note";
}

bool ParseDrillEventName(std::string_view text, DrillEventType& type) {
  for (const auto& [value, name] : kEventNames) {
    if (text == name) {
      type = value;
      return true;
    }
  }
  return false;
}

double SecondsIntoDrill(const DrillState& state, std::int64_t at_ms) {
  return static_cast<double>(at_ms - state.started_ms) / 1000.0;
}

std::string DrillReportCsv(const DrillScenario&, const DrillState& state) {
  std::string csv = "offset_s,time_utc,event,ref,text,expected,accounted,injured,missing\r\n";
  for (const DrillEvent& e : state.log) {
    char offset[32];
    std::snprintf(offset, sizeof offset, "%.3f", SecondsIntoDrill(state, e.at_ms));
    const bool counts = e.type == DrillEventType::RollCall;
    auto number = [&](int n) { return counts ? std::to_string(n) : std::string(); };
    csv += std::string(offset) + "," + IsoUtc(e.at_ms) + "," + DrillEventName(e.type) + "," +
           CsvField(e.ref) + "," + CsvField(e.text) + "," + number(e.expected) + "," +
           number(e.accounted) + "," + number(e.injured) + "," + number(e.missing) + "\r\n";
  }
  return csv;
}

std::vector<ComplianceRow> ComplianceOverview(const std::vector<DrillScenario>& scenarios,
                                              const std::vector<CompletedDrill>& history,
                                              std::int64_t now_ms) {
  std::vector<ComplianceRow> rows;
  for (const DrillScenario& scenario : scenarios) {
    ComplianceRow row{scenario.id, scenario.name, std::nullopt, now_ms, true};
    for (const CompletedDrill& drill : history) {
      if (drill.scenario_id == scenario.id && (!row.last_ms || drill.ended_ms > *row.last_ms)) {
        row.last_ms = drill.ended_ms;
      }
    }
    if (row.last_ms) {
      row.due_ms = *row.last_ms + scenario.interval_days * kDayMs;
      row.overdue = now_ms > row.due_ms;
    }
    rows.push_back(row);
  }
  return rows;
}

}  // namespace beredd::core
