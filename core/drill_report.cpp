// Drill reports, exports, stored events and compliance. Layer: core (std + nlohmann).
#include "core/drill_report.h"

#include <cstdio>

namespace beredd::core {
namespace {

using nlohmann::json;

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

constexpr std::pair<DrillEventType, const char*> kEventNames[] = {
    {DrillEventType::Start, "start"},        {DrillEventType::Step, "step"},
    {DrillEventType::Inject, "inject"},      {DrillEventType::RollCall, "roll_call"},
    {DrillEventType::Note, "note"},          {DrillEventType::End, "end"},
};

const char* EventName(DrillEventType type) {
  for (const auto& [value, name] : kEventNames) {
    if (value == type) return name;
  }
  return "note";
}

const char* ResultName(TargetResult result) {
  switch (result) {
    case TargetResult::Met: return "met";
    case TargetResult::Missed: return "missed";
    case TargetResult::Pending: return "pending";
  }
  return "pending";
}

double OffsetSeconds(const DrillState& state, std::int64_t at_ms) {
  return static_cast<double>(at_ms - state.started_ms) / 1000.0;
}

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

json ClassJson(const std::string& name, const ClassCount& c) {
  return {{"class", name},          {"expected", c.expected}, {"accounted", c.accounted},
          {"injured", c.injured},   {"missing", c.missing},   {"unreported", c.unreported()},
          {"needs_attention", c.needs_attention()}};
}

}  // namespace

std::string IsoUtc(std::int64_t unix_ms) {
  // Days to civil date (Howard Hinnant's algorithm), valid for the proleptic Gregorian calendar.
  std::int64_t seconds = unix_ms / 1000;
  if (unix_ms % 1000 < 0) --seconds;
  std::int64_t days = seconds / 86400;
  std::int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                static_cast<long long>(year), static_cast<long long>(month),
                static_cast<long long>(day), static_cast<long long>(rest / 3600),
                static_cast<long long>(rest / 60 % 60), static_cast<long long>(rest % 60));
  return buffer;
}

json DrillEventToJson(const DrillEvent& e) {
  json record = {{"type", EventName(e.type)}, {"at_ms", e.at_ms}, {"ref", e.ref}};
  if (e.type == DrillEventType::Note) record["text"] = e.text;
  if (e.type == DrillEventType::RollCall) {
    record["expected"] = e.expected;
    record["accounted"] = e.accounted;
    record["injured"] = e.injured;
    record["missing"] = e.missing;
  }
  return record;
}

std::optional<DrillEvent> DrillEventFromJson(const json& record, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<DrillEvent> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (!record.is_object()) return fail("not an object");
  DrillEvent e;
  auto type = record.find("type");
  if (type == record.end() || !type->is_string()) return fail("no type");
  bool known = false;
  for (const auto& [value, name] : kEventNames) {
    if (*type == name) {
      e.type = value;
      known = true;
    }
  }
  if (!known) return fail("unknown type");
  auto at = record.find("at_ms");
  if (at == record.end() || !at->is_number_integer()) return fail("no time");
  e.at_ms = at->get<std::int64_t>();
  auto text_field = [&](const char* key, std::string& out) {
    auto it = record.find(key);
    if (it != record.end() && it->is_string()) out = it->get<std::string>();
  };
  auto int_field = [&](const char* key, int& out) {
    auto it = record.find(key);
    if (it != record.end() && it->is_number_integer()) {
      const auto value = it->get<long long>();
      if (value >= 0 && value <= 1000000) out = static_cast<int>(value);
    }
  };
  text_field("ref", e.ref);
  text_field("text", e.text);
  int_field("expected", e.expected);
  int_field("accounted", e.accounted);
  int_field("injured", e.injured);
  int_field("missing", e.missing);
  return e;
}

std::vector<DrillEvent> DrillLogFromJson(const json& records, int* skipped) {
  std::vector<DrillEvent> log;
  if (!records.is_array()) return log;
  for (const json& record : records) {
    if (auto event = DrillEventFromJson(record, nullptr)) {
      log.push_back(std::move(*event));
    } else if (skipped != nullptr) {
      ++*skipped;
    }
  }
  return log;
}

json DrillReportJson(const DrillScenario& scenario, const DrillState& state, std::int64_t now_ms) {
  json events = json::array();
  json notes = json::array();
  for (const DrillEvent& e : state.log) {
    json row = DrillEventToJson(e);
    row["offset_s"] = OffsetSeconds(state, e.at_ms);
    row["time_utc"] = IsoUtc(e.at_ms);
    events.push_back(row);
    if (e.type == DrillEventType::Note) notes.push_back({{"offset_s", row["offset_s"]}, {"text", e.text}});
  }
  json targets = json::array();
  for (const DrillTarget& target : scenario.targets) {
    json row = {{"id", target.id}, {"text", target.text}, {"within_s", target.within_s},
                {"result", ResultName(EvaluateTarget(target, state, now_ms))}};
    auto done = state.steps_done.find(target.step);
    if (done != state.steps_done.end()) row["done_at_s"] = OffsetSeconds(state, done->second);
    targets.push_back(row);
  }
  json classes = json::array();
  for (const auto& [name, count] : state.classes) classes.push_back(ClassJson(name, count));
  json report = {
      {"status", DrillState::kCapStatus},
      {"scenario", {{"id", scenario.id}, {"name", scenario.name}, {"action", DrillActionName(scenario.action)}}},
      {"started_utc", IsoUtc(state.started_ms)},
      {"events", events},
      {"targets", targets},
      {"roll_call", {{"classes", classes}, {"total", ClassJson("total", RollCallTotal(state))}}},
      {"notes", notes},
  };
  if (state.ended_ms) {
    report["ended_utc"] = IsoUtc(*state.ended_ms);
    report["duration_s"] = OffsetSeconds(state, *state.ended_ms);
  }
  return report;
}

std::string DrillReportCsv(const DrillScenario&, const DrillState& state) {
  std::string csv = "offset_s,time_utc,event,ref,text,expected,accounted,injured,missing\r\n";
  for (const DrillEvent& e : state.log) {
    char offset[32];
    std::snprintf(offset, sizeof offset, "%.3f", OffsetSeconds(state, e.at_ms));
    const bool counts = e.type == DrillEventType::RollCall;
    auto number = [&](int n) { return counts ? std::to_string(n) : std::string(); };
    csv += std::string(offset) + "," + IsoUtc(e.at_ms) + "," + EventName(e.type) + "," +
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
