// Roll call during a drill, and the class roster it starts from. Every class stays highlighted
// until each of its pupils is reported as accounted for or injured, and nobody is missing.
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include <string>

#include "core/drill/class_roster.h"
#include "imgui.h"
#include "ui/drill/drill_parts.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

constexpr float kStepButtonWidth = 56.0f;

int Value(const core::ClassCount& count, core::CountField field) {
  switch (field) {
    case core::CountField::Injured: return count.injured;
    case core::CountField::Missing: return count.missing;
    case core::CountField::Accounted: break;
  }
  return count.accounted;
}

std::string Summary(const core::Catalog& s, std::string_view key, std::string_view name,
                    const core::ClassCount& c) {
  return s.Format(key, {{"class", name},
                        {"expected", std::to_string(c.expected)},
                        {"accounted", std::to_string(c.accounted)},
                        {"injured", std::to_string(c.injured)},
                        {"missing", std::to_string(c.missing)},
                        {"unreported", std::to_string(c.unreported())}});
}

// "Redovisade: 23  [−] [+]". The buttons' names say which class and count they change, for
// screen readers and for anyone reading the mirror.
void DrawStepper(const core::Catalog& s, const std::string& class_name, const core::ClassCount& count,
                 core::CountField field, const char* label_key, bool first, Intents& out) {
  const std::string_view label = s.Get(label_key);
  const std::string text = std::string(label) + ": " + std::to_string(Value(count, field));
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(text.c_str()).x + 2 * (kStepButtonWidth + style.ItemSpacing.x);
  if (!first) SameLineIfFits(width);
  ImGui::PushID(label_key);
  ImGui::BeginGroup();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.c_str());
  const core::Catalog::Values names = {{"class", class_name}, {"what", label}};
  ImGui::SameLine();
  if (TextButton("less", "\u2212", {s.Format("drill.count_less", names), ImVec2(kStepButtonWidth, 0)})) {
    out.drill.roll_call = DrillIntents::RollCall{class_name, core::AdjustCount(count, field, -1)};
  }
  ImGui::SameLine();
  if (TextButton("more", "+", {s.Format("drill.count_more", names), ImVec2(kStepButtonWidth, 0)})) {
    out.drill.roll_call = DrillIntents::RollCall{class_name, core::AdjustCount(count, field, +1)};
  }
  ImGui::EndGroup();
  ImGui::PopID();
}

void DrawClass(const core::Catalog& s, const std::string& name, const core::ClassCount& count,
               bool running, Intents& out) {
  ImGui::PushID(name.c_str());
  const std::string summary = Summary(s, "drill.class_summary", name, count);
  if (count.needs_attention()) {
    Notice("summary", summary);  // highlighted until everyone is reported and nobody missing
  } else {
    Paragraph("summary", summary);
  }
  if (running) {
    DrawStepper(s, name, count, core::CountField::Accounted, "drill.accounted", true, out);
    DrawStepper(s, name, count, core::CountField::Injured, "drill.injured", false, out);
    DrawStepper(s, name, count, core::CountField::Missing, "drill.missing", false, out);
    const std::string_view all = s.Get("drill.all_accounted");
    SameLineIfFits(ImGui::CalcTextSize(all.data(), all.data() + all.size()).x + 2 * ImGui::GetStyle().FramePadding.x);
    const core::ClassCount everyone = core::AllAccounted(count);
    if (TextButton("all", all, {s.Format("drill.all_accounted_name", {{"class", name}})}) &&
        !(everyone == count)) {
      out.drill.roll_call = DrillIntents::RollCall{name, everyone};
    }
    ImGui::Spacing();
  }
  ImGui::PopID();
}

void DrawAddClass(const AppView& vm, Intents& out) {
  if (vm.kiosk.enabled) return;  // no keyboard on a kiosk: classes are added elsewhere
  const core::Catalog& s = vm.pack.strings;
  ImGui::PushID("add_class");
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool one_row = avail >= 560;
  const float name_width = one_row ? avail * 0.5f : avail;
  ImGui::BeginGroup();
  const std::string name(TextField("name", s.Get("drill.class_name"), FieldKind::Text, name_width));
  ImGui::EndGroup();
  if (one_row) ImGui::SameLine();
  ImGui::BeginGroup();
  const std::string size(TextField("size", s.Get("drill.class_size"), FieldKind::Number,
                                   one_row ? 200.0f : avail));
  ImGui::EndGroup();
  if (!vm.drill.class_problem.empty()) Notice("problem", s.Get(vm.drill.class_problem));
  if (TextButton("add", s.Get("drill.add_class"))) {
    out.drill.add_class = DrillIntents::NewClass{name, size};
    // Cleared at once; if the runner refuses the class, the problem says why and the roster
    // is unchanged, and typing it again is short.
    core::RosterClass checked;
    if (!core::CheckNewClass(vm.drill.roster ? *vm.drill.roster : std::vector<core::RosterClass>{},
                             name, size, checked)) {
      ClearTextField("name");
      ClearTextField("size");
    }
  }
  ImGui::PopID();
}

}  // namespace

void DrawRollCall(const AppView& vm, const core::DrillState& state, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Heading("drill.roll_call", s.Get("drill.roll_call"), 2);
  if (state.classes.empty()) Paragraph("drill.no_classes", s.Get("drill.no_classes"));
  ImGui::PushID("classes");
  for (const auto& [name, count] : state.classes) DrawClass(s, name, count, state.running(), out);
  ImGui::PopID();
  if (!state.classes.empty()) {
    const bool projector = ProjectorSized();
    if (projector) ImGui::PushFont(Font(FontRole::Projector));
    Paragraph("drill.total", Summary(s, "drill.total_summary", {}, core::RollCallTotal(state)),
              Role::Status);
    if (projector) ImGui::PopFont();
  }
  if (state.running()) DrawAddClass(vm, out);
}

void DrawRoster(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  Heading("drill.classes", s.Get("drill.classes"), 2);
  Paragraph("drill.classes_hint", s.Get("drill.classes_hint"));
  ImGui::PushID("roster");
  if (vm.drill.roster != nullptr) {
    for (const core::RosterClass& c : *vm.drill.roster) {
      ImGui::PushID(c.name.c_str());
      const std::string entry = s.Format("drill.class_entry", {{"class", c.name}, {"expected", std::to_string(c.expected)}});
      ImGui::AlignTextToFramePadding();
      Paragraph("entry", entry);
      const std::string_view remove = s.Get("drill.remove_class");
      SameLineIfFits(ImGui::CalcTextSize(remove.data(), remove.data() + remove.size()).x + 2 * ImGui::GetStyle().FramePadding.x);
      if (TextButton("remove", remove, {s.Format("drill.remove_class_name", {{"class", c.name}})})) {
        out.drill.remove_class = c.name;
      }
      ImGui::PopID();
    }
  }
  ImGui::PopID();
  DrawAddClass(vm, out);
}

}  // namespace beredd::ui
