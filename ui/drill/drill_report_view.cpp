// The after-action report of a drill: what the school's systematic safety work files. The same
// nodes make the print view (web/shell/style.css prints the mirror, not the canvas).
// Layer: ui. Must not include web, Emscripten, GL or nlohmann headers.
#include <string>

#include "imgui.h"
#include "ui/widgets/clock_text.h"
#include "ui/drill/drill_parts.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

template <typename Item>
const Item* FindById(const std::vector<Item>& items, const std::string& id) {
  for (const Item& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

// One timeline line: "0:42  Klart: Läraren leder ut klassen …".
std::string DescribeEvent(const core::Catalog& s, const core::DrillScenario& scenario,
                          const core::DrillEvent& e) {
  switch (e.type) {
    case core::DrillEventType::Start: return std::string(s.Get("drill.event.start"));
    case core::DrillEventType::End: return std::string(s.Get("drill.event.end"));
    case core::DrillEventType::Note: return s.Format("drill.event.note", {{"text", e.text}});
    case core::DrillEventType::Step: {
      const core::DrillStep* step = FindById(scenario.steps, e.ref);
      return s.Format("drill.event.step", {{"text", step ? step->text : e.ref}});
    }
    case core::DrillEventType::Inject: {
      const core::DrillInject* inject = FindById(scenario.injects, e.ref);
      return s.Format("drill.event.inject", {{"text", inject ? inject->text : e.ref}});
    }
    case core::DrillEventType::RollCall:
      return s.Format("drill.event.roll_call", {{"class", e.ref},
                                                {"expected", std::to_string(e.expected)},
                                                {"accounted", std::to_string(e.accounted)},
                                                {"injured", std::to_string(e.injured)},
                                                {"missing", std::to_string(e.missing)}});
  }
  return {};
}

// Content-derived: an event is its time, kind and subject. (Two identical notes in the same
// millisecond would share an id; the log cannot produce that from one person's taps.)
std::string EventKey(const core::DrillEvent& e) {
  std::string key = std::to_string(e.at_ms) + "/" + std::to_string(static_cast<int>(e.type)) + "/" + e.ref;
  if (e.type == core::DrillEventType::Note) key += "/" + e.text;
  return key;
}

}  // namespace

void DrawDrillReport(const AppView& vm, const core::DrillScenario& scenario,
                     const core::DrillState& state, int utc_offset_minutes, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const std::int64_t ended = state.ended_ms.value_or(vm.drill.now_ms);
  Heading("report.title", s.Format("drill.report_title", {{"name", scenario.name}}), 2, FontRole::Heading);
  Paragraph("report.when", s.Format("drill.report_when",
                                    {{"date", LocalDateTime(state.started_ms, utc_offset_minutes)},
                                     {"duration", SinceStart(ended, state)}}));
  if (TextButton("report.json", s.Get("drill.export_json"))) out.drill.export_json = true;
  SameLineIfFits(260);
  if (TextButton("report.csv", s.Get("drill.export_csv"))) out.drill.export_csv = true;
  SameLineIfFits(200);
  if (TextButton("report.print", s.Get("drill.print"))) out.drill.print_report = true;

  if (!scenario.targets.empty()) {
    Heading("report.targets", s.Get("drill.targets"), 2);
    ImGui::PushID("targets");
    for (const core::DrillTarget& target : scenario.targets) {
      const core::TargetResult result = core::EvaluateTarget(target, state, ended);
      const char* key = result == core::TargetResult::Met ? "drill.target_met" : "drill.target_missed";
      Paragraph(target.id, target.text + ": " + std::string(s.Get(key)));
    }
    ImGui::PopID();
  }

  DrawRollCall(vm, state, out);

  Heading("report.notes", s.Get("drill.notes"), 2);
  ImGui::PushID("notes");
  bool any_note = false;
  for (const core::DrillEvent& e : state.log) {
    if (e.type != core::DrillEventType::Note) continue;
    any_note = true;
    Paragraph(EventKey(e), SinceStart(e.at_ms, state) + "  " + e.text);
  }
  ImGui::PopID();
  if (!any_note) Paragraph("report.no_notes", s.Get("drill.no_notes"));

  Heading("report.timeline", s.Get("drill.timeline"), 2);
  ImGui::PushID("timeline");
  for (const core::DrillEvent& e : state.log) {
    Paragraph(EventKey(e), SinceStart(e.at_ms, state) + "  " + DescribeEvent(s, scenario, e));
  }
  ImGui::PopID();
}

}  // namespace beredd::ui
