// Home preparedness: the household calculator, MSB's checklist in its groups with when each
// was last checked, the household plan, and the same as one printable page. Layer: ui.
// Must not include web, Emscripten, GL or nlohmann headers.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "ui/shell/screens.h"
#include "ui/widgets/widgets.h"

namespace beredd::ui {
namespace {

using core::Household;
using core::PrepareView;

// "84", or "10,5" with the pack's decimal mark.
std::string Amount(const AppView& vm, double value) {
  if (std::abs(value - std::round(value)) < 1e-9) return std::to_string(static_cast<long>(std::lround(value)));
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string out(text);
  const std::size_t dot = out.find('.');
  if (dot != std::string::npos) out.replace(dot, 1, vm.pack.strings.Get("where.decimal_mark"));
  return out;
}

// One count of the household with its −1 and +1 buttons, beside it where the row fits
// (`label_width`: the widest count's); returns the new count.
int Stepper(const AppView& vm, std::string_view key, std::string_view label_key, int count,
            int min, int max, float label_width) {
  const core::Catalog& s = vm.pack.strings;
  const std::string what(s.Get(label_key));
  const ImVec2 size(64, 48);  // above the 44 px touch target
  const float row = label_width + 2 * size.x + ImGui::GetStyle().ItemSpacing.x;
  const bool one_row = ImGui::GetContentRegionAvail().x >= row;
  const float start_x = ImGui::GetCursorPosX();
  const float top = ImGui::GetCursorPosY();
  ImGui::PushID(key.data(), key.data() + key.size());
  if (one_row) ImGui::SetCursorPosY(top + (size.y - ImGui::GetTextLineHeight()) * 0.5f);  // centred on the buttons
  Paragraph("count", s.Format("prepare.count", {{"what", what}, {"count", std::to_string(count)}}));
  if (one_row) {
    ImGui::SameLine(start_x + label_width);
    ImGui::SetCursorPosY(top);
  }
  const std::string fewer = s.Format("prepare.fewer", {{"what", what}});
  const std::string more = s.Format("prepare.more", {{"what", what}});
  if (TextButton("fewer", "\u22121", {fewer, size}) && count > min) --count;
  SameLineIfFits(size.x);
  if (TextButton("more", "+1", {more, size}) && count < max) ++count;
  ImGui::PopID();
  return count;
}

void DrawHousehold(const AppView& vm, Intents& out) {
  const PrepareView& p = vm.prepare;
  const core::Catalog& s = vm.pack.strings;
  Heading("household", s.Get("prepare.household"), 2);
  constexpr std::string_view kLabels[] = {"prepare.adults", "prepare.children", "prepare.infants",
                                          "prepare.pets", "prepare.days"};
  float label_width = 0;
  ImGui::PushFont(Font(FontRole::Body));
  for (std::string_view key : kLabels) {
    const std::string widest = s.Format("prepare.count", {{"what", std::string(s.Get(key))}, {"count", "88"}});
    label_width = std::max(label_width, ImGui::CalcTextSize(widest.c_str()).x + 16.0f);
  }
  ImGui::PopFont();
  Household h = p.household;
  h.adults = Stepper(vm, "adults", kLabels[0], h.adults, 0, core::kMaxPeople, label_width);
  h.children = Stepper(vm, "children", kLabels[1], h.children, 0, core::kMaxPeople, label_width);
  h.infants = Stepper(vm, "infants", kLabels[2], h.infants, 0, core::kMaxPeople, label_width);
  h.pets = Stepper(vm, "pets", kLabels[3], h.pets, 0, core::kMaxPets, label_width);
  h.days = Stepper(vm, "days", kLabels[4], h.days, core::kMinDays, core::kMaxDays, label_width);
  if (h.adults + h.children + h.infants == 0) h.adults = p.household.adults;  // someone lives here
  if (!(h == p.household)) out.prepare.household = h;
}

void DrawAmounts(const AppView& vm) {
  const core::Catalog& s = vm.pack.strings;
  const PrepareView& p = vm.prepare;
  const core::HouseholdRules& rules = p.content->household;
  const core::HouseholdAmounts& a = p.amounts;
  Heading("amounts", s.Get("prepare.amounts"), 2);
  Paragraph("water", s.Format("prepare.water", {{"litres", Amount(vm, a.water_litres)},
                                                {"per_day", Amount(vm, rules.water_litres_per_person_day)},
                                                {"containers", std::to_string(a.containers)},
                                                {"container", Amount(vm, rules.container_litres)}}));
  Paragraph("water_note", rules.water_note);
  Paragraph("food", s.Format("prepare.food", {{"person_days", std::to_string(a.person_days)}}));
  std::string examples;
  for (const std::string& line : rules.food) examples.append(examples.empty() ? "" : "; ").append(line);
  LabeledParagraph("food_examples", s.Get("prepare.food_examples"), examples + ".");
  Paragraph("medicine", s.Format("prepare.medicine", {{"days", std::to_string(a.medicine_days)}}));
  if (a.pets > 0) Paragraph("pets", s.Format("prepare.pet_note", {{"pets", std::to_string(a.pets)}}));
  DrawSource(vm, "amounts.source", rules.source);
}

bool IsChecked(const PrepareView& p, const std::string& item_id) {
  return p.checked != nullptr && p.checked->count(item_id) > 0;
}

// Each distinct source of a group's items once, in their order.
void DrawGroupSources(const AppView& vm, const core::PrepGroup& group) {
  std::vector<const core::Source*> shown;
  for (const core::PrepItem& item : group.items) {
    bool seen = false;
    for (const core::Source* source : shown) {
      seen = seen || (source->organisation == item.source.organisation && source->document == item.source.document);
    }
    if (seen) continue;
    shown.push_back(&item.source);
    DrawSource(vm, item.id + ".source", item.source);
  }
}

void DrawGroup(const AppView& vm, const core::PrepGroup& group, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const PrepareView& p = vm.prepare;
  ImGui::PushID(group.id.c_str());
  Heading("title", group.title, 3);
  const auto status = p.groups.find(group.id);
  if (status != p.groups.end() && status->second.last_checked) {
    Paragraph("checked_on", s.Format("prepare.checked_on", {{"date", core::IsoDate(*status->second.last_checked)}}));
    if (status->second.recheck_due) {
      Notice("recheck", s.Format("prepare.recheck", {{"months", std::to_string(p.content->recheck_months)}}));
    }
  } else {
    Paragraph("checked_on", s.Get("prepare.never_checked"));
  }
  for (const core::PrepItem& item : group.items) {
    if (CheckCard(item.id, item.text, IsChecked(p, item.id))) out.prepare.toggle_item = item.id;
  }
  // A card, not a plain button: the group's name makes the label long, and a card wraps.
  CardStyle style;
  style.title_font = FontRole::Strong;
  style.padding = 12.0f;
  if (CardButton("mark_checked", s.Format("prepare.mark_checked", {{"group", group.title}}), {}, style)) {
    out.prepare.group_checked = group.id;
  }
  DrawGroupSources(vm, group);
  ImGui::PopID();
}

void DrawPlanFields(const AppView& vm, Intents& out) {
  const PrepareView& p = vm.prepare;
  Heading("plan", vm.pack.strings.Get("prepare.plan"), 2);
  Paragraph("radio_hint", p.content->radio_hint);
  for (const core::PlanField& field : p.content->plan) {
    const auto kept = p.plan->find(field.id);
    const std::string_view saved = kept == p.plan->end() ? std::string_view() : std::string_view(kept->second);
    const std::string_view typed = TextField(field.id, field.label, FieldKind::Text, 0, saved);
    if (typed != saved) out.prepare.plan_text[field.id] = std::string(typed);
  }
}

void DrawActions(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const PrepareView& p = vm.prepare;
  ImGui::Spacing();
  // A kiosk keeps nothing and has no printer or files for the visitor.
  if (p.kept) {
    if (TextButton("show_plan", s.Get("prepare.show_plan"))) out.prepare.show_plan = true;
    if (TextButton("export", s.Get("prepare.export"))) out.prepare.export_json = true;
  }
  if (!p.forget_armed) {
    if (TextButton("forget", s.Get("prepare.forget"))) out.prepare.forget = true;
    return;
  }
  if (TextButton("forget_confirm", s.Get("prepare.forget_confirm"))) {
    out.prepare.forget = true;
    ImGui::PushID("plan_fields");  // the fields' own ID scope (DrawPrepare)
    for (const core::PlanField& field : p.content->plan) ClearTextField(field.id);
    ImGui::PopID();
  }
  if (TextButton("keep", s.Get("prepare.keep"))) out.prepare.keep = true;
}

// The plan as one page of text: the household, the amounts, the plan and what is missing.
void DrawPrintablePlan(const AppView& vm, Intents& out) {
  const core::Catalog& s = vm.pack.strings;
  const PrepareView& p = vm.prepare;
  Heading("plan_title", s.Get("prepare.plan_title"), 2);
  const Household& h = p.household;
  std::string counts;
  const std::pair<std::string_view, int> parts[] = {{"prepare.adults", h.adults}, {"prepare.children", h.children},
                                                    {"prepare.infants", h.infants}, {"prepare.pets", h.pets},
                                                    {"prepare.days", h.days}};
  for (const auto& [key, count] : parts) {
    counts.append(counts.empty() ? "" : ", ")
        .append(s.Format("prepare.count", {{"what", std::string(s.Get(key))}, {"count", std::to_string(count)}}));
  }
  Paragraph("counts", counts);
  DrawAmounts(vm);
  Heading("plan", s.Get("prepare.plan"), 2);
  for (const core::PlanField& field : p.content->plan) {
    const auto kept = p.plan->find(field.id);
    LabeledParagraph(field.id, field.label, kept == p.plan->end() ? std::string(s.Get("prepare.not_filled")) : kept->second);
  }
  Paragraph("radio_hint", p.content->radio_hint);
  Heading("checklist", s.Get("prepare.checklist"), 2);
  ImGui::PushID("missing");  // group ids ("water", "food") are also the amounts' keys
  for (const core::PrepGroup& group : p.content->groups) {
    std::string missing;
    for (const core::PrepItem& item : group.items) {
      if (!IsChecked(p, item.id)) missing.append(missing.empty() ? "" : " ").append(item.text);
    }
    LabeledParagraph(group.id, group.title,
                     missing.empty() ? std::string(s.Get("prepare.have")) : s.Format("prepare.missing_items", {{"items", missing}}));
  }
  ImGui::PopID();
  ImGui::Spacing();
  if (TextButton("print", s.Get("prepare.print"))) out.prepare.print = true;
  SameLineIfFits(200);
  if (TextButton("back", s.Get("prepare.back"))) out.prepare.hide_plan = true;
}

}  // namespace

void DrawPrepare(const AppView& vm, Intents& out) {
  const PrepareView& p = vm.prepare;
  if (p.content == nullptr) {
    Notice("prepare.missing", vm.pack.strings.Get("prepare.missing"));
    return;
  }
  if (p.showing_plan) {
    DrawPrintablePlan(vm, out);
    return;
  }
  Paragraph("intro", p.content->intro);
  Notice("kept", vm.pack.strings.Get(p.kept ? "prepare.kept_here" : "prepare.kiosk_not_kept"));
  DrawHousehold(vm, out);
  DrawAmounts(vm);
  Heading("checklist", vm.pack.strings.Get("prepare.checklist"), 2);
  for (const core::PrepGroup& group : p.content->groups) DrawGroup(vm, group, out);
  ImGui::PushID("plan_fields");
  DrawPlanFields(vm, out);
  ImGui::PopID();
  DrawActions(vm, out);
}

}  // namespace beredd::ui
