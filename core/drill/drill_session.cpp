// The school drill's session. Layer: core (std only; stored records are read through
// drill_report_json.h). Must not include ui, web, ImGui or Emscripten headers.

// Index of this file:
// [SECTION] Storage: the roster, resuming, confirmations, the history
// [SECTION] Recording events
// [SECTION] The roster and starting a drill
// [SECTION] Reports
// [SECTION] Intents, the view and the next visitor

#include "core/drill/drill_session.h"

#include <algorithm>
#include <utility>

#include "core/base/time.h"
#include "core/drill/class_roster_json.h"
#include "core/drill/drill_report.h"
#include "core/drill/drill_report_json.h"

namespace beredd::core {
namespace {

const char* RosterProblemKey(RosterProblem problem) {
  switch (problem) {
    case RosterProblem::EmptyName: return "drill.class_problem.empty";
    case RosterProblem::NameTooLong: return "drill.class_problem.too_long";
    case RosterProblem::DuplicateName: return "drill.class_problem.duplicate";
    case RosterProblem::BadCount: break;
  }
  return "drill.class_problem.count";
}

DrillEvent Event(DrillEventType type, std::int64_t at_ms, std::string ref = {}) {
  DrillEvent event;
  event.type = type;
  event.at_ms = at_ms;
  event.ref = std::move(ref);
  return event;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Storage: the roster, resuming, confirmations, the history
//-----------------------------------------------------------------------------

DrillSession::DrillSession(Platform& platform, const PackSet& packs) : platform_(&platform), packs_(&packs) {
  if (std::optional<std::string> stored = platform_->Load(kRosterStorageKey)) roster_ = RosterFromJson(*stored);
}

const DrillScenario* DrillSession::FindScenario(const std::string& id) const {
  for (const DrillScenario& scenario : packs_->current().drills) {
    if (scenario.id == id) return &scenario;
  }
  return nullptr;
}

void DrillSession::Resume(std::string_view records_json) {
  if (drill_) return;
  const std::optional<StoredDrillLog> stored = DrillLogFromText(records_json);
  if (!stored) {
    platform_->Warn("stored drill not resumed: its records are not a JSON array");
    return;
  }
  if (stored->events.empty() || stored->events.front().type != DrillEventType::Start) return;
  const DrillScenario* scenario = FindScenario(stored->events.front().ref);
  if (scenario == nullptr) {
    platform_->Warn("stored drill not resumed: unknown scenario " + stored->events.front().ref);
    return;
  }
  std::vector<std::string> rejected;
  drill_ = Run{scenario->id, ReplayDrill(*scenario, stored->events, &rejected), false, stored->records};
  drill_->utc_offset_minutes = platform_->UtcOffsetMinutes(drill_->state.started_ms);
  for (const std::string& problem : rejected) platform_->Warn("stored drill event skipped: " + problem);
}

void DrillSession::LoadHistory(std::string_view drills_json) {
  for (const std::vector<DrillEvent>& log : DrillLogsFromText(drills_json)) {
    const DrillScenario* scenario = log.empty() ? nullptr : FindScenario(log.front().ref);
    if (scenario == nullptr) {
      platform_->Warn("past drill skipped: unknown scenario");
      continue;
    }
    PastRun past{scenario->id, ReplayDrill(*scenario, log), 0};
    past.utc_offset_minutes = platform_->UtcOffsetMinutes(past.state.started_ms);
    if (past.state.ended_ms) history_.push_back(std::move(past));
  }
}

void DrillSession::EventSaved() {
  if (drill_) ++drill_->stored;
}

void DrillSession::EventNotSaved(std::string reason) {
  platform_->Warn("drill event not saved: " + reason);
  save_problem_ = std::move(reason);  // "saving ..." stays on screen: nothing claims it was saved
}

void DrillSession::Archived(bool stored, std::string reason) {
  if (!drill_ || !drill_->archiving) return;
  drill_->archiving = false;
  if (!stored) {
    // The log stays where it was, so the ended drill is still on screen and nothing is lost.
    platform_->Warn("drill not moved to the history: " + reason);
    save_problem_ = std::move(reason);
    return;
  }
  history_.push_back({drill_->scenario_id, std::move(drill_->state), drill_->utc_offset_minutes});
  drill_.reset();
}

//-----------------------------------------------------------------------------
// [SECTION] Recording events
//-----------------------------------------------------------------------------

void DrillSession::Record(DrillEvent event) {
  const DrillScenario* scenario = drill_ ? FindScenario(drill_->scenario_id) : nullptr;
  if (scenario == nullptr) return;
  if (auto problem = ApplyDrillEvent(*scenario, drill_->state, event)) {
    platform_->Warn("drill event refused: " + *problem);
    return;
  }
  // Stored before anything else happens; the view says "saved" once storage confirms it.
  platform_->SaveDrillEvent(DrillEventRecordText(event));
}

void DrillSession::RecordRollCall(const std::string& class_name, const ClassCount& count, std::int64_t now_ms) {
  DrillEvent event = Event(DrillEventType::RollCall, now_ms, class_name);
  event.expected = count.expected;
  event.accounted = count.accounted;
  event.injured = count.injured;
  event.missing = count.missing;
  Record(std::move(event));
}

void DrillSession::FireDueInjects(std::int64_t now_ms) {
  if (!running()) return;
  const DrillScenario* scenario = FindScenario(drill_->scenario_id);
  if (scenario == nullptr) return;
  for (const DrillInject* inject : DueInjects(*scenario, drill_->state, now_ms)) {
    Record(Event(DrillEventType::Inject, now_ms, inject->id));
  }
}

std::int64_t DrillSession::NextTickMs(std::int64_t now_ms) const {
  if (!running()) return 0;
  // The next whole second of the drill: its clock changes once a second, nothing in between.
  const std::int64_t since_start = now_ms - drill_->state.started_ms;
  return now_ms + 1000 - since_start % 1000;
}

//-----------------------------------------------------------------------------
// [SECTION] The roster and starting a drill
//-----------------------------------------------------------------------------

void DrillSession::AddClass(const std::string& name, const std::string& expected, std::int64_t now_ms) {
  RosterClass added;
  if (auto problem = CheckNewClass(roster_, name, expected, added)) {
    class_problem_ = RosterProblemKey(*problem);
    return;
  }
  class_problem_.clear();
  roster_.push_back(added);
  platform_->Store(kRosterStorageKey, RosterToJson(roster_));
  // A class added during a drill joins its roll call.
  if (running() && drill_->state.classes.count(added.name) == 0) {
    RecordRollCall(added.name, {added.expected, 0, 0, 0}, now_ms);
  }
}

void DrillSession::RemoveClass(const std::string& name) {
  std::erase_if(roster_, [&](const RosterClass& c) { return c.name == name; });
  platform_->Store(kRosterStorageKey, RosterToJson(roster_));
}

void DrillSession::Start(const std::string& scenario_id, std::int64_t now_ms) {
  if (drill_ || FindScenario(scenario_id) == nullptr) return;
  drill_ = Run{scenario_id, DrillState{}};
  save_problem_.clear();
  open_report_.reset();
  Record(Event(DrillEventType::Start, now_ms, scenario_id));
  drill_->utc_offset_minutes = platform_->UtcOffsetMinutes(now_ms);
  // Every class of the roster is in the roll call from the start, unreported until counted.
  for (const RosterClass& c : roster_) RecordRollCall(c.name, {c.expected, 0, 0, 0}, now_ms);
}

//-----------------------------------------------------------------------------
// [SECTION] Reports
//-----------------------------------------------------------------------------

// The report on screen: the drill that just ended, or the past one whose report is open.
void DrillSession::Export(bool csv, std::int64_t now_ms) const {
  const DrillState* state = nullptr;
  std::string scenario_id;
  int utc_offset_minutes = 0;
  if (drill_ && !drill_->state.running()) {
    state = &drill_->state;
    scenario_id = drill_->scenario_id;
    utc_offset_minutes = drill_->utc_offset_minutes;
  } else if (open_report_) {
    for (const PastRun& past : history_) {
      if (past.state.started_ms == *open_report_) {
        state = &past.state;
        scenario_id = past.scenario_id;
        utc_offset_minutes = past.utc_offset_minutes;
      }
    }
  }
  const DrillScenario* scenario = FindScenario(scenario_id);
  if (state == nullptr || scenario == nullptr) return;
  // "beredd-ovning-fire_evacuation-2026-11-22-0915": local time where it ran, no colons.
  std::string stamp = LocalDateTime(state->started_ms, utc_offset_minutes);
  std::replace(stamp.begin(), stamp.end(), ' ', '-');
  std::erase(stamp, ':');
  const std::string name = "beredd-ovning-" + scenario->id + "-" + stamp;
  if (csv) {
    platform_->Download(name + ".csv", "text/csv;charset=utf-8", DrillReportCsv(*scenario, *state));
  } else {
    platform_->Download(name + ".json", "application/json", DrillReportText(*scenario, *state, now_ms));
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Intents, the view and the next visitor
//-----------------------------------------------------------------------------

void DrillSession::Apply(const DrillIntents& intents, std::int64_t now_ms) {
  if (intents.add_class) AddClass(intents.add_class->name, intents.add_class->expected, now_ms);
  if (!intents.remove_class.empty()) RemoveClass(intents.remove_class);
  if (!intents.open_report.empty()) {
    for (const PastRun& past : history_) {
      if (std::to_string(past.state.started_ms) == intents.open_report) open_report_ = past.state.started_ms;
    }
  }
  if (intents.close_report) open_report_.reset();
  if (intents.export_json || intents.export_csv) Export(intents.export_csv, now_ms);
  if (intents.print_report) platform_->Print();
  if (!intents.start_drill.empty()) Start(intents.start_drill, now_ms);

  if (!drill_) return;
  if (!intents.check_step.empty()) Record(Event(DrillEventType::Step, now_ms, intents.check_step));
  if (intents.roll_call) RecordRollCall(intents.roll_call->class_name, intents.roll_call->count, now_ms);
  if (!intents.add_note.empty()) {
    DrillEvent note = Event(DrillEventType::Note, now_ms);
    note.text = intents.add_note;
    Record(std::move(note));
  }
  if (intents.request_end_drill) drill_->confirm_end = true;
  if (intents.cancel_end_drill) drill_->confirm_end = false;
  if (intents.confirm_end_drill) {
    drill_->confirm_end = false;
    Record(Event(DrillEventType::End, now_ms));
  }
  if (intents.close_drill && !drill_->state.running() && !drill_->archiving) {
    // The ended drill leaves the screen once storage confirms it is in the history.
    drill_->archiving = true;
    platform_->ArchiveDrill();
  }
}

void DrillSession::Fill(DrillView& view, std::int64_t now_ms, int utc_offset_minutes) const {
  view.now_ms = now_ms;
  view.utc_offset_minutes = utc_offset_minutes;
  view.roster = &roster_;
  view.class_problem = class_problem_;
  view.save_problem = save_problem_;
  for (auto past = history_.rbegin(); past != history_.rend(); ++past) {
    const DrillScenario* scenario = FindScenario(past->scenario_id);
    if (scenario == nullptr) continue;
    view.history.push_back({std::to_string(past->state.started_ms), scenario, &past->state,
                            past->utc_offset_minutes});
  }
  for (const PastDrill& past : view.history) {
    if (open_report_ && past.state->started_ms == *open_report_) view.open_report = &past;
  }
  if (drill_) {
    view.scenario = FindScenario(drill_->scenario_id);
    view.state = &drill_->state;
    view.confirm_end = drill_->confirm_end;
    view.saved = drill_->stored >= drill_->state.log.size();
    view.utc_offset_minutes = drill_->utc_offset_minutes;
  }
}

void DrillSession::ForgetVisitor() {
  open_report_.reset();
  class_problem_.clear();
  if (drill_) drill_->confirm_end = false;
}

}  // namespace beredd::core
