// The home preparedness session. Layer: core (std only).
// Must not include nlohmann, ui or web headers.
#include "core/prepare/prepare_session.h"

#include <algorithm>
#include <string>

namespace beredd::core {
namespace {

const PrepGroup* GroupOfItem(const Preparedness& content, std::string_view item_id) {
  for (const PrepGroup& group : content.groups) {
    for (const PrepItem& item : group.items) {
      if (item.id == item_id) return &group;
    }
  }
  return nullptr;
}

bool HasGroup(const Preparedness& content, std::string_view group_id) {
  return std::any_of(content.groups.begin(), content.groups.end(),
                     [&](const PrepGroup& group) { return group.id == group_id; });
}

bool HasPlanField(const Preparedness& content, std::string_view field_id) {
  return std::any_of(content.plan.begin(), content.plan.end(),
                     [&](const PlanField& field) { return field.id == field_id; });
}

}  // namespace

PrepareSession::PrepareSession(Platform& platform, bool keep) : platform_(&platform), keep_(keep) {
  if (!keep_) return;
  const std::optional<std::string> stored = platform_->Load(kPrepareStorageKey);
  if (!stored || stored->empty()) return;
  std::string problem;
  if (auto state = PrepareStateFromText(*stored, problem)) {
    state_ = std::move(*state);
  } else {
    platform_->Warn("stored preparedness not read (" + problem + "): starting empty");
  }
}

void PrepareSession::Fill(PrepareView& view, const Preparedness& content, std::int64_t wall_ms,
                          int utc_offset_minutes) const {
  view.content = &content;
  view.household = state_.household;
  view.amounts = CalculateAmounts(state_.household, content.household);
  view.checked = &state_.checked;
  view.plan = &state_.plan;
  view.kept = keep_;
  view.showing_plan = showing_plan_;
  view.forget_armed = forget_armed_;
  const CivilDate today = LocalCivilDate(wall_ms, utc_offset_minutes);
  for (const PrepGroup& group : content.groups) {
    PrepGroupStatus& status = view.groups[group.id];
    const auto it = state_.group_checked_ms.find(group.id);
    if (it == state_.group_checked_ms.end()) continue;
    status.last_checked = LocalCivilDate(it->second, utc_offset_minutes);
    status.recheck_due = today >= AddMonths(*status.last_checked, content.recheck_months);
  }
}

void PrepareSession::Apply(const PrepareIntents& intents, const Preparedness& content,
                           std::int64_t wall_ms) {
  bool changed = false;
  if (!intents.toggle_item.empty()) {
    // Ids the pack does not have are ignored: a click can arrive after a pack changed.
    if (const PrepGroup* group = GroupOfItem(content, intents.toggle_item)) {
      if (!state_.checked.erase(intents.toggle_item)) state_.checked.insert(intents.toggle_item);
      state_.group_checked_ms[group->id] = wall_ms;
      changed = true;
    }
  }
  if (!intents.group_checked.empty() && HasGroup(content, intents.group_checked)) {
    state_.group_checked_ms[intents.group_checked] = wall_ms;
    changed = true;
  }
  if (intents.household) {
    state_.household = Clamped(*intents.household);
    changed = true;
  }
  for (const auto& [field, text] : intents.plan_text) {
    if (!HasPlanField(content, field)) continue;
    if (text.empty()) state_.plan.erase(field);
    else state_.plan[field] = text;
    changed = true;
  }
  if (intents.show_plan) showing_plan_ = true;
  if (intents.hide_plan) showing_plan_ = false;
  if (intents.print) platform_->Print();
  if (intents.export_json) {
    platform_->Download("hemberedskap.json", "application/json",
                        PrepareExportText(state_, content, wall_ms));
  }
  if (intents.keep) forget_armed_ = false;
  if (intents.forget && !forget_armed_) {
    forget_armed_ = true;
  } else if (intents.forget) {
    forget_armed_ = false;
    showing_plan_ = false;
    state_ = PrepareState{};
    if (keep_) platform_->Forget(kPrepareStorageKey);
    return;
  }
  if (changed) {
    forget_armed_ = false;
    Save();
  }
}

void PrepareSession::Save() {
  if (keep_) platform_->Store(kPrepareStorageKey, PrepareStateText(state_));
}

}  // namespace beredd::core
