// Reading home preparedness from a pack. Layer: core (std + nlohmann).
// Must not include ui, web, ImGui or Emscripten headers.
#include "core/prepare/preparedness_json.h"

#include "core/content/pack_reading.h"

namespace beredd::core {
namespace {

using nlohmann::json;
using pack_reading::ForEachObject;
using pack_reading::IntegerInRange;
using pack_reading::ReadSource;
using pack_reading::UniqueIds;

constexpr const char* kPath = "/preparedness";

std::optional<double> NumberInRange(JsonReader& reader, const json& object, const std::string& path,
                                    std::string_view key, double min, double max) {
  const auto value = reader.Number(object, path, key);
  if (value && (*value < min || *value > max)) {
    reader.Report(JsonReader::Join(path, key), std::string(key) + " must be " + std::to_string(min) +
                                                   "-" + std::to_string(max) + ", found " +
                                                   std::to_string(*value));
    return std::nullopt;
  }
  return value;
}

std::optional<HouseholdRules> ReadHousehold(JsonReader& reader, const json& section) {
  const json* household = reader.Object(section, kPath, "household");
  if (household == nullptr) return std::nullopt;
  const std::string at = JsonReader::Join(kPath, "household");
  HouseholdRules rules;
  auto water = NumberInRange(reader, *household, at, "water_litres_per_person_day", 1, 20);
  auto container = NumberInRange(reader, *household, at, "container_litres", 1, 100);
  auto medicine = IntegerInRange(reader, *household, at, "medicine_days", 1, 365, "");
  auto note = reader.Text(*household, at, "water_note");
  auto source = ReadSource(reader, *household, at);
  if (const json* food = reader.Array(*household, at, "food")) {
    const std::string food_at = JsonReader::Join(at, "food");
    if (food->empty()) reader.Report(food_at, "no food suggestions");
    for (std::size_t i = 0; i < food->size(); ++i) {
      const json& line = (*food)[i];
      if (line.is_string() && !line.get<std::string>().empty()) rules.food.push_back(line.get<std::string>());
      else reader.Report(JsonReader::Join(food_at, i), "expected a non-empty string");
    }
  }
  if (!water || !container || !medicine || !note || !source) return std::nullopt;
  rules.water_litres_per_person_day = *water;
  rules.container_litres = *container;
  rules.medicine_days = *medicine;
  rules.water_note = *note;
  rules.source = *source;
  return rules;
}

// Groups and their items. Item ids are unique across groups: a tick is stored by item id.
std::vector<PrepGroup> ReadGroups(JsonReader& reader, const json& section) {
  std::vector<PrepGroup> groups;
  const json* array = reader.Array(section, kPath, "groups");
  if (array == nullptr) return groups;
  const std::string at = JsonReader::Join(kPath, "groups");
  if (array->empty()) reader.Report(at, "no groups");
  UniqueIds group_ids(reader);
  UniqueIds item_ids(reader);
  ForEachObject(reader, *array, at, [&](const json& item, const std::string& path) {
    auto id = reader.Text(item, path, "id");
    auto title = reader.Text(item, path, "title");
    std::optional<Source> group_source;
    if (item.contains("source")) group_source = ReadSource(reader, item, path);
    if (id) group_ids.Check(*id, JsonReader::Join(path, "id"), path);
    PrepGroup group;
    if (const json* items = reader.Array(item, path, "items")) {
      const std::string items_at = JsonReader::Join(path, "items");
      if (items->empty()) reader.Report(items_at, "no items");
      ForEachObject(reader, *items, items_at, [&](const json& entry, const std::string& entry_path) {
        auto item_id = reader.Text(entry, entry_path, "id");
        auto text = reader.Text(entry, entry_path, "text");
        if (item_id) item_ids.Check(*item_id, JsonReader::Join(entry_path, "id"), entry_path);
        std::optional<Source> source = group_source;
        if (entry.contains("source")) source = ReadSource(reader, entry, entry_path);
        else if (!group_source) {
          reader.Report(entry_path, "no source: give the item or its group a \"source\"");
        }
        if (item_id && text && source) group.items.push_back({*item_id, *text, *source});
      });
    }
    if (id && title) {
      group.id = *id;
      group.title = *title;
      groups.push_back(std::move(group));
    }
  });
  return groups;
}

std::vector<PlanField> ReadPlan(JsonReader& reader, const json& section) {
  std::vector<PlanField> fields;
  const json* array = reader.Array(section, kPath, "plan");
  if (array == nullptr) return fields;
  const std::string at = JsonReader::Join(kPath, "plan");
  UniqueIds ids(reader);
  ForEachObject(reader, *array, at, [&](const json& item, const std::string& path) {
    auto id = reader.Text(item, path, "id");
    auto label = reader.Text(item, path, "label");
    if (id) ids.Check(*id, JsonReader::Join(path, "id"), path);
    if (id && label) fields.push_back({*id, *label});
  });
  return fields;
}

}  // namespace

std::optional<Preparedness> ReadPreparedness(JsonReader& reader, const json& root) {
  const json* section = reader.Object(root, "", "preparedness", false);
  if (section == nullptr) return std::nullopt;
  Preparedness out;
  auto intro = reader.Text(*section, kPath, "intro");
  auto recheck = IntegerInRange(reader, *section, kPath, "recheck_months", 1, 36, "");
  auto radio_hint = reader.Text(*section, kPath, "radio_hint");
  auto household = ReadHousehold(reader, *section);
  out.groups = ReadGroups(reader, *section);
  out.plan = ReadPlan(reader, *section);
  if (!intro || !recheck || !radio_hint || !household) return std::nullopt;
  out.intro = *intro;
  out.recheck_months = *recheck;
  out.radio_hint = *radio_hint;
  out.household = std::move(*household);
  return out;
}

}  // namespace beredd::core
