// School drill: choose a scenario, then run it on a projector or tablet. Every drill screen
// carries the ÖVNING / EXERCISE banner in yellow and black (never the red of a real alarm), so
// no one can mistake it for an actual emergency. Layer: ui.
#include <string>

#include "imgui.h"
#include "ui/clock_text.h"
#include "ui/screens.h"
#include "ui/widgets.h"

namespace beredd::ui {
namespace {

// Time since the drill started, as shown beside steps and injects and on the big clock.
std::string SinceStart(std::int64_t at_ms, const core::DrillState& state) {
  return MinutesSeconds(static_cast<double>(at_ms - state.started_ms) / 1000.0);
}

}  // namespace

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

namespace {

void DrawChooser(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Heading("drill.choose", s.Get("drill.choose"), 2);
  Paragraph("drill.start_hint", s.Get("drill.start_hint"));
  ImGui::PushID("scenarios");
  for (const core::DrillScenario& scenario : vm.pack.drills) {
    if (CardButton(scenario.id, scenario.name, scenario.description, CardStyle{})) {
      out.start_drill = scenario.id;
    }
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
      out.check_step = step.id;
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
  ImGui::PushID("injects");
  // Newest first: the latest event is what the room must act on now.
  for (auto it = vm.drill.scenario->injects.rbegin(); it != vm.drill.scenario->injects.rend(); ++it) {
    auto shown = state.injects_shown.find(it->id);
    if (shown == state.injects_shown.end()) continue;
    Notice(it->id, SinceStart(shown->second, state) + "  " + it->text);
  }
  ImGui::PopID();
}

void DrawEnd(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  if (!vm.drill.confirm_end) {
    if (TextButton("drill.end", s.Get("drill.end"))) out.request_end_drill = true;
    return;
  }
  // Ending is explicit: a second, differently worded button confirms it.
  // Stacked, not side by side: they fit a phone and are hard to hit by mistake.
  if (TextButton("drill.end_confirm", s.Get("drill.end_confirm"))) out.confirm_end_drill = true;
  if (TextButton("drill.end_cancel", s.Get("drill.end_cancel"))) out.cancel_end_drill = true;
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
  if (state.running()) {
    DrawEnd(vm, out);
  } else {
    Paragraph("drill.ended", s.Get("drill.ended"), Role::Status);
    if (TextButton("drill.new", s.Get("drill.new"))) out.close_drill = true;
  }
  DrawInjects(vm, state);
  DrawTargets(vm, state);
  DrawSteps(vm, state, out);
}

}  // namespace

void DrawDrill(const AppView& vm, Intents& out) {
  if (vm.drill.scenario == nullptr || vm.drill.state == nullptr) {
    DrawChooser(vm, out);
  } else {
    DrawRunner(vm, out);
  }
}

}  // namespace beredd::ui
