// CPR coach: a choice of adult, compressions-only, child or infant, that mode's own steps,
// depth, hands and source, and, while the metronome runs, a large count with a pulse on the beat.
// All text comes from the content pack; all timing from core::CprTimeline. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>
#include <cfloat>
#include <string>

#include "imgui.h"
#include "ui/widgets/clock_text.h"
#include "ui/cpr/cpr_parts.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

// What to do right now, in words ("Tryck", "Ge inblåsningar 1/2").
std::string PhaseText(const AppView& vm, const core::CprMode& mode) {
  const core::Catalog& s = vm.pack.strings;
  const core::CprMoment& m = vm.cpr.moment;
  switch (m.phase) {
    case core::CprPhase::InitialBreaths:
      return std::string(s.Get("cpr.initial_breaths")) + " (" + std::to_string(m.breath) + "/" +
             std::to_string(mode.initial_breaths) + ")";
    case core::CprPhase::Breaths:
      return std::string(s.Get("cpr.breaths")) + " (" + std::to_string(m.breath) + "/" +
             std::to_string(mode.breaths) + ")";
    case core::CprPhase::Compressions:
      break;
  }
  return std::string(s.Get("cpr.compress"));
}

// The count, large, beside a disc that flashes on every beat and fades until the next. On a
// narrow phone both shrink together so the count stays on one line.
void DrawCount(const AppView& vm, const core::CprMode& mode) {
  const core::CprMoment& m = vm.cpr.moment;
  const bool compressing = m.phase == core::CprPhase::Compressions;
  // Sized for the widest count of this mode, so the layout does not jump as digits change.
  const std::string widest = std::to_string(mode.compressions) + " / " + std::to_string(mode.compressions);
  ImFont* font = Font(FontRole::Count);
  const float full_size = font->FontSize * ImGui::GetIO().FontGlobalScale;
  const float full_width = font->CalcTextSizeA(full_size, FLT_MAX, 0, widest.c_str()).x;
  const float gap = 16.0f;
  const float available = ImGui::GetContentRegionAvail().x;
  // Disc (0.9 x size) + gap + text must fit; 2 % spare keeps ImGui's wrapping from kicking in.
  const float scale = std::min(1.0f, 0.98f * (available - gap) / (full_width + full_size * 0.9f));
  const float size = full_size * scale;
  const float radius = size * 0.45f;

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float strength = compressing ? static_cast<float>(1.0 - m.beat_phase) : 0.15f;
  const ImVec4 pulse = ImGui::ColorConvertU32ToFloat4(colors::kPulse);
  ImGui::GetWindowDrawList()->AddCircleFilled(
      ImVec2(origin.x + radius, origin.y + size * 0.5f), radius * (0.75f + 0.25f * strength),
      ImGui::ColorConvertFloat4ToU32(ImVec4(pulse.x, pulse.y, pulse.z, 0.2f + 0.8f * strength)));
  if (compressing) {
    ImGui::SetCursorScreenPos(ImVec2(origin.x + 2 * radius + gap, origin.y));
    ImGui::PushFont(font);
    ImGui::SetWindowFontScale(scale);
    Paragraph("cpr.count", std::to_string(m.compression) + " / " + std::to_string(mode.compressions));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + size + 8));
  ImGui::Dummy(ImVec2(0, 0));
}

void DrawRunning(const AppView& vm, const core::CprMode& mode) {
  const core::Catalog& s = vm.pack.strings;
  const core::CprMoment& m = vm.cpr.moment;
  ImGui::PushFont(Font(FontRole::Heading));
  Paragraph("cpr.phase", PhaseText(vm, mode), Role::Status);
  ImGui::PopFont();
  DrawCount(vm, mode);
  const std::string status = std::string(s.Get("cpr.cycle")) + " " + std::to_string(std::max(1, m.cycle)) +
                             " · " + std::string(s.Get("cpr.elapsed")) + " " + MinutesSeconds(vm.cpr.elapsed_s) +
                             " · " + std::to_string(vm.pack.cpr.rate_per_min) + " " +
                             std::string(s.Get("cpr.rate"));
  Paragraph("cpr.status", status);
  if (m.swap_reminder) {
    ImGui::PushFont(Font(FontRole::Heading));
    Paragraph("cpr.swap", s.Get("cpr.swap"), Role::Status);
    ImGui::PopFont();
  }
}

void DrawModes(const AppView& vm, const core::CprMode& selected, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  DrawCprModeChoice(vm, selected, out);
  if (!selected.notes.empty()) Paragraph("cpr.mode.notes", selected.notes);
  Paragraph("cpr.mode.depth", std::string(s.Get("cpr.depth")) + " " + selected.depth);
  Paragraph("cpr.mode.hands", std::string(s.Get("cpr.hands")) + " " + selected.hands);
}

void DrawStartStop(const AppView& vm, Intents& out) {
  const CardStyle style = StartStopStyle(vm.cpr.running);
  const std::string_view label = vm.pack.strings.Get(vm.cpr.running ? "cpr.stop" : "cpr.start");
  // One key for both states: the mirror keeps the same element, so focus stays on it.
  if (CardButton("cpr.toggle", label, {}, style)) {
    if (vm.cpr.running) out.cpr.stop_cpr = true;
    else out.cpr.start_cpr = true;
  }
}

// The selected mode's own steps: an infant's never show an adult's depth or ratio.
void DrawSteps(const AppView& vm, const core::CprMode& mode) {
  Heading("cpr.steps", vm.pack.strings.Get("cpr.steps"), 2);
  ImGui::PushID(mode.id.c_str());
  int number = 1;
  for (const core::CprStep& step : mode.steps) {
    LabeledParagraph(step.id, std::to_string(number++) + ". " + step.title, step.text);
  }
  ImGui::PopID();
  DrawSource(vm, "cpr.source", mode.source);
}

}  // namespace

const core::CprMode* SelectedCprMode(const AppView& vm) {
  for (const core::CprMode& mode : vm.pack.cpr.modes) {
    if (mode.id == vm.cpr.mode_id) return &mode;
  }
  return vm.pack.cpr.modes.empty() ? nullptr : &vm.pack.cpr.modes.front();
}

void DrawCprModeChoice(const AppView& vm, const core::CprMode& selected, Intents& out) {
  Heading("cpr.mode", vm.pack.strings.Get("cpr.mode"), 2);
  ImGui::PushID("modes");
  const float available = ImGui::GetContentRegionAvail().x;
  float used = 0;
  for (const core::CprMode& mode : vm.pack.cpr.modes) {
    // Wrap the buttons like words: next to the previous one while it fits.
    const float width = ImGui::CalcTextSize(mode.name.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    if (used > 0 && used + ImGui::GetStyle().ItemSpacing.x + width <= available) ImGui::SameLine();
    else used = 0;
    if (ToggleButton(mode.id, mode.name, &mode == &selected)) out.cpr.select_cpr_mode = mode.id;
    used += (used > 0 ? ImGui::GetStyle().ItemSpacing.x : 0) + width;
  }
  ImGui::PopID();
}

CardStyle StartStopStyle(bool running) {
  CardStyle style;
  style.fill = running ? colors::kNumber : colors::kEmergency;
  style.fill_hover = running ? colors::kNumberHover : colors::kEmergencyHover;
  style.text = colors::kOnDark;
  style.border = 0;
  return style;
}

void DrawCprCoach(const AppView& vm, Intents& out) {
  const core::CprMode* mode = SelectedCprMode(vm);
  if (mode == nullptr) return;  // validation guarantees modes; nothing to coach without one
  const core::CprGuide& guide = vm.pack.cpr;
  if (vm.cpr.running) {
    // While pushing, the count comes first: nothing to scroll past.
    DrawStartStop(vm, out);
    DrawRunning(vm, *mode);
    DrawModes(vm, *mode, out);
  } else {
    Paragraph("cpr.disclaimer", guide.disclaimer);
    DrawModes(vm, *mode, out);
    DrawStartStop(vm, out);
    Paragraph("cpr.audio_hint", vm.pack.strings.Get("cpr.audio_hint"));
  }
  DrawWhereLink(vm, out);
  DrawSteps(vm, *mode);
  // Choking and breathing-but-unresponsive are the other emergencies of someone collapsed.
  Heading("guides.from_cpr", vm.pack.strings.Get("guides.from_cpr"), 2);
  DrawGuideCards(vm, /*from_cpr_only=*/true, out);
}

}  // namespace beredd::ui
