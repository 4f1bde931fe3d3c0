// A first-aid or preparedness guide from the pack: its sections of numbered steps, a call
// link where a step names a number, the VMA guide's next test date and signal sample, and its
// source. Also the guide cards of the home and CPR screens. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <string>

#include "imgui.h"
#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

void DrawSection(const AppView& vm, const core::GuideSection& section, Intents& out) {
  ImGui::PushID(section.id.c_str());
  Heading("title", section.title, 2);
  int number = 1;
  for (const core::GuideStep& step : section.steps) {
    LabeledParagraph(step.id, std::to_string(number++) + ". " + step.title, step.text);
    if (step.tel.empty()) continue;
    // A link card like the numbers screen's; a kiosk cannot call, so there it is text.
    const std::string href = "tel:" + step.tel;
    const std::string key = step.id + ".call";
    const std::string call = vm.pack.strings.Format("guide.call", {{"number", step.number}});
    CardOptions options;
    options.role = Role::Link;
    options.href = href;
    if (vm.kiosk.enabled) Card(key, call, {}, CardStyle{}, options);
    else if (CardButton(key, call, {}, CardStyle{}, options)) out.open_url = href;
  }
  ImGui::PopID();
}

}  // namespace

void DrawGuide(const AppView& vm, Intents& out) {
  const core::Guide* guide = vm.guide.guide;
  if (guide == nullptr) return;  // the runner reports an unknown guide as an unknown route
  ImGui::PushID(guide->id.c_str());
  if (guide->feature == core::GuideFeature::Vma) {
    if (vm.guide.next_vma_test) {
      Notice("vma.next_test",
             vm.pack.strings.Format("vma.next_test", {{"date", core::IsoDate(*vm.guide.next_vma_test)}}));
    }
    // Sound only from this tap, labelled as a sample, never by itself. A card: the label wraps
    // on a phone.
    CardOptions options;
    options.width = ImGui::GetContentRegionAvail().x;
    if (CardButton("vma.play_sample", vm.pack.strings.Get("vma.play_sample"),
                   vm.pack.strings.Get("vma.sample_note"), CardStyle{}, options)) {
      out.guide.play_signal_sample = true;
    }
  }
  for (const core::GuideSection& section : guide->sections) DrawSection(vm, section, out);
  DrawSource(vm, "source", guide->source);
  ImGui::PopID();
}

void DrawGuideCards(const AppView& vm, bool from_cpr_only, Intents& out) {
  ImGui::PushID("guides");
  const CardStyle style;
  const float width = ImGui::GetContentRegionAvail().x;
  for (const core::Guide& guide : vm.pack.guides) {
    if (from_cpr_only && !guide.from_cpr) continue;
    CardOptions options;
    options.width = width;
    if (CardButton(guide.id, guide.name, guide.hint, style, options)) out.open_guide = guide.id;
  }
  ImGui::PopID();
}

}  // namespace beredd::ui
