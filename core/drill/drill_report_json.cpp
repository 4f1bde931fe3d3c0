// A drill's stored events and its after-action report as JSON. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/drill/drill_report_json.h"

#include "core/drill/drill_report.h"

namespace beredd::core {
namespace {

using nlohmann::json;

const char* ResultName(TargetResult result) {
  switch (result) {
    case TargetResult::Met: return "met";
    case TargetResult::Missed: return "missed";
    case TargetResult::Pending: return "pending";
  }
  return "pending";
}

json ClassJson(const std::string& name, const ClassCount& c) {
  return {{"class", name},          {"expected", c.expected}, {"accounted", c.accounted},
          {"injured", c.injured},   {"missing", c.missing},   {"unreported", c.unreported()},
          {"needs_attention", c.needs_attention()}};
}

}  // namespace

json DrillEventToJson(const DrillEvent& e) {
  json record = {{"type", DrillEventName(e.type)}, {"at_ms", e.at_ms}, {"ref", e.ref}};
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
  if (!ParseDrillEventName(type->get_ref<const std::string&>(), e.type)) return fail("unknown type");
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
    row["offset_s"] = SecondsIntoDrill(state, e.at_ms);
    row["time_utc"] = IsoUtc(e.at_ms);
    events.push_back(row);
    if (e.type == DrillEventType::Note) notes.push_back({{"offset_s", row["offset_s"]}, {"text", e.text}});
  }
  json targets = json::array();
  for (const DrillTarget& target : scenario.targets) {
    json row = {{"id", target.id}, {"text", target.text}, {"within_s", target.within_s},
                {"result", ResultName(EvaluateTarget(target, state, now_ms))}};
    auto done = state.steps_done.find(target.step);
    if (done != state.steps_done.end()) row["done_at_s"] = SecondsIntoDrill(state, done->second);
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
    report["duration_s"] = SecondsIntoDrill(state, *state.ended_ms);
  }
  return report;
}

std::string DrillEventRecordText(const DrillEvent& event) {
  return DrillEventToJson(event).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string DrillReportText(const DrillScenario& scenario, const DrillState& state, std::int64_t now_ms) {
  return DrillReportJson(scenario, state, now_ms).dump(2, ' ', false, json::error_handler_t::replace);
}

std::optional<StoredDrillLog> DrillLogFromText(std::string_view text) {
  const json records = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!records.is_array()) return std::nullopt;
  return StoredDrillLog{DrillLogFromJson(records), records.size()};
}

std::vector<std::vector<DrillEvent>> DrillLogsFromText(std::string_view text) {
  const json drills = json::parse(text, nullptr, /*allow_exceptions=*/false);
  std::vector<std::vector<DrillEvent>> logs;
  if (!drills.is_array()) return logs;
  for (const json& drill : drills) {
    const auto events = drill.is_object() ? drill.find("events") : drill.end();
    if (events != drill.end()) logs.push_back(DrillLogFromJson(*events));
  }
  return logs;
}

}  // namespace beredd::core
