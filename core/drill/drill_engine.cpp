// Event-sourced drill engine. Layer: core (std only).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/drill/drill_engine.h"

#include <algorithm>
#include <cctype>

namespace beredd::core {
namespace {

bool IsBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); });
}

template <typename Item>
const Item* FindById(const std::vector<Item>& items, const std::string& id) {
  for (const Item& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

std::optional<std::string> CheckRollCall(const DrillEvent& e) {
  if (IsBlank(e.ref)) return "roll call without a class";
  if (e.expected <= 0 || e.expected > 10000) return "class " + e.ref + ": expected count must be 1-10000";
  if (e.accounted < 0 || e.injured < 0 || e.missing < 0) return "class " + e.ref + ": negative count";
  if (e.accounted + e.injured + e.missing > e.expected) {
    return "class " + e.ref + ": " + std::to_string(e.accounted + e.injured + e.missing) +
           " reported but only " + std::to_string(e.expected) + " expected";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> ApplyDrillEvent(const DrillScenario& scenario, DrillState& state,
                                           const DrillEvent& e) {
  if (e.type == DrillEventType::Start) {
    if (state.started_ms != 0) return "the drill has already started";
    if (e.ref != scenario.id) return "start of another scenario (" + e.ref + ")";
    if (e.at_ms <= 0) return "start without a time";
    state.scenario_id = scenario.id;
    state.started_ms = e.at_ms;
    state.log.push_back(e);
    return std::nullopt;
  }
  if (state.started_ms == 0) return "the drill has not started";
  if (state.ended_ms) return "the drill has ended";
  if (e.at_ms < state.started_ms) return "event before the start";

  switch (e.type) {
    case DrillEventType::Step:
      if (FindById(scenario.steps, e.ref) == nullptr) return "unknown step " + e.ref;
      if (state.steps_done.count(e.ref) != 0) return "step " + e.ref + " is already checked off";
      state.steps_done[e.ref] = e.at_ms;
      break;
    case DrillEventType::Inject:
      if (FindById(scenario.injects, e.ref) == nullptr) return "unknown inject " + e.ref;
      if (state.injects_shown.count(e.ref) != 0) return "inject " + e.ref + " was already shown";
      state.injects_shown[e.ref] = e.at_ms;
      break;
    case DrillEventType::RollCall:
      if (auto problem = CheckRollCall(e)) return problem;
      state.classes[e.ref] = {e.expected, e.accounted, e.injured, e.missing};
      break;
    case DrillEventType::Note:
      if (IsBlank(e.text)) return "empty note";
      break;
    case DrillEventType::End:
      state.ended_ms = e.at_ms;
      break;
    case DrillEventType::Start:
      break;  // handled above
  }
  state.log.push_back(e);
  return std::nullopt;
}

DrillState ReplayDrill(const DrillScenario& scenario, const std::vector<DrillEvent>& log,
                       std::vector<std::string>* rejected) {
  DrillState state;
  for (std::size_t i = 0; i < log.size(); ++i) {
    if (auto problem = ApplyDrillEvent(scenario, state, log[i]); problem && rejected) {
      rejected->push_back("event " + std::to_string(i) + ": " + *problem);
    }
  }
  return state;
}

std::vector<const DrillInject*> DueInjects(const DrillScenario& scenario, const DrillState& state,
                                           std::int64_t now_ms) {
  std::vector<const DrillInject*> due;
  if (!state.running()) return due;
  for (const DrillInject& inject : scenario.injects) {
    const auto at = state.started_ms + static_cast<std::int64_t>(inject.at_s * 1000);
    if (at <= now_ms && state.injects_shown.count(inject.id) == 0) due.push_back(&inject);
  }
  std::stable_sort(due.begin(), due.end(),
                   [](const DrillInject* a, const DrillInject* b) { return a->at_s < b->at_s; });
  return due;
}

TargetResult EvaluateTarget(const DrillTarget& target, const DrillState& state, std::int64_t now_ms) {
  if (state.started_ms == 0) return TargetResult::Pending;
  const auto deadline = state.started_ms + static_cast<std::int64_t>(target.within_s * 1000);
  auto done = state.steps_done.find(target.step);
  if (done != state.steps_done.end()) {
    return done->second <= deadline ? TargetResult::Met : TargetResult::Missed;
  }
  const std::int64_t now = state.ended_ms.value_or(now_ms);
  return now > deadline || state.ended_ms ? TargetResult::Missed : TargetResult::Pending;
}

ClassCount RollCallTotal(const DrillState& state) {
  ClassCount total;
  for (const auto& [name, count] : state.classes) {
    total.expected += count.expected;
    total.accounted += count.accounted;
    total.injured += count.injured;
    total.missing += count.missing;
  }
  return total;
}

}  // namespace beredd::core
