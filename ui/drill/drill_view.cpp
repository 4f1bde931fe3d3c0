// School drill: choose a scenario, then run it on a projector or tablet. Every drill screen
// carries the ÖVNING / EXERCISE banner in yellow and black (never the red of a real alarm), so
// no one can mistake it for an actual emergency. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.

// Index of this file:
// [SECTION] Shared with the drill's parts
// [SECTION] Choosing a scenario: plan and history
// [SECTION] The running drill
// [SECTION] After the drill
// [SECTION] The drill screen

#include <string>

#include "imgui.h"
#include "core/drill/drill_report.h"
#include "ui/widgets/clock_text.h"
#include "ui/drill/drill_parts.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

//-----------------------------------------------------------------------------
// [SECTION] Shared with the drill's parts
//-----------------------------------------------------------------------------

namespace beredd::ui {
std::string SinceStart(std::int64_t at_ms, const core::DrillState& state) {
  return MinutesSeconds(static_cast<double>(at_ms - state.started_ms) / 1000.0);
}

void DrawExerciseBanner(const AppView& vm, Intents&) {
  const core::Catalog& s = vm.pack.strings;
  CardStyle style;
  style.title_font = FontRole::Heading;
  style.fill = colors::kExercise;
  style.fill_hover = colors::kExercise;
  style.text = colors::kExerciseInk;
  style.border = colors::kExerciseInk;
  const std::string_view text = s.Get("drill.banner");
  const float width = ImGui::GetContentRegionAvail().x - kScreenMargin;  // the right margin
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float height = CardHeight(text, {}, style, width);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), colors::kExercise);
  draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height), colors::kExerciseInk, 0, 0, 4.0f);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + style.padding, pos.y + style.padding));
  ImGui::PushFont(Font(FontRole::Heading));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kExerciseInk));
  Paragraph("drill.banner", text, Role::Status);
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height));
  ImGui::Dummy(ImVec2(width, 0));
}

bool ProjectorSized() { return ImGui::GetMainViewport()->Size.x >= 1600.0f; }

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Choosing a scenario: plan and history
//-----------------------------------------------------------------------------

void DrawChooser(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Heading("drill.choose", s.Get("drill.choose"), 2);
  Paragraph("drill.start_hint", s.Get("drill.start_hint"));
  ImGui::PushID("scenarios");
  for (const core::DrillScenario& scenario : vm.pack.drills) {
    if (CardButton(scenario.id, scenario.name, scenario.description, CardStyle{})) {
      out.drill.start_drill = scenario.id;
    }
  }
  ImGui::PopID();
}

// When each scenario was last practised and when it is next due (intervals from the pack).
void DrawPlan(const AppView& vm) {
  const core::Catalog& s = vm.pack.strings;
  std::vector<core::CompletedDrill> completed;
  for (const PastDrill& past : vm.drill.history) {
    if (past.state->ended_ms) completed.push_back({past.scenario->id, *past.state->ended_ms});
  }
  const int offset = vm.drill.utc_offset_minutes;
  Heading("drill.plan", s.Get("drill.plan"), 2);
  Paragraph("drill.plan_hint", s.Get("drill.plan_hint"));
  ImGui::PushID("plan");
  for (const core::ComplianceRow& row : core::ComplianceOverview(vm.pack.drills, completed, vm.drill.now_ms)) {
    if (!row.last_ms) {
      Notice(row.scenario_id, s.Format("drill.plan_never", {{"name", row.name}}));
      continue;
    }
    const std::string text = s.Format(row.overdue ? "drill.plan_overdue" : "drill.plan_done",
                                      {{"name", row.name},
                                       {"last", LocalDate(*row.last_ms, offset)},
                                       {"due", LocalDate(row.due_ms, offset)}});
    if (row.overdue) {
      Notice(row.scenario_id, text);
    } else {
      Paragraph(row.scenario_id, text);
    }
  }
  ImGui::PopID();
}

// Completed drills, newest first; each opens its report.
void DrawHistory(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Heading("drill.history", s.Get("drill.history"), 2);
  if (vm.drill.history.empty()) Paragraph("drill.history_none", s.Get("drill.history_none"));
  ImGui::PushID("history");
  for (const PastDrill& past : vm.drill.history) {
    const core::DrillState& state = *past.state;
    int met = 0;
    for (const core::DrillTarget& target : past.scenario->targets) {
      if (core::EvaluateTarget(target, state, state.ended_ms.value_or(0)) == core::TargetResult::Met) ++met;
    }
    const std::string title = LocalDateTime(state.started_ms, past.utc_offset_minutes) + " – " + past.scenario->name;
    const std::string detail = s.Format(
        "drill.history_detail",
        {{"duration", SinceStart(state.ended_ms.value_or(state.started_ms), state)},
         {"met", std::to_string(met)},
         {"targets", std::to_string(past.scenario->targets.size())}});
    CardStyle style;
    style.title_font = FontRole::Strong;
    if (CardButton(past.key, title, detail, style)) out.drill.open_report = past.key;
  }
  ImGui::PopID();
}

//-----------------------------------------------------------------------------
// [SECTION] The running drill
//-----------------------------------------------------------------------------

void DrawNotes(const AppView& vm, const core::DrillState& state, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Heading("drill.notes", s.Get("drill.notes"), 2);
  // A kiosk has no keyboard: notes are read there, not written.
  if (!vm.kiosk.enabled) {
    const std::string note(TextField("drill.note", s.Get("drill.note_field"), FieldKind::MultiLine));
    if (TextButton("drill.add_note", s.Get("drill.add_note")) && state.running() &&
        note.find_first_not_of(" \t\r\n") != std::string::npos) {
      out.drill.add_note = note;
      ClearTextField("drill.note");
    }
  }
  ImGui::PushID("notes");
  // Newest first, like the injects: the latest is what the room talks about.
  for (auto it = state.log.rbegin(); it != state.log.rend(); ++it) {
    if (it->type != core::DrillEventType::Note) continue;
    Paragraph(std::to_string(it->at_ms) + "/" + it->text, SinceStart(it->at_ms, state) + "  " + it->text);
  }
  ImGui::PopID();
}

// Who does what: the role checklists of the scenario.
void DrawRoles(const AppView& vm) {
  const core::DrillScenario& scenario = *vm.drill.scenario;
  if (scenario.roles.empty()) return;
  Heading("drill.roles", vm.pack.strings.Get("drill.roles"), 2);
  ImGui::PushID("roles");
  for (const core::DrillRole& role : scenario.roles) {
    std::string list;
    for (const std::string& item : role.checklist) list += (list.empty() ? "" : "\n") + ("• " + item);
    LabeledParagraph(role.id, role.name, list);
  }
  ImGui::PopID();
}

void DrawSteps(const AppView& vm, const core::DrillState& state, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Heading("drill.steps", s.Get("drill.steps"), 2);
  ImGui::PushID("steps");
  for (const core::DrillStep& step : vm.drill.scenario->steps) {
    auto done = state.steps_done.find(step.id);
    CardStyle style;
    style.title_font = FontRole::Body;
    std::string title = step.text;
    if (done != state.steps_done.end()) {
      style.fill = style.fill_hover = colors::kCardHover;
      title = std::string(s.Get("drill.step_done")) + " " + SinceStart(done->second, state) +
              " – " + step.text;
    }
    CardOptions options;
    options.current = done != state.steps_done.end();
    if (CardButton(step.id, title, {}, style, options) && done == state.steps_done.end() &&
        state.running()) {
      out.drill.check_step = step.id;
    }
  }
  ImGui::PopID();
}

void DrawTargets(const AppView& vm, const core::DrillState& state) {
  const core::Catalog& s = vm.pack.strings;
  if (vm.drill.scenario->targets.empty()) return;
  Heading("drill.targets", s.Get("drill.targets"), 2);
  ImGui::PushID("targets");
  for (const core::DrillTarget& target : vm.drill.scenario->targets) {
    const core::TargetResult result = core::EvaluateTarget(target, state, vm.drill.now_ms);
    const char* key = result == core::TargetResult::Met      ? "drill.target_met"
                      : result == core::TargetResult::Missed ? "drill.target_missed"
                                                             : "drill.target_pending";
    Paragraph(target.id, target.text + ": " + std::string(s.Get(key)));
  }
  ImGui::PopID();
}

void DrawInjects(const AppView& vm, const core::DrillState& state) {
  if (state.injects_shown.empty()) return;
  Heading("drill.injects", vm.pack.strings.Get("drill.injects"), 2);
  const bool projector = ProjectorSized();
  if (projector) ImGui::PushFont(Font(FontRole::Projector));
  ImGui::PushID("injects");
  // Newest first: the latest event is what the room must act on now.
  for (auto it = vm.drill.scenario->injects.rbegin(); it != vm.drill.scenario->injects.rend(); ++it) {
    auto shown = state.injects_shown.find(it->id);
    if (shown == state.injects_shown.end()) continue;
    Notice(it->id, SinceStart(shown->second, state) + "  " + it->text);
  }
  ImGui::PopID();
  if (projector) ImGui::PopFont();
}

// On a projector: the first step not yet done, large, above everything the room acts on.
void DrawCurrentStep(const AppView& vm, const core::DrillState& state) {
  if (!ProjectorSized() || !state.running()) return;
  for (const core::DrillStep& step : vm.drill.scenario->steps) {
    if (state.steps_done.count(step.id) != 0) continue;
    ImGui::PushFont(Font(FontRole::Projector));
    Notice("drill.current_step", std::string(vm.pack.strings.Get("drill.current_step")) + " " + step.text);
    ImGui::PopFont();
    return;
  }
}

void DrawEnd(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  if (!vm.drill.confirm_end) {
    if (TextButton("drill.end", s.Get("drill.end"))) out.drill.request_end_drill = true;
    return;
  }
  // Ending is explicit: a second, differently worded button confirms it.
  // Stacked, not side by side: they fit a phone and are hard to hit by mistake.
  if (TextButton("drill.end_confirm", s.Get("drill.end_confirm"))) out.drill.confirm_end_drill = true;
  if (TextButton("drill.end_cancel", s.Get("drill.end_cancel"))) out.drill.cancel_end_drill = true;
}

void DrawRunner(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const core::DrillState& state = *vm.drill.state;
  Heading("drill.name", vm.drill.scenario->name, 2, FontRole::Heading);  // read from the back row
  const std::int64_t until = state.ended_ms.value_or(vm.drill.now_ms);
  ImGui::PushFont(Font(FontRole::Count));
  Paragraph("drill.clock", SinceStart(until, state));
  ImGui::PopFont();
  Paragraph("drill.saved", s.Get(vm.drill.saved ? "drill.saved" : "drill.saving"), Role::Status);
  if (!vm.drill.save_problem.empty()) {
    Notice("drill.save_failed", s.Format("drill.save_failed", {{"reason", vm.drill.save_problem}}));
  }
  DrawEnd(vm, out);
  DrawCurrentStep(vm, state);
  DrawInjects(vm, state);
  DrawTargets(vm, state);
  DrawSteps(vm, state, out);
  DrawRollCall(vm, state, out);
  DrawNotes(vm, state, out);
  DrawRoles(vm);
  DrawSource(vm, "drill.source", vm.drill.scenario->source);
}

//-----------------------------------------------------------------------------
// [SECTION] After the drill
//-----------------------------------------------------------------------------

// The drill that just ended: its result, and the way to the next one.
void DrawEnded(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const core::DrillState& state = *vm.drill.state;
  Paragraph("drill.ended", s.Get("drill.ended"), Role::Status);
  Paragraph("drill.saved", s.Get(vm.drill.saved ? "drill.saved" : "drill.saving"), Role::Status);
  if (TextButton("drill.new", s.Get("drill.new"))) out.drill.close_drill = true;
  DrawDrillReport(vm, *vm.drill.scenario, state, vm.drill.utc_offset_minutes, out);
}

void DrawPastReport(const AppView& vm, Intents& out) {
  const PastDrill& past = *vm.drill.open_report;
  if (TextButton("drill.back", vm.pack.strings.Get("drill.back"))) out.drill.close_report = true;
  DrawDrillReport(vm, *past.scenario, *past.state, past.utc_offset_minutes, out);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] The drill screen
//-----------------------------------------------------------------------------

void DrawDrill(const AppView& vm, Intents& out) {
  if (vm.drill.scenario != nullptr && vm.drill.state != nullptr) {
    if (vm.drill.state->running()) {
      DrawRunner(vm, out);
    } else {
      DrawEnded(vm, out);
    }
  } else if (vm.drill.open_report != nullptr) {
    DrawPastReport(vm, out);
  } else {
    DrawChooser(vm, out);
    DrawRoster(vm, out);
    DrawPlan(vm);
    DrawHistory(vm, out);
  }
}

}  // namespace beredd::ui
