// A household's preparedness record as JSON. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/prepare/prepare_state.h"

#include <nlohmann/json.hpp>

#include "core/base/time.h"
#include "core/prepare/preparedness.h"

namespace beredd::core {
namespace {

using nlohmann::json;

constexpr int kStateVersion = 1;

json HouseholdJson(const Household& h) {
  return {{"adults", h.adults}, {"children", h.children}, {"infants", h.infants},
          {"pets", h.pets}, {"days", h.days}};
}

json StateJson(const PrepareState& state) {
  json group_checked = json::object();
  for (const auto& [group, ms] : state.group_checked_ms) group_checked[group] = IsoUtc(ms);
  return {{"version", kStateVersion},
          {"checked", state.checked},
          {"group_checked", group_checked},
          {"household", HouseholdJson(state.household)},
          {"plan", state.plan}};
}

std::string Dump(const json& value) {
  return value.dump(2, ' ', false, json::error_handler_t::replace);
}

int CountOr(const json& object, const char* key, int fallback) {
  const auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

}  // namespace

std::string PrepareStateText(const PrepareState& state) { return Dump(StateJson(state)); }

std::optional<PrepareState> PrepareStateFromText(std::string_view text, std::string& problem) {
  const json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!root.is_object()) {
    problem = "not a JSON object";
    return std::nullopt;
  }
  if (root.value("version", 0) != kStateVersion) {
    problem = "unknown version";
    return std::nullopt;
  }
  PrepareState state;
  if (const auto it = root.find("checked"); it != root.end() && it->is_array()) {
    for (const json& id : *it) {
      if (id.is_string()) state.checked.insert(id.get<std::string>());
    }
  }
  if (const auto it = root.find("group_checked"); it != root.end() && it->is_object()) {
    for (const auto& [group, when] : it->items()) {
      if (!when.is_string()) continue;
      if (const auto ms = ParseIsoTime(when.get<std::string>())) state.group_checked_ms[group] = *ms;
    }
  }
  if (const auto it = root.find("household"); it != root.end() && it->is_object()) {
    Household h;
    h.adults = CountOr(*it, "adults", h.adults);
    h.children = CountOr(*it, "children", h.children);
    h.infants = CountOr(*it, "infants", h.infants);
    h.pets = CountOr(*it, "pets", h.pets);
    h.days = CountOr(*it, "days", h.days);
    state.household = Clamped(h);
  }
  if (const auto it = root.find("plan"); it != root.end() && it->is_object()) {
    for (const auto& [field, value] : it->items()) {
      if (value.is_string()) state.plan[field] = value.get<std::string>();
    }
  }
  return state;
}

std::string PrepareExportText(const PrepareState& state, const Preparedness& content,
                              std::int64_t now_ms) {
  json out = StateJson(state);
  out["exported"] = IsoUtc(now_ms);
  const HouseholdAmounts amounts = CalculateAmounts(state.household, content.household);
  out["amounts"] = {{"people", amounts.people},
                    {"water_litres", amounts.water_litres},
                    {"containers", amounts.containers},
                    {"container_litres", content.household.container_litres},
                    {"food_person_days", amounts.person_days},
                    {"medicine_days", amounts.medicine_days},
                    {"pets", amounts.pets}};
  json labels = json::object();
  for (const PlanField& field : content.plan) labels[field.id] = field.label;
  out["plan_labels"] = labels;
  return Dump(out);
}

}  // namespace beredd::core
